// `breach-extract summary <records.jsonl> [--json]`: counts by year, producer and breach type, the median and
// largest delay, and the fill rate of each field, for records written by an earlier run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordIdFor, recordSchema, type BreachRecord } from '../record/schema.js';
import { formatSummary } from '../summary/format.js';
import { summariseRecords } from '../summary/summarise.js';
import { CliError, describeErrno, exitCodes, UsageError } from './exit-codes.js';
import { summaryHelpText } from './help.js';
import type { CliIo } from './io.js';
import { parseCommand } from './parse.js';
import { readStream, stdinArgument } from './stdin.js';

export const summaryUsage = 'breach-extract summary <records.jsonl | -> [--json] [--chart DIR]';

/** A line that is not a record: bad input data (exit 65). */
export class SummaryInputError extends CliError {
  constructor(message: string) {
    super(message, exitCodes.dataError);
  }
}

// Records written before recordId existed lack it; it is the start of the file hash, so it can be filled in.
function withRecordId(parsed: unknown): unknown {
  if (!parsed || typeof parsed !== 'object' || 'recordId' in parsed) return parsed;
  const source = (parsed as { source?: { sha256?: unknown; path?: unknown } }).source;
  return typeof source?.sha256 === 'string' ? { ...parsed, recordId: recordIdFor(source.sha256, String(source.path ?? '')) } : parsed;
}

/** Reads a JSONL file of records, refusing a line that is not a valid record (with its line number). */
export function parseRecordsJsonl(text: string, name: string): BreachRecord[] {
  const records: BreachRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new SummaryInputError(`${name}:${index + 1}: not JSON`);
    }
    const result = recordSchema.safeParse(withRecordId(parsed));
    if (!result.success) throw new SummaryInputError(`${name}:${index + 1}: not a breach record (${result.error.issues[0]?.path.join('.') ?? ''}: ${result.error.issues[0]?.message ?? ''})`);
    records.push(result.data);
  });
  return records;
}

const summaryOptions = { json: { type: 'boolean' }, chart: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** Writes each chart as SVG, and as PNG where a renderer can be loaded; returns the files written. */
async function writeCharts(records: readonly BreachRecord[], folder: string): Promise<string[]> {
  const { chartPng, summaryCharts } = await import('../summary/charts.js');
  const { writeFileAtomic } = await import('../write/atomic.js');
  const written: string[] = [];
  try {
    for (const chart of summaryCharts(records)) {
      const svg = join(folder, `${chart.name}.svg`);
      await writeFileAtomic(svg, chart.svg);
      written.push(svg);
      const png = await chartPng(chart.svg);
      if (png) {
        await writeFileAtomic(join(folder, `${chart.name}.png`), png);
        written.push(join(folder, `${chart.name}.png`));
      }
    }
  } catch (error) {
    throw new CliError(`cannot write the charts into ${folder} (${describeErrno(error)})`, exitCodes.cannotCreate);
  }
  return written;
}

/** The records file's text, or stdin's for `-`. */
async function readRecordsText(path: string, stdin: NodeJS.ReadableStream | undefined): Promise<string> {
  if (path === stdinArgument) return (await readStream(stdin ?? process.stdin)).toString('utf8');
  return readFile(path, 'utf8').catch((error: unknown) => {
    throw new CliError(`${path}: cannot be read (${describeErrno(error)})`, exitCodes.noInput);
  });
}

/** Returns the exit code (0 printed); a bad command line or input is thrown as a CliError with its code. */
export async function runSummary(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, summaryOptions, 'summary');
  if (values.help) {
    io.out(summaryHelpText);
    return exitCodes.ok;
  }
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError(`summary takes one JSONL file of records: ${summaryUsage}`);
  const text = await readRecordsText(path, io.stdin);
  const records = parseRecordsJsonl(text, path === stdinArgument ? 'stdin' : path);
  const summary = summariseRecords(records);
  io.out(values.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`);
  if (values.chart !== undefined) {
    if (values.chart === '') throw new UsageError('--chart needs a folder to write the charts into');
    const written = await writeCharts(records, values.chart);
    io.err(`wrote ${written.join(', ')}\n`);
  }
  return exitCodes.ok;
}
