// The batch's output files, written record by record in path order so that memory stays flat however many
// files there are: records.jsonl, records.csv and records.json each go to a temporary file that is renamed
// into place only when the run completes (a killed run leaves the previous outputs as they were).
import { join } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { AtomicAppender } from '../write/atomic.js';
import { recordsToCsv } from '../write/csv.js';
import { recordsToJson } from '../write/json.js';

export const outputFormats = ['jsonl', 'csv', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

// The CSV is written in chunks through the ordinary writer; every chunk after the first drops its header line,
// so the file is byte for byte what recordsToCsv would give for all the records at once.
const csvChunk = 200;

function dropFirstLine(csv: string): string {
  const end = csv.indexOf('\r\n');
  return end < 0 ? '' : csv.slice(end + 2);
}

// recordsToJson pretty-prints an array with two spaces: each element is its own pretty JSON, indented once.
function indentJson(json: string): string {
  return json.replace(/^/gm, '  ');
}

export class BatchOutputs {
  private csvRecords: BreachRecord[] = [];
  private csvStarted = false;
  private jsonCount = 0;

  private constructor(
    private readonly jsonl: AtomicAppender | null,
    private readonly csv: AtomicAppender | null,
    private readonly json: AtomicAppender | null,
  ) {}

  static async open(outDir: string, formats: readonly OutputFormat[]): Promise<BatchOutputs> {
    const opened: AtomicAppender[] = [];
    const openIf = async (format: OutputFormat) => {
      if (!formats.includes(format)) return null;
      const appender = await AtomicAppender.open(join(outDir, `records.${format}`));
      opened.push(appender);
      return appender;
    };
    try {
      return new BatchOutputs(await openIf('jsonl'), await openIf('csv'), await openIf('json'));
    } catch (error) {
      await Promise.all(opened.map((appender) => appender.abort()));
      throw error;
    }
  }

  /** Adds the next record in path order; `jsonLine` is recordToJsonLine(record), made once by the caller. */
  async add(record: BreachRecord, jsonLine: string): Promise<void> {
    await this.jsonl?.append(jsonLine);
    if (this.json) {
      await this.json.append(`${this.jsonCount === 0 ? '[\n' : ',\n'}${indentJson(JSON.stringify(record, null, 2))}`);
      this.jsonCount += 1;
    }
    if (this.csv) {
      this.csvRecords.push(record);
      if (this.csvRecords.length >= csvChunk) await this.flushCsv();
    }
  }

  private async flushCsv(): Promise<void> {
    if (!this.csv || (this.csvRecords.length === 0 && this.csvStarted)) return;
    const text = recordsToCsv(this.csvRecords);
    await this.csv.append(this.csvStarted ? dropFirstLine(text) : text);
    this.csvStarted = true;
    this.csvRecords = [];
  }

  async commit(): Promise<void> {
    await this.flushCsv();
    await this.json?.append(this.jsonCount === 0 ? recordsToJson([]) : '\n]\n');
    for (const appender of [this.jsonl, this.csv, this.json]) await appender?.commit();
  }

  async abort(): Promise<void> {
    await Promise.all([this.jsonl, this.csv, this.json].map((appender) => appender?.abort()));
  }
}
