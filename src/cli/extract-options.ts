// The extract command's options, checked once: each bad value is a usage error naming the option.
import { availableParallelism } from 'node:os';
import { outputFormats, type OutputFormat } from '../batch/output-formats.js';
import { defaultLimits, type LoadLimits } from '../options.js';
import { UsageError } from './exit-codes.js';

export { UsageError };

export const defaultTimeoutSeconds = 30;
/**
 * The resident memory a worker may use, in MB. Twice its heap limit (pdf.js's buffers are outside the heap): a
 * worker that has loaded pdf.js and mammoth holds 400 to 500 MB when run from the TypeScript sources, so less
 * would fail good files.
 */
export const defaultMaxMemoryMb = 1024;

export const extractOptionSpec = {
  out: { type: 'string', short: 'o', default: 'output' },
  // No default here: with --out - only JSON Lines can go to stdout, so a format given there is checked.
  format: { type: 'string', short: 'f' },
  jobs: { type: 'string', short: 'j' },
  // The earlier name of --jobs, still accepted.
  concurrency: { type: 'string', short: 'c' },
  timeout: { type: 'string', default: String(defaultTimeoutSeconds) },
  'max-size': { type: 'string', default: String(defaultLimits.maxFileBytes / 1048576) },
  'max-pages': { type: 'string', default: String(defaultLimits.maxPages) },
  'max-unpacked': { type: 'string', default: String(defaultLimits.maxUncompressedBytes / 1048576) },
  'max-memory': { type: 'string', default: String(defaultMaxMemoryMb) },
  ocr: { type: 'boolean' },
  'ocr-timeout': { type: 'string', default: String(defaultLimits.ocrTimeoutMs / 1000) },
  'progress-every': { type: 'string', default: '100' },
  force: { type: 'boolean' },
  dedupe: { type: 'boolean' },
  'no-bom': { type: 'boolean' },
  review: { type: 'boolean' },
  corrections: { type: 'string' },
  'stdin-text': { type: 'boolean' },
  json: { type: 'boolean' },
  'fill-rates': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  version: { type: 'boolean', short: 'V' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--out -`: the records go to stdout as JSON Lines instead of into a folder. */
export const stdoutTarget = '-';

export interface ExtractSettings {
  outDir: string;
  formats: OutputFormat[];
  jobs: number;
  /** The resident memory each worker may use, in MB. */
  maxMemoryMb: number;
  limits: LoadLimits;
  timeoutMs: number;
  force: boolean;
  /** One record per breach key (--dedupe). */
  dedupe: boolean;
  /** Start the CSV files with a UTF-8 byte-order mark (off with --no-bom). */
  bom: boolean;
  /** Also write review.html. */
  review: boolean;
  /** corrections.csv from the review page, applied over the records it names (--corrections); null for none. */
  correctionsPath: string | null;
  /** The corrections read from correctionsPath, once the run starts. */
  corrections?: import('../batch/run-batch.js').CorrectionSet | null;
  quiet: boolean;
  progressEvery: number;
  /** Records as JSON Lines on stdout (--out -): no folder, no manifest, no resume. */
  toStdout: boolean;
  /** `-` is the text of one report (--stdin-text), not a list of paths. */
  stdinText: boolean;
  /** The end summary as JSON on stdout. */
  json: boolean;
  fillRates: boolean;
}

type RawValues = { [K in keyof typeof extractOptionSpec]?: (typeof extractOptionSpec)[K]['type'] extends 'boolean' ? boolean : string };

export function parseFormats(value: string): OutputFormat[] {
  const list = value.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((item) => !(outputFormats as readonly string[]).includes(item));
  if (unknown.length > 0 || list.length === 0) throw new UsageError(`unknown format "${unknown.join(',') || value}": choose from ${outputFormats.join(', ')}`);
  return [...new Set(list)] as OutputFormat[];
}

function positive(name: string, value: string | undefined, whole: boolean): number {
  const number = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(number) || number <= 0 || (whole && !Number.isInteger(number))) {
    throw new UsageError(`--${name} must be a ${whole ? 'whole number' : 'number'} greater than 0, got "${value ?? ''}"`);
  }
  return number;
}

/** What --out - rules out: another format, a review page (it needs a folder), and --json (stdout is taken). */
function checkStdoutTarget(values: RawValues, formats: readonly OutputFormat[]): void {
  if (formats.some((format) => format !== 'jsonl')) throw new UsageError('--out - writes JSON Lines only: leave out --format, or give --format jsonl');
  if (values.review) throw new UsageError('--review needs an output folder, not --out -');
  if (values.dedupe) throw new UsageError('--dedupe needs an output folder, not --out - (it holds the records until every copy is known)');
  if (values.json) throw new UsageError('--json and --out - would both write to stdout: give --out a folder');
}

export function readExtractSettings(values: RawValues): ExtractSettings {
  const jobs = values.jobs ?? values.concurrency;
  const toStdout = values.out === stdoutTarget;
  const formats = parseFormats(values.format ?? (toStdout ? 'jsonl' : 'jsonl,csv'));
  if (toStdout) checkStdoutTarget(values, formats);
  return {
    outDir: values.out ?? 'output',
    formats,
    jobs: jobs === undefined ? availableParallelism() : positive(values.jobs === undefined ? 'concurrency' : 'jobs', jobs, true),
    limits: {
      maxFileBytes: Math.round(positive('max-size', values['max-size'], false) * 1048576),
      maxPages: positive('max-pages', values['max-pages'], true),
      maxUncompressedBytes: Math.round(positive('max-unpacked', values['max-unpacked'], false) * 1048576),
      ocr: values.ocr ?? false,
      ocrTimeoutMs: Math.round(positive('ocr-timeout', values['ocr-timeout'], false) * 1000),
    },
    timeoutMs: Math.round(positive('timeout', values.timeout, false) * 1000),
    maxMemoryMb: positive('max-memory', values['max-memory'], true),
    force: values.force ?? false,
    dedupe: values.dedupe ?? false,
    bom: !(values['no-bom'] ?? false),
    review: values.review ?? false,
    correctionsPath: values.corrections ?? null,
    quiet: values.quiet ?? false,
    progressEvery: positive('progress-every', values['progress-every'], true),
    toStdout,
    stdinText: values['stdin-text'] ?? false,
    json: values.json ?? false,
    fillRates: values['fill-rates'] ?? false,
  };
}
