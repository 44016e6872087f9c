// The batch summary: counts, delays and fill rates from records, its text form, and `breach-extract summary`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { failedRecord } from '../../src/record/assemble.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { breachesPerYearSvg } from '../../src/review/year-chart.js';
import { formatMinutes, formatSummary } from '../../src/summary/format.js';
import { median, summariseRecords } from '../../src/summary/summarise.js';
import { recordToJsonLine } from '../../src/write/json.js';

let serial = 0;

/** A read record with just the fields a summary looks at. */
function record(fields: { year?: string | null; reportYear?: string; producer?: string | null; canonical?: string; type?: BreachRecord['breachType']; delay?: number | null }): BreachRecord {
  serial += 1;
  const base = failedRecord({ path: `r${serial}.txt`, sha256: serial.toString(16).padStart(64, '0'), format: 'txt', pages: null }, 'x');
  return {
    ...base,
    status: 'ok',
    error: null,
    warnings: [],
    diagnostics: [],
    producer: { name: fields.producer === undefined ? 'Office A' : fields.producer, abbreviation: null, canonical: fields.canonical ?? null },
    occurrence: { start: fields.year ? `${fields.year}-05-01` : null, end: null, text: null },
    reportDate: fields.reportYear ? `${fields.reportYear}-06-01` : null,
    breachType: fields.type === undefined ? 'late_release' : fields.type,
    timing: { ...base.timing, delayMinutes: fields.delay ?? null },
  };
}

describe('summariseRecords', () => {
  const failed = failedRecord({ path: 'bad.pdf', sha256: 'f'.repeat(64), format: null, pages: null }, 'the PDF is encrypted');
  const records = [
    record({ year: '2021', delay: 30 }),
    record({ year: '2021', type: 'early_release', producer: 'Office B' }),
    record({ year: '2019', delay: 10 }),
    record({ year: null, reportYear: '2020', delay: 95, producer: null }),
    record({ year: null, type: null }),
    failed,
  ];
  const summary = summariseRecords(records);

  it('counts reports by status, and leaves failed ones out of the other counts', () => {
    expect(summary.reports).toBe(6);
    expect(summary.byStatus).toEqual({ ok: 5, partial: 0, failed: 1, skipped: 0 });
    expect(summary.byYear.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
  });

  it('counts by year of the breach, else of the report, unknown last', () => {
    expect(summary.byYear).toEqual([
      { key: '2019', count: 1 },
      { key: '2020', count: 1 },
      { key: '2021', count: 2 },
      { key: 'unknown', count: 1 },
    ]);
  });

  it('counts spellings of one known producer once, under its name in the producer table', () => {
    const spelt = [
      record({ producer: 'Department for Education', canonical: 'dfe' }),
      record({ producer: 'DfE', canonical: 'dfe' }),
      record({ producer: 'Dept for Education', canonical: 'dfe' }),
      record({ producer: 'Office Z' }),
    ];
    expect(summariseRecords(spelt).byProducer).toEqual([
      { key: 'Department for Education', count: 3 },
      { key: 'Office Z', count: 1 },
    ]);
  });

  it('counts by producer and breach type, most first, unknown last', () => {
    expect(summary.byProducer).toEqual([
      { key: 'Office A', count: 3 },
      { key: 'Office B', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
    expect(summary.byBreachType).toEqual([
      { key: 'late_release', count: 3 },
      { key: 'early_release', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
  });

  it('splits each year by breach type for the chart', () => {
    const year2021 = summary.byYearAndType.find((entry) => entry.year === '2021');
    expect(year2021?.counts.late_release).toBe(1);
    expect(year2021?.counts.early_release).toBe(1);
    expect(summary.byYearAndType.find((entry) => entry.year === 'unknown')?.counts.unknown).toBe(1);
  });

  it('gives the median and the largest delay with the report it came from', () => {
    expect(summary.delay.reports).toBe(3);
    expect(summary.delay.medianMinutes).toBe(30);
    expect(summary.delay.largest).toEqual({ minutes: 95, recordId: records[3]?.recordId, sourcePath: records[3]?.source.path });
  });

  it('gives the fill rate of each field over the reports that were read', () => {
    expect(summary.fillRates.find((rate) => rate.field === 'producer.name')).toEqual({ field: 'producer.name', filled: 4, of: 5 });
    expect(summary.fillRates.find((rate) => rate.field === 'outputs')).toEqual({ field: 'outputs', filled: 0, of: 5 });
    expect(summary.fillRates.map((rate) => rate.field)).not.toContain('recordId');
  });

  it('is empty but whole for no records', () => {
    const empty = summariseRecords([]);
    expect(empty.byYear).toEqual([]);
    expect(empty.delay).toEqual({ reports: 0, medianMinutes: null, largest: null });
    expect(formatSummary(empty)).toContain('0 reports');
  });
});

describe('helpers', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])('median(%j) is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    [42, '42 min'],
    [95, '1 h 35 min'],
    [120, '2 h'],
    [2880, '2 d'],
    [1500, '1 d 1 h'],
  ])('formatMinutes(%j) is %j', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('draws one labelled bar per year and a legend entry per type present, escaping labels', () => {
    const svg = breachesPerYearSvg(summariseRecords([record({ year: '2021' }), record({ year: '2022', type: 'early_release' })]).byYearAndType);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>2021</text>');
    expect(svg).toContain('>early_release</text>');
    expect(svg).not.toContain('>other</text>');
    expect(breachesPerYearSvg([{ year: '<b>', counts: { ...summariseRecords([]).byYearAndType[0]?.counts, late_release: 1 } as never }])).toContain('&lt;b&gt;');
  });
});

describe('breach-extract summary', () => {
  const folder = mkdtempSync(join(tmpdir(), 'breach-extract-summary-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const run = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(['summary', ...args], { out: (text) => (out += text), err: (text) => (err += text) });
    return { code, out, err };
  };

  it('prints the counts, the delays and the fill rates of a JSONL file', async () => {
    const path = join(folder, 'records.jsonl');
    writeFileSync(path, [record({ year: '2021', delay: 42 }), record({ year: '2022', type: 'early_release' })].map(recordToJsonLine).join(''));
    const result = await run([path]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('2 reports: 2 ok, 0 partial, 0 failed');
    expect(result.out).toMatch(/By year[^\n]*\n {2}2021 {2}1\n {2}2022 {2}1/);
    expect(result.out).toMatch(/median delay +42 minutes/);
    expect(result.out).toMatch(/producer\.name +100% +\(2\/2\)/);
    const json = await run([path, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ reports: 2, delay: { medianMinutes: 42 } });
  });

  it('is what the main command runs for `summary`', async () => {
    const path = join(folder, 'one.jsonl');
    writeFileSync(path, recordToJsonLine(record({ year: '2020' })));
    let out = '';
    expect(await runCli(['summary', path], { out: (text) => (out += text), err: () => undefined })).toBe(0);
    expect(out).toContain('1 report: 1 ok');
  });

  it('reads records written before recordId existed, taking the id from the file hash', async () => {
    const path = join(folder, 'old.jsonl');
    const { recordId: _recordId, ...old } = record({ year: '2018' });
    writeFileSync(path, `${JSON.stringify(old)}\n`);
    const result = await run([path, '--json']);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ reports: 1, byYear: [{ key: '2018', count: 1 }] });
  });

  it('exits 65 (bad input data) naming the line that is not a record', async () => {
    const path = join(folder, 'bad.jsonl');
    writeFileSync(path, `${recordToJsonLine(record({}))}{"status":"ok"}\n`);
    const result = await run([path]);
    expect(result.code).toBe(65);
    expect(result.err).toContain(`${path}:2: not a breach record`);
  });

  it('exits 66 for a missing file and 64 for no file', async () => {
    expect((await run([join(folder, 'none.jsonl')])).code).toBe(66);
    const none = await run([]);
    expect(none.code).toBe(64);
    expect(none.err).toContain('summary takes one JSONL file');
  });
});
