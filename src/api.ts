// The file-system side of the library: extractFile and extractBatch. Everything else is pure.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { checkInputs, walkInputs } from './batch/inputs.js';
import { runBatch } from './batch/run-batch.js';
import { WorkerPool } from './batch/worker-pool.js';
import type { InputFile } from './files.js';
import { normaliseExtractOptions } from './options.js';
import { extractDocumentWithText, type PipelineOptions } from './pipeline.js';
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
    return { record: failedRecord({ path: options.sourcePath ?? path, sha256: '', format: null, pages: null }, reason), text: null };
  }
  const { record, document } = await extractDocumentWithText(bytes, { ...options, fileName: path, sourcePath: options.sourcePath ?? path });
  return { record, text: document?.text ?? null };
}

export interface BatchOptions extends PipelineOptions {
  /** Files read and parsed at once (default: twice the jobs, at least 2). */
  concurrency?: number;
  /**
   * Worker threads parsing PDF and DOCX (default: the number of cores); 0 reads everything on the calling thread.
   * Custom extractors or refiners always run on the calling thread, since functions cannot be sent to a worker.
   */
  jobs?: number;
  /** A file still being read in a worker after this many milliseconds fails with "timed out" (default 30,000). */
  timeoutMs?: number;
  /** Stops the batch; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Also hand each record's normalised text (its evidence points into it) to onRecord; costs memory per file. */
  withText?: boolean;
  /**
   * Called as each file finishes, in path order; with `withText`, the normalised text comes too (null for a file
   * that could not be read).
   */
  onRecord?: (record: BreachRecord, input: InputFile, index: number, text: string | null) => void | Promise<void>;
}

/**
 * Extracts every report under the given files, folders and glob patterns. Returns records in input path order; a
 * bad file becomes a failed (or skipped) record and the batch goes on.
 */
export async function extractBatch(paths: readonly string[], options: BatchOptions = {}): Promise<BreachRecord[]> {
  const { onRecord, concurrency, jobs, timeoutMs, signal, extractors, refiners, withText, ...limits } = options;
  await checkInputs(paths);
  const settings = normaliseExtractOptions(limits);
  const custom = extractors !== undefined || refiners !== undefined;
  const threads = custom ? 0 : (jobs ?? availableParallelism());
  const pool = threads > 0 ? new WorkerPool(threads, timeoutMs ?? 30_000) : null;
  const records: BreachRecord[] = [];
  try {
    const completed = await runBatch(walkInputs(paths).files, {
      limits: { maxFileBytes: settings.maxFileBytes, maxPages: settings.maxPages, maxUncompressedBytes: settings.maxUncompressedBytes,
        ocr: settings.ocr, ocrTimeoutMs: settings.ocrTimeoutMs },
      inFlight: concurrency ?? Math.max(2, threads * 2),
      timeoutMs: timeoutMs ?? 30_000,
      pool,
      pipeline: custom ? { extractors, refiners } : undefined,
      journal: null,
      formats: [],
      signal,
      onRecord: async (entry) => {
        const record = entry.record();
        records.push(record);
        await onRecord?.(record, entry.input, entry.index, entry.text);
      },
    });
    if (!completed) throw new DOMException('the batch was stopped', 'AbortError');
  } finally {
    await pool?.close();
  }
  return records;
}
