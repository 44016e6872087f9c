// The batch's output files, written record by record in path order so that memory stays flat however many
// files there are: records.jsonl, records.json, and records.csv with its long-format companions
// (outputs.csv, practices.csv, corrective_actions.csv). Each goes to a temporary file that is renamed into
// place only when the run completes (a killed run leaves the previous outputs as they were).
import { join } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { AtomicAppender } from '../write/atomic.js';
import { companionTables, recordsToCompanionCsvs } from '../write/companions.js';
import { recordsToCsv } from '../write/csv.js';
import { recordsToJson } from '../write/json.js';

export const outputFormats = ['jsonl', 'csv', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface OutputOptions {
  /** Start every CSV file with the UTF-8 byte-order mark that Excel needs. */
  bom: boolean;
}

// CSV files are written in chunks through the ordinary writers; every chunk after the first drops its header
// line (and mark), so each file is byte for byte what the writer would give for all the records at once.
const csvChunk = 200;

function dropFirstLine(csv: string): string {
  const end = csv.indexOf('\r\n');
  return end < 0 ? '' : csv.slice(end + 2);
}

// recordsToJson pretty-prints an array with two spaces: each element is its own pretty JSON, indented once.
function indentJson(json: string): string {
  return json.replace(/^/gm, '  ');
}

interface CsvFile {
  name: string;
  appender: AtomicAppender;
  /** The CSV text of a chunk of records, header first. */
  render: (records: readonly BreachRecord[], bom: boolean) => string;
  started: boolean;
}

function csvFileRenderers(): { name: string; render: CsvFile['render'] }[] {
  return [
    { name: 'records.csv', render: (records, bom) => recordsToCsv(records, { bom }) },
    ...companionTables().map((table) => ({
      name: table.fileName,
      render: (records: readonly BreachRecord[], bom: boolean) => recordsToCompanionCsvs(records, { bom })[table.fileName] ?? '',
    })),
  ];
}

export class BatchOutputs {
  private csvRecords: BreachRecord[] = [];
  private jsonCount = 0;

  private constructor(
    private readonly jsonl: AtomicAppender | null,
    private readonly json: AtomicAppender | null,
    private readonly csvFiles: CsvFile[],
    private readonly options: OutputOptions,
  ) {}

  static async open(outDir: string, formats: readonly OutputFormat[], options: OutputOptions): Promise<BatchOutputs> {
    const opened: AtomicAppender[] = [];
    const openFile = async (name: string) => {
      const appender = await AtomicAppender.open(join(outDir, name));
      opened.push(appender);
      return appender;
    };
    try {
      const jsonl = formats.includes('jsonl') ? await openFile('records.jsonl') : null;
      const json = formats.includes('json') ? await openFile('records.json') : null;
      const csvFiles: CsvFile[] = [];
      if (formats.includes('csv')) {
        for (const { name, render } of csvFileRenderers()) csvFiles.push({ name, render, appender: await openFile(name), started: false });
      }
      return new BatchOutputs(jsonl, json, csvFiles, options);
    } catch (error) {
      await Promise.all(opened.map((appender) => appender.abort()));
      throw error;
    }
  }

  /** Names of the files this run writes, records files first. */
  fileNames(): string[] {
    return [...(this.jsonl ? ['records.jsonl'] : []), ...this.csvFiles.map((file) => file.name), ...(this.json ? ['records.json'] : [])];
  }

  /** Adds the next record in path order; `jsonLine` is recordToJsonLine(record), made once by the caller. */
  async add(record: BreachRecord, jsonLine: string): Promise<void> {
    await this.jsonl?.append(jsonLine);
    if (this.json) {
      await this.json.append(`${this.jsonCount === 0 ? '[\n' : ',\n'}${indentJson(JSON.stringify(record, null, 2))}`);
      this.jsonCount += 1;
    }
    if (this.csvFiles.length > 0) {
      this.csvRecords.push(record);
      if (this.csvRecords.length >= csvChunk) await this.flushCsv();
    }
  }

  private async flushCsv(): Promise<void> {
    for (const file of this.csvFiles) {
      if (this.csvRecords.length === 0 && file.started) continue;
      const text = file.render(this.csvRecords, this.options.bom && !file.started);
      await file.appender.append(file.started ? dropFirstLine(text) : text);
      file.started = true;
    }
    this.csvRecords = [];
  }

  async commit(): Promise<void> {
    await this.flushCsv();
    await this.json?.append(this.jsonCount === 0 ? recordsToJson([]) : '\n]\n');
    for (const appender of [this.jsonl, this.json, ...this.csvFiles.map((file) => file.appender)]) await appender?.commit();
  }

  async abort(): Promise<void> {
    await Promise.all([this.jsonl, this.json, ...this.csvFiles.map((file) => file.appender)].map((appender) => appender?.abort()));
  }
}
