// One batch run into an output folder: the records (JSONL, CSV, JSON), the manifest and the resume journal.
// Either the run completes and every output is renamed into place together, or it is stopped (or a write fails)
// and none is touched; what was finished before a stop is in the journal, so the next run resumes from there.
import { join } from 'node:path';
import type { LoadLimits } from '../options.js';
import { walkInputs, type InputPath, type InputProblem } from './inputs.js';
import { Journal, journalLine } from './journal.js';
import { manifestEntry, ManifestWriter } from './manifest.js';
import { BatchOutputs, type OutputFormat } from './outputs.js';
import { runBatch, type BatchEntry, type CorrectionSet } from './run-batch.js';
import { recordIdFor } from '../record/schema.js';
import { removeStaleTemporaries } from './stale-temps.js';
import { SummaryCounter, type BatchSummary } from './summary.js';
import { WorkerPool } from './worker-pool.js';
import { AtomicAppender, commitTogether, type StagedFile } from '../write/atomic.js';

export interface WriteBatchOptions {
  outDir: string;
  formats: readonly OutputFormat[];
  /** Worker threads for PDF and DOCX (0: everything on this thread). */
  jobs: number;
  /** A pool of the caller's to use instead of starting one (it stays open); its size then stands for jobs. */
  pool?: WorkerPool;
  limits: LoadLimits;
  timeoutMs: number;
  /** Read every file again, ignoring the journal. */
  force: boolean;
  /** Start the CSV files with a UTF-8 byte-order mark (for Excel); off unless asked for. */
  bom?: boolean;
  /**
   * Keep one record per breach key (the one with most fields found; the first in path order of equals): the others
   * are left out of the records and listed in the manifest with the file kept. Records are then held until the
   * run ends, when every copy is known.
   */
  dedupe?: boolean;
  /** A person's corrections (corrections.csv), applied over the records they name. */
  corrections?: CorrectionSet | null;
  /** Keep each record's normalised text on its entry, for the review page (every file is then read again). */
  withText?: boolean;
  signal?: AbortSignal;
  onFinished?: (entry: BatchEntry) => void;
  /** Called in path order, after the record is written; awaited (a writer of the caller's may take its time). */
  onRecord?: (entry: BatchEntry) => void | Promise<void>;
  /**
   * Files of the caller's (the review page) to put in place with the run's outputs, asked for once every record is
   * written: they change with the rest or not at all.
   */
  extraOutputs?: () => Promise<AtomicAppender[]>;
}

export interface WriteBatchResult {
  /** False when the signal stopped the run; nothing was then written but the journal. */
  completed: boolean;
  summary: BatchSummary;
  problems: InputProblem[];
  /** Output files written, when completed. */
  written: string[];
}

export const stateFolder = '.breach-extract';

export async function writeBatch(paths: readonly InputPath[], options: WriteBatchOptions): Promise<WriteBatchResult> {
  const stateDir = join(options.outDir, stateFolder);
  const journalPath = join(stateDir, 'journal.jsonl');
  await removeStaleTemporaries([options.outDir, stateDir]);
  const walk = walkInputs(paths, { skipFolders: [options.outDir] });
  const counter = new SummaryCounter();
  const journal = await Journal.open(journalPath, options.force);
  const ownPool = !options.pool && options.jobs > 0 ? new WorkerPool(options.jobs, options.timeoutMs) : null;
  const pool = options.pool ?? ownPool;
  const outputs = await BatchOutputs.open(options.outDir, options.formats, { bom: options.bom ?? false });
  const manifest = await ManifestWriter.open(options.outDir, {
    formats: options.formats,
    ...options.limits,
    timeoutSeconds: options.timeoutMs / 1000,
  });
  // The journal as it should stand after this run: exactly this run's records, in path order.
  const compacted = await AtomicAppender.open(journalPath);
  const held: BatchEntry[] = [];
  const write = async (entry: BatchEntry) => {
    await outputs.add(entry.rendered, entry.record);
    await manifest.add(manifestEntry(entry.rendered.brief, entry.duplicateOf));
    await options.onRecord?.(entry);
  };
  let completed = false;
  try {
    completed = await runBatch(walk.files, {
      limits: options.limits,
      // Each worker has one file parsing, one queued, and one being read or having its journal line written, so
      // it never waits for the disk.
      inFlight: Math.max(3, options.jobs * 3),
      timeoutMs: options.timeoutMs,
      pool,
      journal,
      formats: options.formats,
      withText: options.withText ?? false,
      corrections: options.corrections,
      signal: options.signal,
      onFinished: options.onFinished,
      onProblem: (problem) => walk.problems.push(problem),
      onRecord: async (entry) => {
        // The journal keeps every record, kept or not, so that a later run without --dedupe has them all.
        if (entry.key) await compacted.append(journalLine(entry.key, entry.rendered.jsonLine.trimEnd()));
        counter.add(entry.rendered.brief, entry.carried, entry.duplicateOf !== null);
        counter.corrected(recordIdFor(entry.rendered.brief.sha256, entry.rendered.brief.path), entry.corrected);
        if (options.dedupe) held.push(entry);
        else await write(entry);
      },
    });
    if (completed && options.dedupe) {
      const kept = keptForEachBreach(held);
      for (const entry of held) {
        const key = entry.rendered.brief.breachKey;
        const keeper = key === null ? entry.rendered.brief.path : (kept.get(key) ?? entry.rendered.brief.path);
        if (keeper === entry.rendered.brief.path) await write(entry);
        else {
          await manifest.add(manifestEntry(entry.rendered.brief, entry.duplicateOf, keeper));
          counter.leftOut();
        }
      }
    }
  } finally {
    await ownPool?.close();
    await journal.close();
    if (!completed) await Promise.all([outputs.abort(), manifest.abort(), compacted.abort()]);
  }
  const summary = counter.summary(options.corrections?.byRecord.keys());
  if (!completed) return { completed, summary, problems: walk.problems, written: [] };
  const files = await finishOutputs(outputs, manifest, compacted, summary, walk.problems, options.extraOutputs);
  await commitTogether(files);
  return {
    completed,
    summary,
    problems: walk.problems,
    written: files.map((file) => file.target).filter((target) => target !== compacted.target),
  };
}

/** For each breach key, the path of the record kept: most fields found, then the first in path order. */
function keptForEachBreach(entries: readonly BatchEntry[]): Map<string, string> {
  const best = new Map<string, { path: string; filled: number }>();
  for (const { rendered } of entries) {
    const { breachKey, path, filled } = rendered.brief;
    if (breachKey === null) continue;
    const current = best.get(breachKey);
    if (!current || filled.length > current.filled) best.set(breachKey, { path, filled: filled.length });
  }
  return new Map([...best].map(([key, { path }]) => [key, path]));
}

/** Ends every output file (or, on a failure, removes them all): the set committed together. */
async function finishOutputs(
  outputs: BatchOutputs,
  manifest: ManifestWriter,
  compacted: AtomicAppender,
  summary: BatchSummary,
  problems: readonly InputProblem[],
  extraOutputs: WriteBatchOptions['extraOutputs'],
): Promise<StagedFile[]> {
  try {
    const records = await outputs.finish();
    return [...records, await manifest.finish(summary.counts, problems), ...((await extraOutputs?.()) ?? []), compacted];
  } catch (error) {
    await Promise.all([outputs.abort(), manifest.abort(), compacted.abort()]);
    throw error;
  }
}
