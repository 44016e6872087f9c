// The batch's output files, written record by record in path order so that memory stays flat however many
// files there are: records.jsonl, records.json, records.csv with its long-format companions
// (outputs.csv, practices.csv, corrective_actions.csv, timeline.csv), and records.xlsx. Each record comes already rendered (record-outputs.ts),
// so this only appends text. Each file goes to a temporary file that is renamed into place only when the run
// completes (a killed run leaves the previous outputs as they were).
import { join } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { AtomicAppender, type StagedFile } from '../write/atomic.js';
import { byteOrderMark, csvLines } from '../write/csv-text.js';
import { recordsToJson } from '../write/json.js';
import type { OutputFormat } from './output-formats.js';
import { csvOutputFiles, type RenderedRecord } from './record-outputs.js';

export { outputFormats, type OutputFormat } from './output-formats.js';

export interface OutputOptions {
  /** Start every CSV file with the UTF-8 byte-order mark that Excel needs. */
  bom: boolean;
}

interface CsvFile {
  name: string;
  appender: AtomicAppender;
}

export class BatchOutputs {
  private jsonCount = 0;

  private constructor(
    private readonly jsonl: AtomicAppender | null,
    private readonly json: AtomicAppender | null,
    private readonly csvFiles: CsvFile[],
    private readonly xlsx: import('../write/xlsx.js').XlsxOutput | null,
  ) {}

  static async open(outDir: string, formats: readonly OutputFormat[], options: OutputOptions): Promise<BatchOutputs> {
    const opened: StagedFile[] = [];
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
        for (const { name, header } of csvOutputFiles()) {
          const appender = await openFile(name);
          await appender.append(`${options.bom ? byteOrderMark : ''}${csvLines([header])}`);
          csvFiles.push({ name, appender });
        }
      }
      // exceljs is loaded only for a run that writes a workbook.
      const xlsx = formats.includes('xlsx') ? await (await import('../write/xlsx.js')).XlsxOutput.open(join(outDir, 'records.xlsx')) : null;
      if (xlsx) opened.push(xlsx);
      return new BatchOutputs(jsonl, json, csvFiles, xlsx);
    } catch (error) {
      await Promise.all(opened.map((appender) => appender.abort()));
      throw error;
    }
  }

  /** Names of the files this run writes, records files first. */
  fileNames(): string[] {
    return [
      ...(this.jsonl ? ['records.jsonl'] : []),
      ...this.csvFiles.map((file) => file.name),
      ...(this.json ? ['records.json'] : []),
      ...(this.xlsx ? ['records.xlsx'] : []),
    ];
  }

  /**
   * Adds the next record in path order, rendered for (at least) the formats this run writes; `record` gives the
   * record itself, which only the workbook needs (its cells are typed, not text).
   */
  async add(rendered: RenderedRecord, record: () => BreachRecord): Promise<void> {
    this.xlsx?.add(record());
    await this.jsonl?.append(rendered.jsonLine);
    if (this.json) {
      if (rendered.jsonElement === null) throw new Error(`${rendered.brief.path}: the record was not rendered for records.json`);
      await this.json.append(`${this.jsonCount === 0 ? '[\n' : ',\n'}${rendered.jsonElement}`);
      this.jsonCount += 1;
    }
    for (const file of this.csvFiles) {
      const lines = rendered.csvLines[file.name];
      if (lines === undefined) throw new Error(`${rendered.brief.path}: the record was not rendered for ${file.name}`);
      await file.appender.append(lines);
    }
  }

  /** Ends records.json and returns every file, for the caller to commit with the run's other outputs. */
  async finish(): Promise<StagedFile[]> {
    await this.json?.append(this.jsonCount === 0 ? recordsToJson([]) : '\n]\n');
    return this.appenders();
  }

  private appenders(): StagedFile[] {
    // In the order of fileNames().
    return [this.jsonl, ...this.csvFiles.map((file) => file.appender), this.json, this.xlsx].filter((file) => file !== null);
  }

  async abort(): Promise<void> {
    await Promise.all(this.appenders().map((appender) => appender.abort()));
  }
}
