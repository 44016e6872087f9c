// What each output file of a batch gets from one record, rendered where the record is made (in a worker thread,
// for files the pool reads), so that the main thread only appends text in path order: the JSON Lines line, the
// element of records.json, each CSV file's lines, and a brief of the record (status, reason, which fields were
// found) for the manifest, the summary and the progress line. Rendered a record at a time, each file is byte for
// byte what the writers (recordsToCsv, recordsToCompanionCsvs, recordsToJson) give for all the records at once.
import type { BreachRecord, RecordStatus } from '../record/schema.js';
import { isFilled, summarisedFields, valueAtPath } from '../summary/summarise.js';
import { companionFields, companionFileName, companionRows, companionTables } from '../write/companions.js';
import { csvHeader, csvRow } from '../write/csv.js';
import { csvLines } from '../write/csv-text.js';
import type { OutputFormat } from './output-formats.js';

export { outputFormats, type OutputFormat } from './output-formats.js';

// The same fields, and the same idea of "found", as the summary command's fill rates.
export const fillRateFields = summarisedFields;
export type FillRateField = (typeof fillRateFields)[number];

/** What the main thread needs to know of a record besides its output text. */
export interface RecordBrief {
  /** record.source.path */
  path: string;
  /** record.source.sha256 ('' for a file that could not be read). */
  sha256: string;
  status: RecordStatus;
  /** record.error: why the file failed or was skipped. */
  error: string | null;
  /** The fill-rate fields the record has a value for. */
  filled: FillRateField[];
  /** record.breachKey: the breach the report is of, shared by its copies. */
  breachKey: string | null;
}

export interface RenderedRecord {
  brief: RecordBrief;
  /** recordToJsonLine(record). */
  jsonLine: string;
  /** The record as an element of records.json (pretty, indented once, no separator); null unless json is written. */
  jsonElement: string | null;
  /** Each CSV file's lines for the record (no header), by file name; empty unless csv is written. */
  csvLines: Record<string, string>;
}

export interface CsvOutputFile {
  name: string;
  header: string[];
}

/** records.csv and its long-format companions, in the order they are listed. */
export function csvOutputFiles(): CsvOutputFile[] {
  return [{ name: 'records.csv', header: csvHeader() }, ...companionTables().map((table) => ({ name: table.fileName, header: table.header }))];
}

export function briefOf(record: BreachRecord): RecordBrief {
  return {
    path: record.source.path,
    sha256: record.source.sha256,
    status: record.status,
    error: record.error,
    filled: fillRateFields.filter((field) => isFilled(valueAtPath(record, field))),
    breachKey: record.breachKey,
  };
}

/** `jsonLine` is recordToJsonLine(record), which the caller usually has already. */
export function renderRecord(record: BreachRecord, jsonLine: string, formats: readonly OutputFormat[]): RenderedRecord {
  const csv: Record<string, string> = {};
  if (formats.includes('csv')) {
    csv['records.csv'] = csvLines([csvRow(record)]);
    for (const field of companionFields) csv[companionFileName(field)] = csvLines(companionRows(record, field));
  }
  return {
    brief: briefOf(record),
    jsonLine,
    // recordsToJson pretty-prints an array with two spaces: each element is its own pretty JSON, indented once.
    jsonElement: formats.includes('json') ? JSON.stringify(record, null, 2).replace(/^/gm, '  ') : null,
    csvLines: csv,
  };
}
