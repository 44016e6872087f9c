// What the main thread and a parsing worker say to each other (structured-cloned, so plain data only).
import type { ExtractOptions } from '../options.js';
import type { BreachRecord } from '../record/schema.js';

export interface WorkerTask {
  id: number;
  bytes: Uint8Array;
  options: ExtractOptions;
}

export type WorkerReply = { ready: true } | { id: number; record: BreachRecord } | { id: number; error: string };
