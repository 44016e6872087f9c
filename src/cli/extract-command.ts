// The main command: `breach-extract [paths...] [options]`. Reads the inputs with a pool of worker threads and
// writes the records into the output folder (or as JSON Lines to stdout with --out -), with progress and the end
// summary on stderr (the summary on stdout as JSON with --json).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// Only what checks the arguments and starts the workers is imported up front: the writers, the record schema and
// the summary load while the workers load the pipeline (a few tenths of a second each, side by side).
import { checkInputs, walkInputs, type InputPath } from '../batch/inputs.js';
import { WorkerPool } from '../batch/worker-pool.js';
import type { BatchEntry, CorrectionSet } from '../batch/run-batch.js';
import type { BatchSummary } from '../batch/summary.js';
import type { InputProblem } from '../batch/inputs.js';
import { InputError } from '../files.js';
import { CliError, errnoCode, describeErrno, exitCodes, UsageError } from './exit-codes.js';
import { extractOptionSpec, readExtractSettings, type ExtractSettings } from './extract-options.js';
import { helpText, versionText } from './help.js';
import type { CliIo } from './io.js';
import { parseCommand } from './parse.js';
import { Progress, type ProgressMode } from './progress.js';
import { expandStdin } from './stdin.js';
import { tuneV8ForJobs } from './v8-tuning.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The bundled example reports in every format (the deliberately broken files in fixtures/bad are left out).
const fixtureFolders = ['reports', 'pdf', 'docx', 'doc', 'odt', 'web'];

/** The example reports, from the working directory or the package; an installed package has none. */
function defaultInputs(): string[] {
  const base = existsSync(resolve('fixtures', 'reports')) ? 'fixtures' : join(packageRoot, 'fixtures');
  const folders = fixtureFolders.map((folder) => join(base, folder)).filter((folder) => existsSync(folder));
  if (folders.length === 0) throw new UsageError('no paths given: name report files, folders or glob patterns, or - for standard input');
  return folders;
}

// What makes a file impossible to create, as against failing part-way through writing it.
const cannotCreateCodes = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENOENT']);

/**
 * An error of the file system met while writing the outputs, as a one-line CLI error (73 or 74). Into a folder,
 * the outputs of a run change together or not at all (write-batch.ts), so the message says the old ones are kept.
 */
function outputError(error: unknown, settings: ExtractSettings): CliError | null {
  const code = errnoCode(error);
  if (!code) return null;
  const path = error instanceof Error && 'path' in error && typeof error.path === 'string' ? ` ${error.path}` : '';
  const kept = settings.toStdout ? '' : `; the outputs already in ${settings.outDir} are unchanged`;
  return cannotCreateCodes.has(code)
    ? new CliError(`cannot create the output${path} (${describeErrno(error)})${kept}`, exitCodes.cannotCreate)
    : new CliError(`I/O error writing the output${path} (${describeErrno(error)})${kept}`, exitCodes.ioError);
}

interface RunState {
  finished: number;
  total: number;
  stop: AbortController;
  stoppedBy: NodeJS.Signals | null;
}

/** The lines of the files that failed, printed as they come (also with --quiet: they are errors). */
function failureReporter(io: CliIo, mode: ProgressMode): (entry: BatchEntry) => void {
  return (entry) => {
    const { brief } = entry.rendered;
    if (brief.status === 'failed') io.err(`${mode === 'bar' ? '\r\x1b[K' : ''}${brief.path}: failed: ${brief.error}\n`);
  };
}

/** Writes to stdout, waiting for it to drain when it is full (a slow reader slows the batch, memory stays flat). */
function stdoutWriter(io: CliIo): (line: string) => Promise<void> {
  return async (line) => {
    if (io.writeOut) await io.writeOut(line);
    else io.out(line);
  };
}

interface Outcome {
  completed: boolean;
  summary: BatchSummary;
  problems: InputProblem[];
  written: string[];
  removed: string[];
}

async function runIntoFolder(inputs: readonly InputPath[], settings: ExtractSettings, pool: WorkerPool, state: RunState, hooks: { onFinished: (entry: BatchEntry) => void; onRecord: (entry: BatchEntry) => void }): Promise<Outcome> {
  const [{ writeBatch }, { ReviewPageWriter }, { prepareOutputFolder, removeStaleOutputs }, { lockOutputFolder }] = await Promise.all([
    import('../batch/write-batch.js'),
    import('./review-file.js'),
    import('./output-folder.js'),
    import('./output-lock.js'),
  ]);
  const { earlierRun } = await prepareOutputFolder(settings.outDir);
  const lock = await lockOutputFolder(settings.outDir);
  try {
    // The review page's parts are written as the records come, beside the outputs (the folder is checked by now).
    const review = settings.review ? await ReviewPageWriter.open(settings.outDir) : null;
    try {
      return await writeIntoFolder(inputs, settings, pool, state, hooks, { writeBatch, review, removeStaleOutputs, earlierRun });
    } finally {
      await review?.discard();
    }
  } finally {
    await lock.release();
  }
}

interface FolderWriters {
  writeBatch: typeof import('../batch/write-batch.js').writeBatch;
  review: import('./review-file.js').ReviewPageWriter | null;
  removeStaleOutputs: typeof import('./output-folder.js').removeStaleOutputs;
  earlierRun: boolean;
}

async function writeIntoFolder(
  inputs: readonly InputPath[],
  settings: ExtractSettings,
  pool: WorkerPool,
  state: RunState,
  hooks: { onFinished: (entry: BatchEntry) => void; onRecord: (entry: BatchEntry) => void },
  { writeBatch, review, removeStaleOutputs, earlierRun }: FolderWriters,
): Promise<Outcome> {
  const result = await writeBatch(inputs, {
    ...settings,
    pool,
    withText: settings.review,
    signal: state.stop.signal,
    onFinished: hooks.onFinished,
    onRecord: async (entry) => {
      // In path order, after the record is written: the page's part with the report's text.
      await review?.add(entry.record(), entry.text);
      hooks.onRecord(entry);
    },
    extraOutputs: review ? async () => [await review.stage()] : undefined,
  });
  if (!result.completed) return { ...result, removed: [] };
  const removed = earlierRun ? await removeStaleOutputs(settings.outDir, result.written) : [];
  return { ...result, removed };
}

async function runToStdout(inputs: readonly InputPath[], settings: ExtractSettings, pool: WorkerPool, state: RunState, io: CliIo, hooks: { onFinished: (entry: BatchEntry) => void; onRecord: (entry: BatchEntry) => void }): Promise<Outcome> {
  const { streamBatch } = await import('../batch/stream-batch.js');
  const result = await streamBatch(inputs, { ...settings, pool, write: stdoutWriter(io), signal: state.stop.signal, ...hooks });
  return { ...result, written: [], removed: [] };
}

function stoppedMessage(settings: ExtractSettings, state: RunState): string {
  const resume = settings.toStdout ? 'the records before the stop were written' : `no output was written, and the next run into ${settings.outDir} resumes from the files already read`;
  return `breach-extract: stopped after ${state.finished} of ${state.total} files; ${resume}\n`;
}

async function countInputs(inputs: readonly InputPath[], settings: ExtractSettings): Promise<number> {
  // Counting the inputs first is a quick walk (no file is opened), so the bar can show a total and an ETA.
  let total = 0;
  const skipFolders = settings.toStdout ? [] : [settings.outDir];
  for await (const _file of walkInputs(inputs, { skipFolders }).files) total += 1;
  return total;
}

function describeInputs(inputs: readonly InputPath[]): string {
  return inputs.map((input) => (typeof input === 'string' ? input : input.sourcePath)).join(', ');
}

export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, extractOptionSpec, 'breach-extract');
  if (values.help) {
    io.out(helpText);
    return exitCodes.ok;
  }
  if (values.version) {
    io.out(versionText);
    return exitCodes.ok;
  }
  const settings = readExtractSettings(values);
  const given = positionals.length > 0 ? positionals : defaultInputs();
  const stdin = await expandStdin(given, io.stdin ?? process.stdin, settings.stdinText);
  try {
    return await runWith(stdin.inputs, settings, io);
  } finally {
    await stdin.cleanup();
  }
}

/** A path given that does not exist is no input (66). */
async function checkGiven(inputs: readonly InputPath[]): Promise<void> {
  await checkInputs(inputs).catch((error: unknown) => {
    throw error instanceof InputError ? new CliError(error.message, exitCodes.noInput) : error;
  });
}

/** corrections.csv read and checked before any report is: a bad row ends the run at once, naming its line. */
async function readCorrections(path: string): Promise<CorrectionSet> {
  const { parseCorrections, CorrectionsError } = await import('../record/corrections.js');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the corrections file ${path} (${describeErrno(error)})`, exitCodes.noInput);
  }
  try {
    return { fileName: path, byRecord: parseCorrections(text, path) };
  } catch (error) {
    if (error instanceof CorrectionsError) throw new CliError(error.message, exitCodes.dataError);
    throw error;
  }
}

async function runWith(inputs: readonly InputPath[], given: ExtractSettings, io: CliIo): Promise<number> {
  await checkGiven(inputs);
  const settings = given.correctionsPath ? { ...given, corrections: await readCorrections(given.correctionsPath) } : given;
  const mode: ProgressMode = settings.quiet ? 'none' : io.errIsTerminal === true ? 'bar' : 'lines';
  const progress = new Progress({ write: io.err, get columns() { return io.columns; } }, mode, settings.progressEvery);
  const total = await countInputs(inputs, settings);
  if (total === 0) throw new CliError(`no report files (.pdf .docx .txt .md .html) found in ${describeInputs(inputs)}`, exitCodes.noInput);
  progress.setTotal(total);
  tuneV8ForJobs(settings.jobs);
  // The CLI's process is the pool's own, so the workers' resident memory can be read from it.
  const pool = new WorkerPool(settings.jobs, settings.timeoutMs, { maxMemoryMb: settings.maxMemoryMb });
  pool.start(total);
  const state: RunState = { finished: 0, total, stop: new AbortController(), stoppedBy: null };
  const onSignal = (signal: NodeJS.Signals) => {
    state.stoppedBy = signal;
    state.stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { ReasonGroups, summaryJson, summaryText } = await import('./summary-text.js');
    const reasons = new ReasonGroups();
    const reportFailure = failureReporter(io, mode);
    const hooks = {
      onFinished: (entry: BatchEntry) => {
        state.finished += 1;
        progress.tick(entry.rendered.brief.status);
      },
      onRecord: (entry: BatchEntry) => {
        reasons.add(entry.rendered.brief);
        reportFailure(entry);
      },
    };
    const outcome = await (settings.toStdout ? runToStdout(inputs, settings, pool, state, io, hooks) : runIntoFolder(inputs, settings, pool, state, hooks)).catch((error: unknown) => {
      throw outputError(error, settings) ?? error;
    });
    progress.finish();
    if (!outcome.completed) {
      io.err(stoppedMessage(settings, state));
      return state.stoppedBy === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted;
    }
    const exitCode = outcome.summary.counts.failed > 0 ? exitCodes.someFailed : exitCodes.ok;
    const summary = {
      ...outcome.summary,
      reasons: reasons.list(),
      problems: outcome.problems,
      written: outcome.written,
      removed: outcome.removed,
      exitCode,
      // The process's, workers included (they are its threads): what a run over hostile files is held to.
      peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    if (settings.json) io.out(summaryJson(summary));
    else if (!settings.quiet) io.err(summaryText(summary, { fillRates: settings.fillRates }));
    const reviewPage = outcome.written.find((path) => path.endsWith('review.html'));
    if (reviewPage && !settings.quiet && !settings.json) io.err(`review page: ${reviewPage}\n`);
    return exitCode;
  } finally {
    progress.finish();
    await pool.close();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
