// A batch whose records go to a stream (the CLI's `--out -`) as JSON Lines, in path order, instead of into an
// output folder: no manifest and no journal, since there is no folder to keep them in.
import { walkInputs, type InputPath, type InputProblem } from './inputs.js';
import { runBatch, type BatchEntry, type CorrectionSet } from './run-batch.js';
import { recordIdFor } from '../record/schema.js';
import { SummaryCounter, type BatchSummary } from './summary.js';
import type { WorkerPool } from './worker-pool.js';
import type { LoadLimits } from '../options.js';

export interface StreamBatchOptions {
  pool: WorkerPool;
  jobs: number;
  limits: LoadLimits;
  timeoutMs: number;
  /** Writes one JSON line; resolves when the stream can take more (so a slow reader slows the batch down). */
  write: (line: string) => Promise<void>;
  signal?: AbortSignal;
  onFinished?: (entry: BatchEntry) => void;
  onRecord?: (entry: BatchEntry) => void;
  /** A person's corrections, applied over the records they name. */
  corrections?: CorrectionSet | null;
}

export interface StreamBatchResult {
  completed: boolean;
  summary: BatchSummary;
  problems: InputProblem[];
}

export async function streamBatch(paths: readonly InputPath[], options: StreamBatchOptions): Promise<StreamBatchResult> {
  const walk = walkInputs(paths);
  const counter = new SummaryCounter();
  const completed = await runBatch(walk.files, {
    limits: options.limits,
    inFlight: Math.max(3, options.jobs * 3),
    timeoutMs: options.timeoutMs,
    pool: options.pool,
    journal: null,
    formats: ['jsonl'],
    corrections: options.corrections,
    signal: options.signal,
    onFinished: options.onFinished,
    onProblem: (problem) => walk.problems.push(problem),
    onRecord: async (entry) => {
      await options.write(entry.rendered.jsonLine);
      counter.add(entry.rendered.brief, entry.carried, entry.duplicateOf !== null);
        counter.corrected(recordIdFor(entry.rendered.brief.sha256, entry.rendered.brief.path), entry.corrected);
      options.onRecord?.(entry);
    },
  });
  return { completed, summary: counter.summary(options.corrections?.byRecord.keys()), problems: walk.problems };
}
