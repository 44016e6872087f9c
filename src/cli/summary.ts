// `breach-extract summary <records.jsonl> [--json]`: counts by year, producer and breach type, the median and
// largest delay, and the fill rate of each field, for records written by an earlier run.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { recordIdFor, recordSchema, type BreachRecord } from '../record/schema.js';
import { formatSummary } from '../summary/format.js';
import { summariseRecords } from '../summary/summarise.js';

export const summaryUsage = 'breach-extract summary <records.jsonl> [--json]';

export class SummaryInputError extends Error {}

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

export interface SummaryIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Returns the exit code: 0 printed, 2 bad arguments or an unreadable file. */
export async function runSummary(args: string[], io: SummaryIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const path = positionals[0];
    if (!path || positionals.length > 1) throw new SummaryInputError(`summary takes one JSONL file of records: ${summaryUsage}`);
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new SummaryInputError(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    });
    const summary = summariseRecords(parseRecordsJsonl(text, path));
    io.out(values.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SummaryInputError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`breach-extract: ${error.message}\nTry 'breach-extract --help'.\n`);
      return 2;
    }
    throw error;
  }
}
