// A new user opens records.xlsx in LibreOffice: converted back to CSV by LibreOffice headless, every accent, date
// and formula-looking cell reads as written. Skipped, with the reason printed, where soffice (Calc) is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { csvHeader } from '../../src/write/csv.js';
import { recordsToXlsx } from '../../src/write/xlsx.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function calcAvailable(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'soffice is not installed (apt-get install libreoffice-calc-nogui)';
  // Calc is a separate package from Writer: without it an xlsx file does not open.
  const calc = ['/usr/lib/libreoffice/program/libscfiltlo.so', '/usr/lib/libreoffice/program/libsclo.so'];
  return calc.some((path) => spawnSync('test', ['-e', path]).status === 0) ? null : 'LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)';
}

const missing = calcAvailable();
if (missing) console.log(`xlsx LibreOffice round trip skipped: ${missing}`);

const work = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs LibreOffice headless to write every sheet of `xlsx` as UTF-8 CSV, values as shown; returns sheet -> rows. */
function convertToCsv(xlsx: string): Map<string, string[][]> {
  // Filter options: comma, double quote, UTF-8, from line 1, ..., cells as shown, every sheet (-1) to its own file.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
  const profile = `file://${join(work, 'profile')}`;
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', work, xlsx], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(work).filter((file) => file.endsWith('.csv'))) {
    const sheet = name.replace(/^records-/, '').replace(/\.csv$/, '');
    sheets.set(sheet, parse(readFileSync(join(work, name), 'utf8'), { relax_column_count: true }) as string[][]);
  }
  return sheets;
}

describe.skipIf(missing !== null)('records.xlsx opened in LibreOffice', () => {
  it('keeps accents, dates and formula-looking text as written', { timeout: 180_000 }, async () => {
    const record = await extractFile(join(root, 'fixtures', 'reports', '2009-late-release.txt'));
    const hostile: BreachRecord = {
      ...record,
      recordId: '00000000000000bb',
      producer: { ...record.producer, name: '=1+2' },
      reporter: { ...record.reporter, name: 'Siân Ní Bhriain – Señor Ødegård', role: '@SUM(A1:A2)' },
      impact: '-42 minutes of delay',
    };
    const xlsx = join(work, 'records.xlsx');
    writeFileSync(xlsx, await recordsToXlsx([record, hostile]));
    const sheets = convertToCsv(xlsx);
    const rows = sheets.get('records');
    if (!rows) throw new Error(`no records sheet among ${[...sheets.keys()].join(', ')}`);
    const header = csvHeader();
    expect(rows[0]).toEqual(header);
    const cell = (row: number, name: string) => rows[row]?.[header.indexOf(name)];
    // Dates come back as the ISO text they were, times with their minutes.
    expect(cell(1, 'report_date')).toBe(record.reportDate ?? '');
    expect(cell(1, 'occurrence_start')).toBe(record.occurrence.start ?? '');
    expect(cell(1, 'timing_scheduled')).toBe(record.timing.scheduled?.replace('T', ' ') ?? '');
    expect(cell(1, 'timing_delay_minutes')).toBe(record.timing.delayMinutes === null ? '' : String(record.timing.delayMinutes));
    // Never run as formulas: "=1+2" stays "=1+2", not 3.
    expect(cell(2, 'producer_name')).toBe('=1+2');
    expect(cell(2, 'reporter_role')).toBe('@SUM(A1:A2)');
    expect(cell(2, 'impact')).toBe('-42 minutes of delay');
    expect(cell(2, 'reporter_name')).toBe('Siân Ní Bhriain – Señor Ødegård');
    expect(sheets.has('codebook')).toBe(true);
  });
});
