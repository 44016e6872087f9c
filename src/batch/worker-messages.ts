// What the main thread and a parsing worker say to each other (structured-cloned, so plain data only).
import type { ExtractOptions } from '../options.js';
import type { OutputFormat, RenderedRecord } from './record-outputs.js';

export interface WorkerTask {
  id: number;
  bytes: Uint8Array;
  options: ExtractOptions;
  /** The bytes' sha256, computed on the main thread already. */
  sha256: string | null;
  /** Send back the normalised text as well (for the review page). */
  withText: boolean;
  /** The output formats to render the record for. */
  formats: OutputFormat[];
}

// The record travels rendered, as text: a string crosses between threads far faster than the structured clone of
// a record's many small objects, and the worker, not the main thread that every file's output passes through,
// then pays for the JSON and CSV rendering.
export type WorkerReply = { ready: true } | { id: number; rendered: RenderedRecord; text: string | null } | { id: number; error: string };
