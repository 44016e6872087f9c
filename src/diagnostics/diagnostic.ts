// Diagnostics travel with the record as data (like vfile-message): stages return them, nothing prints them.
import type { Diagnostic, Evidence } from '../record/schema.js';

export type { Diagnostic };

export type DiagnosticCode =
  | 'field-not-found'
  | 'ambiguous-value'
  | 'possibly-truncated'
  | 'section-missing'
  | 'date-order'
  | 'date-corrected'
  | 'date-unparsed'
  | 'conflicting-cues'
  | 'timing-inconsistent'
  | 'template-unknown'
  | 'loader-message'
  | 'ocr-needed'
  | 'ocr'
  | 'not-a-report'
  | 'producer-unknown';

export function warning(code: DiagnosticCode, reason: string, field: string | null = null, place: Evidence | null = null): Diagnostic {
  return { code, severity: 'warning', field, reason, place };
}

export function info(code: DiagnosticCode, reason: string, field: string | null = null, place: Evidence | null = null): Diagnostic {
  return { code, severity: 'info', field, reason, place };
}

/** A failure that makes a whole file unusable; the batch turns it into a failed record with this reason. */
export type ExtractErrorCode =
  | 'unsupported-format'
  | 'empty-file'
  | 'file-too-large'
  | 'encrypted'
  | 'corrupt'
  | 'no-text'
  | 'too-many-pages'
  | 'timeout'
  | 'unreadable';

/**
 * What a reader library said, word for word, made safe to keep: one line, no control characters, bounded. It
 * goes in a diagnostic's `detail` for whoever debugs the reader; the reason a person reads is our own sentence.
 */
export function readerDetail(error: unknown, maxLength = 300): string {
  const said = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  // eslint-disable-next-line no-control-regex
  const line = said.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  /** What the reader said (see readerDetail), when the failure came from it; null for our own checks. */
  readonly detail: string | null;
  constructor(code: ExtractErrorCode, reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'ExtractError';
    this.code = code;
    this.detail = options?.cause === undefined ? null : readerDetail(options.cause);
  }
}
