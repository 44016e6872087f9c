// The companion CSV contract: outputs.csv, practices.csv and corrective_actions.csv have locked headers, one row
// per list item keyed by record_id, and read back with csv-parse into the records' items and their evidence.
import { practiceTitle } from '../../src/codebook/codebook.js';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { extractDocument } from '../../src/pipeline.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { companionTables, recordsToCompanionCsvs } from '../../src/write/companions.js';
import { recordsToCsv } from '../../src/write/csv.js';

const fixturesDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'fixtures');

type Row = Record<string, string>;
type ItemGetter = (record: BreachRecord, index: number) => unknown;

const text = (value: unknown): string => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value));

// Locked headers, written out by hand, with where each column comes from.
const tables: Record<string, { field: 'outputs' | 'practices' | 'correctiveActions' | 'timeline'; columns: [string, ItemGetter][] }> = {
  'outputs.csv': {
    field: 'outputs',
    columns: [
      ['title', (r, i) => r.outputs[i]?.title],
      ['urls', (r, i) => r.outputs[i]?.urls],
    ],
  },
  'practices.csv': {
    field: 'practices',
    columns: [
      ['code', (r, i) => r.practices[i]?.code],
      // Looked up in the codebook, not read from the report.
      ['title', (r, i) => practiceTitle(r.practices[i]?.code ?? '')],
      ['text', (r, i) => r.practices[i]?.text],
    ],
  },
  'corrective_actions.csv': {
    field: 'correctiveActions',
    columns: [
      ['text', (r, i) => r.correctiveActions[i]?.text],
      ['term', (r, i) => r.correctiveActions[i]?.term],
    ],
  },
  'timeline.csv': {
    field: 'timeline',
    columns: [
      ['at', (r, i) => r.timeline[i]?.at],
      ['kind', (r, i) => r.timeline[i]?.kind],
      ['derived', (r, i) => r.timeline[i]?.derived],
    ],
  },
};

function readBack(csv: string): Row[] {
  return parse(csv, { columns: true, bom: true }) as Row[];
}

describe('companion CSV headers', () => {
  it.each(Object.entries(tables))('%s is record_id, source_path, item_index, the item keys, quote, page', (fileName, table) => {
    const found = companionTables().find((candidate) => candidate.fileName === fileName);
    expect(found?.field).toBe(table.field);
    expect(found?.header).toEqual(['record_id', 'source_path', 'item_index', ...table.columns.map(([name]) => name), 'quote', 'page']);
  });

  it('are exactly these four files, with a header row even when there are no records', () => {
    const files = recordsToCompanionCsvs([]);
    expect(Object.keys(files).sort()).toEqual(Object.keys(tables).sort());
    for (const [fileName, csv] of Object.entries(files)) expect(parse(csv)[0]).toEqual(companionTables().find((table) => table.fileName === fileName)?.header);
  });
});

describe('companion CSV round trip', () => {
  const records: BreachRecord[] = [];

  beforeAll(async () => {
    const reports = join(fixturesDir, 'reports');
    for (const name of readdirSync(reports).sort()) records.push(await extractFile(join(reports, name), { sourcePath: name }));
    records.push(await extractFile(join(fixturesDir, 'pdf', 'report-2009.pdf'), { sourcePath: 'report-2009.pdf' }));
    records.push(await extractDocument(new Uint8Array(), { fileName: 'empty.txt', sourcePath: 'empty.txt' }));
  });

  it.each(Object.keys(tables))('%s holds every item of every record, in order, with its evidence', (fileName) => {
    const table = tables[fileName];
    if (!table) throw new Error(fileName);
    const rows = readBack(recordsToCompanionCsvs(records, { bom: true })[fileName] ?? '');
    const expected: Row[] = records.flatMap((record) =>
      (record[table.field] as unknown[]).map((item, index) => {
        const evidence = (item as { evidence?: BreachRecord['evidence'][string] }).evidence ?? record.evidence[`${table.field}[${index}]`];
        return {
          record_id: record.recordId,
          source_path: record.source.path,
          item_index: String(index),
          ...Object.fromEntries(table.columns.map(([name, get]) => [name, text(get(record, index))])),
          quote: text(evidence?.quote),
          page: text(evidence?.page),
        };
      }),
    );
    expect(expected.length).toBeGreaterThan(records.length - 2);
    expect(rows).toEqual(expected);
  });

  it('joins to records.csv on record_id, which is the start of the file hash', () => {
    const ids = new Set(readBack(recordsToCsv(records)).map((row) => row.record_id));
    for (const csv of Object.values(recordsToCompanionCsvs(records))) for (const row of readBack(csv)) expect(ids).toContain(row.record_id);
    for (const record of records) expect(record.source.sha256.startsWith(record.recordId)).toBe(true);
  });

  it('gives PDF items their page', () => {
    const rows = readBack(recordsToCompanionCsvs(records)['practices.csv'] ?? '');
    const pdfRows = rows.filter((row) => row.source_path === 'report-2009.pdf');
    expect(pdfRows.length).toBeGreaterThan(0);
    for (const row of pdfRows) expect(row.page).toMatch(/^\d+$/);
  });
});
