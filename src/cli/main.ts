// The command line: `breach-extract [paths...] [--out DIR] [--format jsonl,csv,json]` and `breach-extract eval`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// Only what checks the arguments and starts the workers is imported up front: the writers, the record schema and
// the summary load while the workers load the pipeline (a few tenths of a second each, side by side).
import { checkInputs, readPathList, walkInputs } from '../batch/inputs.js';
import { WorkerPool } from '../batch/worker-pool.js';
import { InputError } from '../files.js';
import { extractOptionSpec, readExtractSettings, UsageError } from './extract-options.js';
import { Progress, type ProgressMode } from './progress.js';
import type { BreachRecord } from '../record/schema.js';

// 130 and 143 are the shell's codes for a run ended by SIGINT (Ctrl-C) and SIGTERM (kill).
export const exitCodes = { ok: 0, someFailed: 1, usage: 2, internal: 70, interrupted: 130, terminated: 143 } as const;

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const helpText = `breach-extract: structured records from reports of breaches of the UK Code of Practice for Statistics

Usage:
  breach-extract [paths...] [options]
  breach-extract eval <folder> [--json] [--verbose]
  breach-extract summary <records.jsonl> [--json]

Paths are report files (.pdf .docx .txt .md .html), folders (read recursively), glob patterns
('reports/**/*.pdf', quoted so the shell leaves them), or - for a list of paths on stdin, one a line.
With no paths, the bundled example reports (fixtures/reports, fixtures/pdf, fixtures/docx) are read.

Options:
  -o, --out DIR           output folder (default: output)
  -f, --format LIST       comma-separated outputs: jsonl, csv, json (default: jsonl,csv)
  -j, --jobs N            worker threads parsing PDF and DOCX (default: the number of cores)
      --timeout SECONDS   a file still being read after this long fails (default: 30)
      --max-size MB       larger files fail without being read (default: 50)
      --max-pages N       PDFs with more pages fail (default: 200)
      --max-unpacked MB   DOCX files that would unpack to more fail (default: 100)
      --force             read every file again, even when unchanged since the last run
      --no-bom            write the CSV files without the UTF-8 byte-order mark that Excel needs
      --review            also write review.html: every value beside its evidence in the report's text
                          (reads every file again, since the texts are not kept between runs)
      --progress-every N  without a terminal, a progress line every N files (default: 100)
  -q, --quiet             print nothing but errors
  -h, --help              show this help

Re-runs: <out>/manifest.json lists each input's sha256 and status; files whose content and extractor
version are unchanged are carried over from the last run, and a run that was stopped resumes.

Exit codes: 0 no file failed; 1 some files failed (their records say why); 2 bad arguments;
70 internal error; 130 stopped by Ctrl-C; 143 stopped by kill (SIGTERM).
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where `-` reads its list of paths (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream;
  /** Whether stderr is a terminal, for the progress bar (default: no). */
  errIsTerminal?: boolean;
  columns?: number;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: process.stdin,
  errIsTerminal: process.stderr.isTTY === true,
  columns: process.stderr.columns,
};

// The bundled example reports in every format (the deliberately broken files in fixtures/bad are left out).
const fixtureFolders = ['reports', 'pdf', 'docx'];

function defaultInputs(): string[] {
  const base = existsSync(resolve('fixtures', 'reports')) ? 'fixtures' : join(packageRoot, 'fixtures');
  return fixtureFolders.map((folder) => join(base, folder)).filter((folder) => existsSync(folder));
}

async function runEval(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } } });
  const folder = positionals[0];
  if (!folder || positionals.length > 1) throw new UsageError('eval takes one folder of <id>.<ext> reports with <id>.gold.json beside them');
  if (!existsSync(folder)) throw new UsageError(`${folder}: no such folder`);
  // Loaded here so that the extract command's main thread does not load the pipeline its workers run.
  const { evaluateFolder, formatTable } = await import('./eval.js');
  const result = await evaluateFolder(folder);
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatTable(result, values.verbose ?? false)}\n`);
  return exitCodes.ok;
}

/** Replaces `-` with the paths listed on stdin. */
async function expandStdin(paths: readonly string[], stdin: NodeJS.ReadableStream): Promise<string[]> {
  if (!paths.includes('-')) return [...paths];
  const listed = await readPathList(stdin);
  return paths.flatMap((path) => (path === '-' ? listed : [path]));
}

async function runExtract(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: extractOptionSpec });
  if (values.help) {
    io.out(helpText);
    return exitCodes.ok;
  }
  const settings = readExtractSettings(values);
  const inputs = positionals.length > 0 ? await expandStdin(positionals, io.stdin ?? process.stdin) : defaultInputs();
  await checkInputs(inputs);
  const mode: ProgressMode = settings.quiet ? 'none' : io.errIsTerminal === true ? 'bar' : 'lines';
  const progress = new Progress({ write: io.err, columns: io.columns }, mode, settings.progressEvery);
  // Counting the inputs first is a quick walk (no file is opened), so the bar can show a total and an ETA.
  let total = 0;
  for await (const _file of walkInputs(inputs).files) total += 1;
  if (total === 0) throw new UsageError(`no report files (.pdf .docx .txt .md .html) found in ${inputs.join(', ')}`);
  progress.setTotal(total);
  const pool = new WorkerPool(settings.jobs, settings.timeoutMs);
  pool.start(total);

  let finished = 0;
  const stop = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    stoppedBy = signal;
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // The review page shows each report's text; it is collected (in path order) only when asked for.
  const reviewed: { record: BreachRecord; text: string | null }[] | null = settings.review ? [] : null;
  try {
    const [{ writeBatch }, { summaryText }, { writeReviewPage }] = await Promise.all([import('../batch/write-batch.js'), import('./summary-text.js'), import('./review-file.js')]);
    const result = await writeBatch(inputs, {
      ...settings,
      pool,
      withText: settings.review,
      signal: stop.signal,
      onFinished: (entry) => {
        finished += 1;
        progress.tick(entry.rendered.brief.status);
      },
      onRecord: (entry) => {
        reviewed?.push({ record: entry.record(), text: entry.text });
        if (!settings.quiet && entry.rendered.brief.status === 'failed') io.err(`${mode === 'bar' ? '\r\x1b[K' : ''}${entry.rendered.brief.path}: failed: ${entry.rendered.brief.error}\n`);
      },
    });
    progress.finish();
    if (!result.completed) {
      io.err(`breach-extract: stopped after ${finished} of ${total} files; no output was written, and the next run into ${settings.outDir} resumes from the files already read\n`);
      return stoppedBy === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted;
    }
    const reviewPage = reviewed ? await writeReviewPage(settings.outDir, reviewed) : null;
    if (!settings.quiet) io.err(summaryText(result.summary, result.problems, reviewPage ? [...result.written, reviewPage] : result.written));
    if (reviewPage && !settings.quiet) io.err(`review page: ${reviewPage}\n`);
    return result.summary.counts.failed > 0 ? exitCodes.someFailed : exitCodes.ok;
  } finally {
    await pool.close();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    if (argv[0] === 'eval') return await runEval(argv.slice(1), io);
    if (argv[0] === 'summary') return await (await import('./summary.js')).runSummary(argv.slice(1), io);
    if (argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
      io.out(helpText);
      return exitCodes.ok;
    }
    return await runExtract(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`breach-extract: ${error.message}\nTry 'breach-extract --help'.\n`);
      return exitCodes.usage;
    }
    io.err(`breach-extract: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.internal;
  }
}

// Run when executed directly (tsx src/cli/main.ts ...); the bin launcher imports runCli instead.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2));
}
