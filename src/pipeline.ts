// extractDocument: bytes in, one validated record out. Composes the stages; touches no file system.
import { createHash } from 'node:crypto';
import { ExtractError } from './diagnostics/diagnostic.js';
import { sectionDocument } from './extract/context.js';
import { defaultExtractors } from './extract/index.js';
import type { Extractor, Refiner } from './extract/types.js';
import { loadDocument } from './load/index.js';
import { normaliseDocument } from './normalise/normalise.js';
import { normaliseExtractOptions, type ExtractOptionsInput } from './options.js';
import { assembleRecord, failedRecord, runExtractors, type SourceInfo } from './record/assemble.js';
import { defaultRefiners } from './record/refiners.js';
import type { BreachRecord } from './record/schema.js';
import type { NormalisedDocument } from './document.js';

export interface PipelineOptions extends ExtractOptionsInput {
  extractors?: readonly Extractor[];
  refiners?: readonly Refiner[];
  /** The sha256 of the bytes, when the caller has it already (a batch hashes every file for its journal). */
  sha256?: string;
}

export interface ExtractResult {
  record: BreachRecord;
  /** The normalised text that every evidence span points into (null when the file failed). */
  document: NormalisedDocument | null;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Extracts one report. Never throws for a bad document: an unreadable file gives a record with status
 * 'failed' (or 'skipped' for a file type that is not read, or a document that is not a breach report) and the
 * reason in `error`. Throws only for programming errors and invalid options.
 */
export async function extractDocumentWithText(bytes: Uint8Array, options: PipelineOptions = {}): Promise<ExtractResult> {
  const settings = normaliseExtractOptions(options);
  const source: SourceInfo = { path: settings.sourcePath, sha256: options.sha256 ?? sha256(bytes), format: null, pages: null };
  try {
    const loaded = await loadDocument(bytes, settings.fileName, settings);
    source.format = loaded.format;
    source.pages = loaded.pageCount;
    // A saved web page points back to where it was published.
    if (loaded.page?.url) source.url = loaded.page.url;
    if (loaded.page?.title) source.title = loaded.page.title;
    if (loaded.page?.published) source.published = loaded.page.published;
    const normalised = normaliseDocument(loaded);
    if (normalised.text.trim() === '') throw new ExtractError('no-text', 'the file contains no text');
    const { values, state } = runExtractors(sectionDocument(normalised), options.extractors ?? defaultExtractors, options.refiners ?? defaultRefiners);
    return { record: assembleRecord(source, values, state, loaded.messages), document: normalised };
  } catch (error) {
    // A file type that is not read at all is skipped; a report that cannot be read is failed.
    if (error instanceof ExtractError) {
      return { record: failedRecord(source, error.message, error.code === 'unsupported-format' ? 'skipped' : 'failed', error.detail), document: null };
    }
    throw error;
  }
}

export async function extractDocument(bytes: Uint8Array, options: PipelineOptions = {}): Promise<BreachRecord> {
  return (await extractDocumentWithText(bytes, options)).record;
}
