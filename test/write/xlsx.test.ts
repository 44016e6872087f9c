// records.xlsx read back with exceljs: every sheet, the header, frozen and filtered, and every cell of every record
// typed and equal to the JSON record (dates as dates, whole numbers as numbers, text as text, never a formula).
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { codebookRows, practiceTitle } from '../../src/codebook/codebook.js';
import { codeEntries } from '../../src/lexicon/code-practices.js';
import { breachTypes, type BreachRecord } from '../../src/record/schema.js';
import { companionTables, companionValues, companionFields } from '../../src/write/companions.js';
import { columnValue, csvColumns, csvHeader } from '../../src/write/csv.js';
import { maxCellCharacters } from '../../src/write/xlsx-cells.js';
import { recordsToXlsx } from '../../src/write/xlsx.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reportsDir = join(root, 'fixtures', 'reports');

/** A record a hostile or awkward report could give: formula-like text, accents, a text past Excel's limit. */
function awkward(record: BreachRecord): BreachRecord {
  return {
    ...record,
    recordId: '00000000000000aa',
    producer: { ...record.producer, name: '=HYPERLINK("http://example.invalid","click")' },
    reporter: { ...record.reporter, name: 'Siân Ní Bhriain', role: '+44 lead @statistician' },
    impact: `-${'long text '.repeat(4000)}`,
    sections: { ...record.sections, other: 'bad \u0001 control \ud800 lone surrogate' },
  };
}

let records: BreachRecord[];
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  const files = readdirSync(reportsDir).filter((name) => name.endsWith('.txt')).sort();
  records = await Promise.all(files.map((name) => extractFile(join(reportsDir, name))));
  const first = records[0];
  if (!first) throw new Error('no fixture reports');
  records.push(awkward(first));
  workbook = new ExcelJS.Workbook();
  const bytes = await recordsToXlsx(records);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
});

/** A column's letters as a spreadsheet names it: 1 is A, 27 is AA. */
function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The cell as a plain value: exceljs gives rich text and hyperlinks as objects. */
function plain(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  return value === undefined ? null : value;
}

/** What the cell must hold for a JSON value, by the column's type. */
function expected(value: unknown, isDate: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const joined = value.map((item) => (Array.isArray(item) ? item.join('\n') : String(item)).replace(/\n/g, ' ')).join('\n');
    return joined === '' ? null : joined;
  }
  if (value === '') return null;
  if (isDate && typeof value === 'string') {
    const [date, time] = value.split('T');
    return new Date(`${date}T${time ?? '00:00'}:00Z`);
  }
  return value;
}

const dateColumns = new Set([
  'report_date',
  'occurrence_start',
  'occurrence_end',
  'timing_scheduled',
  'timing_actual',
]);

describe('records.xlsx', () => {
  it('has a sheet per table, then the codebook, the crosswalk and the column dictionary', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'records',
      ...companionTables().map((table) => table.fileName.replace('.csv', '')),
      'codebook',
      'crosswalk',
      'columns',
    ]);
  });

  it('gives every sheet a bold, frozen header with filters over all its rows', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
    }
    const recordsSheet = workbook.getWorksheet('records');
    expect(recordsSheet?.autoFilter).toBe(`A1:${columnLetters(csvHeader().length)}${records.length + 1}`);
  });

  it('writes the records sheet with the CSV header and one typed row per record', () => {
    const sheet = workbook.getWorksheet('records');
    if (!sheet) throw new Error('no records sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(csvHeader());
    const columns = csvColumns();
    records.forEach((record, index) => {
      const row = sheet.getRow(index + 2);
      columns.forEach((column, at) => {
        const cell = row.getCell(at + 1);
        const value = columnValue(record, column);
        const want = expected(value, dateColumns.has(column.name));
        if (typeof want === 'string' && want.length > maxCellCharacters) {
          expect(String(plain(cell)).length, column.name).toBe(maxCellCharacters);
          expect(String(plain(cell)).startsWith(want.slice(0, 1000)), column.name).toBe(true);
          return;
        }
        if (column.name === 'sections_other' && record.recordId === '00000000000000aa') {
          expect(plain(cell)).toBe('bad  control  lone surrogate');
          return;
        }
        expect(plain(cell), `${record.source.path} ${column.name}`).toEqual(want);
      });
    });
  });

  it('types dates, whole numbers and text, and shows dates in ISO form', () => {
    const sheet = workbook.getWorksheet('records');
    if (!sheet) throw new Error('no records sheet');
    const header = csvHeader();
    const cellOf = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1);
    const dated = records.findIndex((record) => record.reportDate !== null);
    expect(dated).toBeGreaterThanOrEqual(0);
    expect(cellOf(dated + 2, 'report_date').value).toBeInstanceOf(Date);
    expect(cellOf(dated + 2, 'report_date').numFmt).toBe('yyyy-mm-dd');
    const timed = records.findIndex((record) => record.timing.scheduled !== null);
    expect(timed).toBeGreaterThanOrEqual(0);
    expect(cellOf(timed + 2, 'timing_scheduled').numFmt).toBe('yyyy-mm-dd hh:mm');
    const late = records.findIndex((record) => record.timing.delayMinutes !== null);
    expect(typeof cellOf(late + 2, 'timing_delay_minutes').value).toBe('number');
    expect(typeof cellOf(2, 'source_pages').value === 'number' || cellOf(2, 'source_pages').value === null).toBe(true);
  });

  it('keeps formula-like text as text, exactly, without an apostrophe', () => {
    const sheet = workbook.getWorksheet('records');
    if (!sheet) throw new Error('no records sheet');
    const header = csvHeader();
    const row = sheet.getRow(records.length + 1);
    const producer = row.getCell(header.indexOf('producer_name') + 1);
    expect(producer.type).toBe(ExcelJS.ValueType.String);
    expect(producer.value).toBe('=HYPERLINK("http://example.invalid","click")');
    expect(producer.formula).toBeUndefined();
    expect(row.getCell(header.indexOf('reporter_role') + 1).value).toBe('+44 lead @statistician');
    expect(row.getCell(header.indexOf('reporter_name') + 1).value).toBe('Siân Ní Bhriain');
    for (const sheetOfBook of workbook.worksheets) {
      sheetOfBook.eachRow((eachRow) => eachRow.eachCell((cell) => expect(cell.type, sheetOfBook.name).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it('writes each companion sheet as its CSV file, with the practice titles', () => {
    companionFields.forEach((field, index) => {
      const table = companionTables()[index];
      const sheet = table && workbook.getWorksheet(table.fileName.replace('.csv', ''));
      if (!table || !sheet) throw new Error(`no sheet for ${field}`);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(table.header);
      const rows = records.flatMap((record) => companionValues(record, field));
      expect(sheet.rowCount).toBe(rows.length + 1);
      rows.forEach((values, at) => {
        const row = sheet.getRow(at + 2);
        values.forEach((value, column) => {
          const want = expected(value, table.header[column] === 'at');
          expect(plain(row.getCell(column + 1)), `${field} ${table.header[column]}`).toEqual(want);
        });
      });
    });
    const practices = workbook.getWorksheet('practices');
    const header = companionTables().find((table) => table.field === 'practices')?.header ?? [];
    const codes = records.flatMap((record) => record.practices.map((practice) => practice.code));
    expect(codes.length).toBeGreaterThan(0);
    codes.forEach((code, at) => {
      expect(practices?.getRow(at + 2).getCell(header.indexOf('title') + 1).value ?? null).toBe(practiceTitle(code));
    });
    expect(codes.some((code) => practiceTitle(code) !== null)).toBe(true);
  });

  it('carries the codebook: every breach type and status defined, practices titled with a source', () => {
    const sheet = workbook.getWorksheet('codebook');
    if (!sheet) throw new Error('no codebook sheet');
    const rows: string[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push((row.values as unknown[]).slice(1).map((value) => (value === undefined || value === null ? '' : String(value))));
    });
    expect(rows.length).toBe(codebookRows().length);
    for (const type of breachTypes) expect(rows.some(([list, code, title]) => list === 'breach type' && code === type && title)).toBe(true);
    const practices = rows.filter(([list]) => list === 'practice');
    expect(practices.map((row) => row[1])).toEqual(codeEntries.map((entry) => entry.code));
    for (const row of practices) expect(row[6], row[1]).toMatch(/^https:\/\//);
  });
});
