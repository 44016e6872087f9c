// The command line: `breach-extract [paths...] [--out DIR] [--format jsonl,csv,json]` and `breach-extract eval`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractBatch } from '../api.js';
import { InputError, listInputs } from '../files.js';
import type { BreachRecord } from '../record/schema.js';
import { AtomicAppender, writeFileAtomic } from '../write/atomic.js';
import { recordsToJson, recordToJsonLine } from '../write/json.js';
import { writeCsvFiles } from './csv-files.js';
import { evaluateFolder, formatTable } from './eval.js';
import { writeReviewPage } from './review-file.js';
import { runSummary } from './summary.js';

export const exitCodes = { ok: 0, someFailed: 1, usage: 2, internal: 70 } as const;

const formats = ['jsonl', 'csv', 'json'] as const;
type Format = (typeof formats)[number];

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const helpText = `breach-extract: structured records from reports of breaches of the UK Code of Practice for Statistics

Usage:
  breach-extract [paths...] [--out DIR] [--format jsonl,csv,json] [--no-bom] [--review]
  breach-extract eval <folder> [--json] [--verbose]
  breach-extract summary <records.jsonl> [--json]

Paths are report files (.pdf .docx .txt .md .html) or folders, read recursively.
With no paths, the bundled example reports (fixtures/reports, fixtures/pdf, fixtures/docx) are read.

Options:
  -o, --out DIR        output folder (default: output)
  -f, --format LIST    comma-separated outputs: jsonl, csv, json (default: jsonl,csv)
  -c, --concurrency N  files read at once (default: 4)
      --no-bom         write the CSV files without the UTF-8 byte-order mark that Excel needs
      --review         also write review.html: every value beside its evidence in the report's text
  -q, --quiet          print nothing but errors
  -h, --help           show this help

Exit codes: 0 every file extracted; 1 some files failed (their rows say why); 2 bad arguments.
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

class UsageError extends Error {}

function parseFormats(value: string): Format[] {
  const list = value.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((item) => !(formats as readonly string[]).includes(item));
  if (unknown.length > 0 || list.length === 0) throw new UsageError(`unknown format "${unknown.join(',') || value}": choose from ${formats.join(', ')}`);
  return list as Format[];
}

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
  const result = await evaluateFolder(folder);
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatTable(result, values.verbose ?? false)}\n`);
  return exitCodes.ok;
}

async function runExtract(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      format: { type: 'string', short: 'f', default: 'jsonl,csv' },
      concurrency: { type: 'string', short: 'c', default: '4' },
      quiet: { type: 'boolean', short: 'q' },
      'no-bom': { type: 'boolean' },
      review: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(helpText);
    return exitCodes.ok;
  }
  const chosen = parseFormats(values.format);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a whole number of at least 1, got "${values.concurrency}"`);
  const inputs = positionals.length > 0 ? positionals : defaultInputs();
  const files = await listInputs(inputs);
  if (files.length === 0) throw new UsageError(`no report files (.pdf .docx .txt .md .html) found in ${inputs.join(', ')}`);
  const outDir = values.out;
  const jsonl = chosen.includes('jsonl') ? await AtomicAppender.open(join(outDir, 'records.jsonl')) : null;
  let records: BreachRecord[];
  // Lines are written as files finish, but in input order: a finished record waits for those before it.
  const finished = new Map<number, BreachRecord>();
  let nextLine = 0;
  const reviewTexts = values.review ? new Map<number, string | null>() : null;
  try {
    records = await extractBatch(inputs, {
      concurrency,
      onRecord: async (record, _input, index, text) => {
        reviewTexts?.set(index, text);
        if (record.status === 'failed') io.err(`${record.source.path}: failed: ${record.error}\n`);
        finished.set(index, record);
        for (let ready = finished.get(nextLine); ready; ready = finished.get(nextLine)) {
          finished.delete(nextLine);
          nextLine += 1;
          await jsonl?.append(recordToJsonLine(ready));
        }
      },
    });
    await jsonl?.commit();
  } catch (error) {
    await jsonl?.abort();
    throw error;
  }
  if (chosen.includes('csv')) await writeCsvFiles(outDir, records, { bom: !values['no-bom'] });
  if (chosen.includes('json')) await writeFileAtomic(join(outDir, 'records.json'), recordsToJson(records));
  const reviewPage = reviewTexts ? await writeReviewPage(outDir, records, reviewTexts) : null;
  const count = (status: BreachRecord['status']) => records.filter((record) => record.status === status).length;
  if (!values.quiet) {
    io.err(`${records.length} files: ${count('ok')} ok, ${count('partial')} partial, ${count('failed')} failed; wrote ${chosen.map((format) => join(outDir, `records.${format}`)).join(', ')}\n`);
  }
  if (reviewPage && !values.quiet) io.err(`review page: ${reviewPage}\n`);
  return count('failed') > 0 ? exitCodes.someFailed : exitCodes.ok;
}

export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    if (argv[0] === 'eval') return await runEval(argv.slice(1), io);
    if (argv[0] === 'summary') return await runSummary(argv.slice(1), io);
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
