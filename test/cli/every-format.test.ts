// Issue 15's folder: one invented report as text, PDF, DOCX, Word 97-2003, OpenDocument, a saved web page and a
// scanned PDF, read in one run of the CLI (built as npm builds it, --jobs 2, --ocr). Each gives the text's record,
// bar where the values came from; the scan, read by OCR, gives at least 95% of its fields.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreRecord, type Gold } from '../../src/evaluate/score.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { fixtures, temporaryFolder } from '../batch/make-inputs.js';
import { comparableRecord } from '../load/fixture-helpers.js';
import { removeBuiltCli, runBuilt } from './run.js';

const root = temporaryFolder('every-format');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeBuiltCli();
});

const copies: Record<string, string> = {
  'report.txt': 'pdf/report-2018.txt',
  'report.pdf': 'pdf/report-2018.pdf',
  'report.docx': 'docx/report-2018.docx',
  'report.doc': 'doc/report-2018.doc',
  'report.odt': 'odt/report-2018.odt',
  'report.html': 'web/report-2018.html',
  'report-scan.pdf': 'ocr/report-2018-scan.pdf',
};

describe('one report in every format a folder holds', () => {
  it('gives the same record from each, and the scan read by OCR at least 95% of it', async () => {
    const folder = join(root, 'in');
    mkdirSync(folder, { recursive: true });
    for (const [name, fixture] of Object.entries(copies)) copyFileSync(join(fixtures, fixture), join(folder, name));
    const out = join(root, 'out');
    const run = await runBuilt([folder, '--out', out, '--format', 'jsonl', '--jobs', '2', '--ocr', '--quiet']);
    expect(run.code, run.err).toBe(0);
    const records = new Map(readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n').map((line) => {
      const record = JSON.parse(line) as BreachRecord;
      return [record.source.path.slice(folder.length + 1), record];
    }));
    expect([...records.keys()].sort()).toEqual(Object.keys(copies).sort());
    const text = records.get('report.txt')!;
    expect(text.status).toBe('ok');
    const formats = Object.fromEntries([...records].map(([name, record]) => [name, record.source.format]));
    expect(formats).toEqual({ 'report.txt': 'txt', 'report.pdf': 'pdf', 'report.docx': 'docx', 'report.doc': 'doc', 'report.odt': 'odt', 'report.html': 'html', 'report-scan.pdf': 'pdf' });
    for (const name of ['report.pdf', 'report.docx', 'report.doc', 'report.odt', 'report.html']) {
      expect(comparableRecord(records.get(name)!), name).toEqual(comparableRecord(text));
    }
    const scan = records.get('report-scan.pdf')!;
    const scores = scoreRecord(scan, JSON.parse(JSON.stringify(text)) as Gold);
    const missed = scores.filter((field) => field.score < 1).map((field) => field.field);
    expect(scores.reduce((sum, field) => sum + field.score, 0) / scores.length, missed.join(', ')).toBeGreaterThanOrEqual(0.95);
  }, 240_000);
});
