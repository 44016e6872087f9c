// What the main thread and a parsing worker say to each other (structured-cloned, so plain data only).
import type { ExtractOptions } from '../options.js';
import type { BreachRecord } from '../record/schema.js';

export interface WorkerTask {
  id: number;
  bytes: Uint8Array;
  options: ExtractOptions;
  /** Send back the normalised text as well (for the review page). */
  withText: boolean;
}

export type WorkerReply = { ready: true } | { id: number; record: BreachRecord; text: string | null } | { id: number; error: string };
