// The CSV contract: the header is locked (an explicit list, in order), cells a spreadsheet would run as a
// formula are neutralised, and the file reads back with csv-parse into the same values (list items one a line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { extractDocument } from '../../src/pipeline.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { csvHeader, neutraliseFormula, recordsToCsv } from '../../src/write/csv.js';

const reportsDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'fixtures', 'reports');

type Getter = (record: BreachRecord) => unknown;

// The locked header, in order, with where each column's value comes from (written out by hand, not derived
// from the writer, so that a change in the writer or the schema shows up here).
const quote = (path: string): Getter => (r) => r.evidence[path]?.quote ?? null;
const page = (path: string): Getter => (r) => r.evidence[path]?.page ?? null;
// The grade of a value; a list's is the weakest of its items'; empty values have none.
const grade = (path: string): Getter => (r) => {
  const order = ['high', 'medium', 'low'];
  const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], r);
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  const grades = Array.isArray(value) ? value.map((_item, index) => r.confidence[`${path}[${index}]`] ?? 'low') : [r.confidence[path] ?? 'low'];
  return grades.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'high');
};

const columns: [string, Getter][] = [
  ['record_id', (r) => r.recordId],
  ['breach_key', (r) => r.breachKey],
  ['schema_version', (r) => r.schemaVersion],
  ['status', (r) => r.status],
  ['error', (r) => r.error],
  ['source_path', (r) => r.source.path],
  ['source_sha256', (r) => r.source.sha256],
  ['source_format', (r) => r.source.format],
  ['source_pages', (r) => r.source.pages],
  ['source_url', (r) => r.source.url ?? null],
  ['source_title', (r) => r.source.title ?? null],
  ['source_published', (r) => r.source.published ?? null],
  ['code_edition', (r) => r.codeEdition],
  ['outputs_title', (r) => r.outputs.map((output) => output.title)],
  ['outputs_urls', (r) => r.outputs.flatMap((output) => output.urls)],
  ['producer_name', (r) => r.producer.name],
  ['producer_name_quote', quote('producer.name')],
  ['producer_name_page', page('producer.name')],
  ['producer_name_confidence', grade('producer.name')],
  ['producer_abbreviation', (r) => r.producer.abbreviation],
  ['producer_canonical', (r) => r.producer.canonical],
  ['reporter_name', (r) => r.reporter.name],
  ['reporter_name_quote', quote('reporter.name')],
  ['reporter_name_page', page('reporter.name')],
  ['reporter_name_confidence', grade('reporter.name')],
  ['reporter_role', (r) => r.reporter.role],
  ['reporter_email', (r) => r.reporter.email],
  ['reporter_phone', (r) => r.reporter.phone],
  ['head_of_profession_name', (r) => r.headOfProfession.name],
  ['report_date', (r) => r.reportDate],
  ['report_date_quote', quote('reportDate')],
  ['report_date_page', page('reportDate')],
  ['report_date_confidence', grade('reportDate')],
  ['occurrence_start', (r) => r.occurrence.start],
  ['occurrence_start_quote', quote('occurrence.start')],
  ['occurrence_start_page', page('occurrence.start')],
  ['occurrence_start_confidence', grade('occurrence.start')],
  ['occurrence_end', (r) => r.occurrence.end],
  ['occurrence_text', (r) => r.occurrence.text],
  ['practices_code', (r) => r.practices.map((practice) => practice.code)],
  ['practices_text', (r) => r.practices.map((practice) => practice.text)],
  ['practices_confidence', grade('practices')],
  ['breach_type', (r) => r.breachType],
  ['breach_type_quote', quote('breachType')],
  ['breach_type_page', page('breachType')],
  ['breach_type_confidence', grade('breachType')],
  ['timing_scheduled', (r) => r.timing.scheduled],
  ['timing_scheduled_confidence', grade('timing.scheduled')],
  ['timing_actual', (r) => r.timing.actual],
  ['timing_actual_confidence', grade('timing.actual')],
  ['timing_delay_minutes', (r) => r.timing.delayMinutes],
  ['timing_delay_minutes_quote', quote('timing.delayMinutes')],
  ['timing_delay_minutes_page', page('timing.delayMinutes')],
  ['timing_delay_minutes_confidence', grade('timing.delayMinutes')],
  ['timing_early_minutes', (r) => r.timing.earlyMinutes],
  ['timing_early_minutes_quote', quote('timing.earlyMinutes')],
  ['timing_early_minutes_page', page('timing.earlyMinutes')],
  ['timing_early_minutes_confidence', grade('timing.earlyMinutes')],
  ['timing_exposure_minutes', (r) => r.timing.exposureMinutes],
  ['timing_exposure_minutes_confidence', grade('timing.exposureMinutes')],
  ['previous_breaches', (r) => r.previousBreaches],
  ['impact', (r) => r.impact],
  ['corrective_actions_text', (r) => r.correctiveActions.map((action) => action.text)],
  ['corrective_actions_term', (r) => r.correctiveActions.map((action) => action.term)],
  ['statement_links', (r) => r.statementLinks],
  ['sections_core', (r) => r.sections.core],
  ['sections_circumstances', (r) => r.sections.circumstances],
  ['sections_impact', (r) => r.sections.impact],
  ['sections_corrective_actions', (r) => r.sections.correctiveActions],
  ['sections_links', (r) => r.sections.links],
  ['sections_other', (r) => r.sections.other],
  ['derived', (r) => r.derived],
  ['corrections_field', (r) => r.corrections.map((entry) => entry.field)],
  ['corrections_value', (r) => r.corrections.map((entry) => entry.value)],
  ['corrections_previous', (r) => r.corrections.map((entry) => entry.previous)],
  ['corrections_note', (r) => r.corrections.map((entry) => entry.note)],
  ['checked', (r) => r.checked],
  ['warnings', (r) => r.warnings],
];

/** What a cell should read back as: "" for null, list items one a line (own breaks as spaces), formulas behind an apostrophe. */
function expectedCell(value: unknown): string {
  const item = (entry: unknown): string => (entry === null ? '' : String(entry).replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/g, ' '));
  const text = Array.isArray(value) ? value.map(item).join('\n') : value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function readBack(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
}

describe('CSV header', () => {
  it('is the locked list of snake_case columns, in order', () => {
    expect(csvHeader()).toEqual(columns.map(([name]) => name));
  });

  it('leaves diagnostics and the full evidence map to the JSON outputs', () => {
    expect(csvHeader().some((name) => name.startsWith('evidence') || name.startsWith('diagnostics'))).toBe(false);
  });

  it('puts the quote and page of each key field right after its value', () => {
    const header = csvHeader();
    for (const name of ['producer_name', 'reporter_name', 'report_date', 'occurrence_start', 'breach_type', 'timing_delay_minutes', 'timing_early_minutes']) {
      const at = header.indexOf(name);
      expect(header.slice(at, at + 3), name).toEqual([name, `${name}_quote`, `${name}_page`]);
    }
  });

  it('is the first row of the CSV, even with no records', () => {
    expect(parse(recordsToCsv([]))).toEqual([csvHeader()]);
  });
});

describe('formula neutralisation', () => {
  it.each([
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+44 1632 960418', "'+44 1632 960418"],
    ['-5 minutes', "'-5 minutes"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['Office for National Statistics', 'Office for National Statistics'],
    ['a = b', 'a = b'],
    ['', ''],
  ])('neutraliseFormula(%j) gives %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it('keeps a value that starts with a minus sign, from the report to the CSV cell ("-5 visits")', async () => {
    const text = 'REPORT OF A BREACH\n\n1. Core Information\n\nName of producer organisation\tNorthshire Statistics Office\n\n3. Impact of the breach\n\n-5 visits were recorded while the page was live.\n\n4. Corrective actions\n\nNone.';
    const record = await extractDocument(new TextEncoder().encode(text), { fileName: 'minus.txt', sourcePath: 'minus.txt' });
    expect(record.impact).toBe('-5 visits were recorded while the page was live.');
    const [row] = readBack(recordsToCsv([record]));
    // Neutralised, so a spreadsheet shows it as text rather than running "-5 visits" as a formula; the value is whole.
    expect(row?.impact).toBe("'-5 visits were recorded while the page was live.");
    expect(row?.impact?.slice(1)).toBe(record.impact);
  });

  it('neutralises dangerous cells in the written CSV, and they read back with the apostrophe', async () => {
    const base = await extractDocument(new TextEncoder().encode('Name of producer organisation\tPlaceholder'), { fileName: 'x.txt', sourcePath: 'x.txt' });
    const record: BreachRecord = {
      ...base,
      producer: { name: '=HYPERLINK("http://evil.example","click")', abbreviation: '+1', canonical: null },
      reporter: { ...base.reporter, name: '-2+3', role: '@SUM(1)', email: '\tx@example.org', phone: '\r0113' },
      warnings: ['=1+1', 'plain'],
    };
    const [row] = readBack(recordsToCsv([record]));
    expect(row?.producer_name).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row?.producer_abbreviation).toBe("'+1");
    expect(row?.reporter_name).toBe("'-2+3");
    expect(row?.reporter_role).toBe("'@SUM(1)");
    expect(row?.reporter_email).toBe("'\tx@example.org");
    expect(row?.reporter_phone).toBe("'\r0113");
    expect(row?.warnings).toBe("'=1+1\nplain");
  });
});

describe('CSV round trip', () => {
  const records: BreachRecord[] = [];

  beforeAll(async () => {
    for (const name of readdirSync(reportsDir).sort()) records.push(await extractFile(join(reportsDir, name), { sourcePath: name }));
    // A PDF, so that the page columns hold numbers.
    records.push(await extractFile(join(reportsDir, '..', 'pdf', 'report-2018.pdf'), { sourcePath: 'report-2018.pdf' }));
    records.push(await extractDocument(new Uint8Array(), { fileName: 'empty.txt', sourcePath: 'empty.txt' }));
  });

  it('has page numbers in the evidence columns of a PDF row, and a failed row with its status and reason', () => {
    const rows = readBack(recordsToCsv(records));
    expect(rows.find((row) => row.source_path === 'report-2018.pdf')?.producer_name_page).toBe('1');
    const failed = rows.find((row) => row.source_path === 'empty.txt');
    expect(failed?.status).toBe('failed');
    expect(failed?.error).not.toBe('');
    expect(failed?.warnings).toBe(failed?.error);
  });

  it('starts with a UTF-8 byte-order mark only when asked, and reads back the same either way', () => {
    const plain = recordsToCsv(records);
    const marked = recordsToCsv(records, { bom: true });
    expect(plain.startsWith('\uFEFF')).toBe(false);
    expect(marked).toBe(`\uFEFF${plain}`);
    expect(readBack(marked)).toEqual(readBack(plain));
    expect(Buffer.from(marked, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('reads back one row per record, every cell equal to the record value (list items one a line)', () => {
    const csv = recordsToCsv(records);
    const rows = readBack(csv);
    expect(rows).toHaveLength(records.length);
    records.forEach((record, index) => {
      const row = rows[index] ?? {};
      expect(Object.keys(row)).toEqual(columns.map(([name]) => name));
      for (const [name, get] of columns) expect(row[name], `${record.source.path}: ${name}`).toBe(expectedCell(get(record)));
    });
  });

  it('keeps multi-line cells (sections, impact) intact and ends rows with CRLF', () => {
    const csv = recordsToCsv(records);
    expect(csv.endsWith('\r\n')).toBe(true);
    const withBreaks = records.filter((record) => (record.sections.circumstances ?? '').includes('\n'));
    expect(withBreaks.length).toBeGreaterThan(0);
    const rows = readBack(csv);
    for (const record of withBreaks) {
      const row = rows.find((candidate) => candidate.source_path === record.source.path);
      expect(row?.sections_circumstances).toBe(expectedCell(record.sections.circumstances));
    }
  });

  it('quotes a cell that holds the list separator, so "; " inside a value survives', () => {
    const [record] = records;
    if (!record) throw new Error('no record');
    const changed: BreachRecord = { ...record, impact: 'one; two, "three"' };
    expect(readBack(recordsToCsv([changed]))[0]?.impact).toBe('one; two, "three"');
  });

  it('splits list cells on line breaks only: items holding "; ", commas or their own line breaks come back whole', () => {
    const [record] = records;
    if (!record) throw new Error('no record');
    const items = ['Checked; then re-released', 'Alerts, "urgent"', 'Two\nlines', '=SUM(A1)', ''];
    const changed: BreachRecord = { ...record, warnings: items, previousBreaches: ['One; two'] };
    const row = readBack(recordsToCsv([changed]))[0] ?? {};
    expect(row.warnings?.split('\n')).toEqual(['Checked; then re-released', 'Alerts, "urgent"', 'Two lines', '=SUM(A1)', '']);
    expect(row.previous_breaches?.split('\n')).toEqual(['One; two']);
  });

  it('splits the same way in pandas (the README one-liner), when python3 and pandas are at hand', () => {
    const [record] = records;
    if (!record) throw new Error('no record');
    const probe = spawnSync('python3', ['-c', 'import pandas'], { encoding: 'utf8' });
    if (probe.status !== 0) {
      console.log('pandas one-liner not run: python3 with pandas is not installed');
      return;
    }
    const items = ['Checked; then re-released', 'Siân\u2019s note, "quoted"'];
    const dir = mkdtempSync(join(tmpdir(), 'list-cells-'));
    const file = join(dir, 'records.csv');
    writeFileSync(file, recordsToCsv([{ ...record, warnings: items }], { bom: true }));
    const script = [
      'import json, sys, pandas as pd',
      'df = pd.read_csv(sys.argv[1], encoding="utf-8-sig", keep_default_na=False)',
      'print(json.dumps(df["warnings"].str.split("\\n").tolist()[0]))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(items);
  });
});
