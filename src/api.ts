// The file-system side of the library: extractFile and extractBatch. Everything else is pure.
import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { listInputs, type InputFile } from './files.js';
import { extractDocumentWithText, sha256, type PipelineOptions } from './pipeline.js';
import { failedRecord } from './record/assemble.js';
import type { BreachRecord } from './record/schema.js';

export interface FileOptions extends PipelineOptions {
  /** Path recorded in source.path (defaults to the path read). */
  sourcePath?: string;
}

/** A record with the normalised text its evidence points into (null when the file could not be read). */
export interface RecordWithText {
  record: BreachRecord;
  text: string | null;
}

/** Reads and extracts one report file. A file that cannot be read gives a failed record, not an exception. */
export async function extractFile(path: string, options: FileOptions = {}): Promise<BreachRecord> {
  return (await extractFileWithText(path, options)).record;
}

/** extractFile, keeping the normalised text as well (for pages that show each value in its context). */
export async function extractFileWithText(path: string, options: FileOptions = {}): Promise<RecordWithText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'EACCES' ? 'the file cannot be read (permission denied)' : `the file cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return { record: failedRecord({ path: options.sourcePath ?? path, sha256: sha256(new Uint8Array()), format: null, pages: null }, reason), text: null };
  }
  const { record, document } = await extractDocumentWithText(bytes, { ...options, fileName: path, sourcePath: options.sourcePath ?? path });
  return { record, text: document?.text ?? null };
}

export interface BatchOptions extends PipelineOptions {
  /** Files read at once (default 4). */
  concurrency?: number;
  /**
   * Called as each file finishes, in completion order, with the normalised text its evidence points into (null
   * for a failed file). The text is dropped after the call unless the callback keeps it.
   */
  onRecord?: (record: BreachRecord, input: InputFile, index: number, text: string | null) => void | Promise<void>;
}

/**
 * Extracts every report under the given files and folders. Returns records in input path order; a bad file
 * becomes a failed record and the batch goes on.
 */
export async function extractBatch(paths: readonly string[], options: BatchOptions = {}): Promise<BreachRecord[]> {
  const inputs = await listInputs(paths);
  const limit = pLimit(Math.max(1, options.concurrency ?? 4));
  const { onRecord, concurrency, ...pipeline } = options;
  void concurrency;
  return Promise.all(
    inputs.map((input, index) =>
      limit(async () => {
        const { record, text } = await extractFileWithText(input.path, { ...pipeline, sourcePath: input.sourcePath });
        await onRecord?.(record, input, index, text);
        return record;
      }),
    ),
  );
}
