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

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'ExtractError';
    this.code = code;
  }
}
