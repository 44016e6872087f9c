// records.xlsx: the CSV tables as sheets of one workbook (records, outputs, practices, corrective_actions,
// timeline), with typed cells (real dates, whole numbers, booleans, text that is never a formula), a frozen header,
// filters and column widths, then the codebook, the crosswalk between the Code's editions and the column
// dictionary. Written with exceljs's streaming writer into a temporary file, a record at a time, and committed
// with the run's other outputs.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { codebookRows, crosswalkRows } from '../codebook/codebook.js';
import type { BreachRecord } from '../record/schema.js';
import { temporaryPath, type StagedFile } from './atomic.js';
import { companionFields, companionValues } from './companions.js';
import { columnValue, csvColumns } from './csv.js';
import { dictionaryTables, type DictionaryColumn } from './data-dictionary.js';
import { cellKindOf, cellString, dateFormatOf, typedCell, type CellKind, type SheetCell } from './xlsx-cells.js';

type Worksheet = ExcelJS.Worksheet;
type ExcelModule = typeof ExcelJS;

let excelModule: Promise<ExcelModule> | null = null;

// exceljs (and the zip and XML code behind it) is loaded only when a workbook is written: importing the package
// or running a batch without --format xlsx does not pay for it.
function loadExcel(): Promise<ExcelModule> {
  excelModule ??= import('exceljs').then((module) => module.default);
  return excelModule;
}

interface SheetColumn {
  name: string;
  kind: CellKind;
}

interface DataSheet {
  sheet: Worksheet;
  columns: SheetColumn[];
  rows: number;
}

/** The sheet a table goes to: its CSV file's name without ".csv". */
export function sheetNameOf(fileName: string): string {
  return fileName.replace(/\.csv$/, '');
}

function widthOf(column: SheetColumn): number {
  if (column.kind === 'date') return 17;
  if (column.kind === 'integer' || column.kind === 'boolean') return Math.max(column.name.length + 2, 8);
  return Math.min(Math.max(column.name.length + 2, 14), 48);
}

const headerFont = { bold: true };

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[]): DataSheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.name, key: column.name, width: widthOf(column) }));
  sheet.getRow(1).font = headerFont;
  return { sheet, columns: [...columns], rows: 1 };
}

function addRow(target: DataSheet, values: readonly unknown[]): void {
  const cells: SheetCell[] = values.map((value, index) => typedCell(value, target.columns[index]?.kind ?? 'text'));
  const row = target.sheet.addRow(cells);
  cells.forEach((cell, index) => {
    if (!(cell instanceof Date)) return;
    const format = dateFormatOf(values[index]);
    if (format) row.getCell(index + 1).numFmt = format;
  });
  row.commit();
  target.rows += 1;
}

function closeSheet(target: DataSheet): void {
  // Filters over the header and every row written; a sheet of the header alone still gets them.
  target.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: target.rows, column: target.columns.length } };
  target.sheet.commit();
}

function sheetColumns(columns: readonly DictionaryColumn[]): SheetColumn[] {
  return columns.map((column) => ({ name: column.name, kind: cellKindOf(column) }));
}

const text = (name: string): SheetColumn => ({ name, kind: 'text' });

/** Writes a workbook a record at a time; `finish` adds the reference sheets and ends the file. */
class RecordsWorkbook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly records: DataSheet;
  private readonly companions: { field: (typeof companionFields)[number]; sheet: DataSheet }[];
  private readonly recordColumns = csvColumns();

  constructor(excel: ExcelModule, stream: Writable) {
    this.workbook = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'breach-extract';
    const [records, ...companions] = dictionaryTables();
    if (!records) throw new Error('no records table');
    this.records = addSheet(this.workbook, sheetNameOf(records.fileName), sheetColumns(records.columns));
    this.companions = companionFields.map((field, index) => {
      const table = companions[index];
      if (!table) throw new Error(`no table for ${field}`);
      return { field, sheet: addSheet(this.workbook, sheetNameOf(table.fileName), sheetColumns(table.columns)) };
    });
  }

  add(record: BreachRecord): void {
    addRow(this.records, this.recordColumns.map((column) => columnValue(record, column)));
    for (const { field, sheet } of this.companions) for (const row of companionValues(record, field)) addRow(sheet, row);
  }

  async finish(): Promise<void> {
    closeSheet(this.records);
    for (const { sheet } of this.companions) closeSheet(sheet);
    const codebook = addSheet(this.workbook, 'codebook', ['list', 'code', 'title', 'edition', 'level', 'parent', 'source'].map(text));
    for (const row of codebookRows()) addRow(codebook, [row.list, row.code, row.title, row.edition, row.level, row.parent, row.source]);
    closeSheet(codebook);
    const crosswalk = addSheet(this.workbook, 'crosswalk', ['code_2009', 'title_2009', 'codes_2018', 'titles_2018', 'basis', 'source'].map(text));
    for (const row of crosswalkRows()) addRow(crosswalk, [row.from, row.fromTitle, row.to, row.toTitles, row.basis, row.source]);
    closeSheet(crosswalk);
    const columns = addSheet(this.workbook, 'columns', ['sheet', 'column', 'type', 'meaning'].map(text));
    for (const table of dictionaryTables()) {
      for (const column of table.columns) addRow(columns, [sheetNameOf(table.fileName), column.name, column.type, cellString(column.meaning)]);
    }
    closeSheet(columns);
    await this.workbook.commit();
  }
}

/** The workbook of `records`, in memory (for a library caller; a batch streams it to a file instead). */
export async function recordsToXlsx(records: readonly BreachRecord[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new RecordsWorkbook(await loadExcel(), stream);
  for (const record of records) workbook.add(record);
  await workbook.finish();
  return Buffer.concat(chunks);
}

/** records.xlsx of a batch: rows go to a temporary file as the records come; committed with the other outputs. */
export class XlsxOutput implements StagedFile {
  private finished = false;

  private constructor(
    readonly target: string,
    private readonly temporary: string,
    private readonly workbook: RecordsWorkbook,
    private readonly file: Writable,
  ) {}

  static async open(target: string): Promise<XlsxOutput> {
    const excel = await loadExcel();
    await mkdir(dirname(target), { recursive: true });
    const temporary = temporaryPath(target);
    const file = createWriteStream(temporary);
    return new XlsxOutput(target, temporary, new RecordsWorkbook(excel, file), file);
  }

  add(record: BreachRecord): void {
    this.workbook.add(record);
  }

  async flush(): Promise<void> {
    if (this.finished) return;
    await this.workbook.finish();
    this.finished = true;
  }

  async publish(): Promise<void> {
    await rename(this.temporary, this.target);
  }

  async abort(): Promise<void> {
    this.file.destroy();
    await rm(this.temporary, { force: true });
  }
}
