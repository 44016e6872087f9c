// --format xlsx through the CLI: records.xlsx holds the batch's records, one row each, beside the other outputs,
// and a later run without it removes the stale workbook with the rest of what it no longer writes.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BreachRecord } from '../../src/record/schema.js';
import { fixtures, runInProcess } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-xlsx-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('--format xlsx', () => {
  const out = join(root, 'out');

  it('writes records.xlsx with a row per record, in the order of records.jsonl', async () => {
    const run = await runInProcess([join(fixtures, 'reports'), join(fixtures, 'pdf'), '--out', out, '--format', 'jsonl,xlsx', '--jobs', '2', '--quiet']);
    expect(run.code, run.err).toBeLessThanOrEqual(1);
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as BreachRecord);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'records.xlsx'));
    const sheet = workbook.getWorksheet('records');
    expect(sheet?.rowCount).toBe(records.length + 1);
    const ids = records.map((_record, index) => sheet?.getRow(index + 2).getCell(1).value);
    expect(ids).toEqual(records.map((record) => record.recordId));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { options: { formats: string[] } };
    expect(manifest.options.formats).toEqual(['jsonl', 'xlsx']);
  });

  it('is removed by a later run into the folder that does not write it', async () => {
    const run = await runInProcess([join(fixtures, 'reports'), '--out', out, '--format', 'jsonl', '--jobs', '1']);
    expect(run.code, run.err).toBeLessThanOrEqual(1);
    expect(existsSync(join(out, 'records.xlsx'))).toBe(false);
    expect(run.err).toContain('removed');
  });

  it('is refused with --out -', async () => {
    const run = await runInProcess([join(fixtures, 'reports'), '--out', '-', '--format', 'xlsx']);
    expect(run.code).toBe(64);
    expect(run.err).toContain('--out - writes JSON Lines only');
  });
});
