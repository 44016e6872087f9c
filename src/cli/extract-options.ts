// The extract command's options, checked once: each bad value is a usage error naming the option.
import { availableParallelism } from 'node:os';
import { outputFormats, type OutputFormat } from '../batch/output-formats.js';
import { defaultLimits, type LoadLimits } from '../options.js';

export class UsageError extends Error {}

export const defaultTimeoutSeconds = 30;

export const extractOptionSpec = {
  out: { type: 'string', short: 'o', default: 'output' },
  format: { type: 'string', short: 'f', default: 'jsonl,csv' },
  jobs: { type: 'string', short: 'j' },
  // The earlier name of --jobs, still accepted.
  concurrency: { type: 'string', short: 'c' },
  timeout: { type: 'string', default: String(defaultTimeoutSeconds) },
  'max-size': { type: 'string', default: String(defaultLimits.maxFileBytes / 1048576) },
  'max-pages': { type: 'string', default: String(defaultLimits.maxPages) },
  'max-unpacked': { type: 'string', default: String(defaultLimits.maxUncompressedBytes / 1048576) },
  'progress-every': { type: 'string', default: '100' },
  force: { type: 'boolean' },
  'no-bom': { type: 'boolean' },
  review: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ExtractSettings {
  outDir: string;
  formats: OutputFormat[];
  jobs: number;
  limits: LoadLimits;
  timeoutMs: number;
  force: boolean;
  /** Start the CSV files with a UTF-8 byte-order mark (off with --no-bom). */
  bom: boolean;
  /** Also write review.html. */
  review: boolean;
  quiet: boolean;
  progressEvery: number;
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

export function readExtractSettings(values: RawValues): ExtractSettings {
  const jobs = values.jobs ?? values.concurrency;
  return {
    outDir: values.out ?? 'output',
    formats: parseFormats(values.format ?? 'jsonl,csv'),
    jobs: jobs === undefined ? availableParallelism() : positive(values.jobs === undefined ? 'concurrency' : 'jobs', jobs, true),
    limits: {
      maxFileBytes: Math.round(positive('max-size', values['max-size'], false) * 1048576),
      maxPages: positive('max-pages', values['max-pages'], true),
      maxUncompressedBytes: Math.round(positive('max-unpacked', values['max-unpacked'], false) * 1048576),
    },
    timeoutMs: Math.round(positive('timeout', values.timeout, false) * 1000),
    force: values.force ?? false,
    bom: !(values['no-bom'] ?? false),
    review: values.review ?? false,
    quiet: values.quiet ?? false,
    progressEvery: positive('progress-every', values['progress-every'], true),
  };
}
