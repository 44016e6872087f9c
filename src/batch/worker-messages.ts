// What the main thread and a parsing worker say to each other (structured-cloned, so plain data only).
import type { ExtractOptions } from '../options.js';

export interface WorkerTask {
  id: number;
  bytes: Uint8Array;
  options: ExtractOptions;
  /** The bytes' sha256, computed on the main thread already. */
  sha256: string | null;
  /** Send back the normalised text as well (for the review page). */
  withText: boolean;
}

// The record travels as its JSON text: a string crosses between threads far faster than the structured clone of
// a record's many small objects, and the main thread needs that text for records.jsonl anyway.
export type WorkerReply = { ready: true } | { id: number; recordJson: string; text: string | null } | { id: number; error: string };
