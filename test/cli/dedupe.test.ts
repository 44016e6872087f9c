// One breach, one key: copies of a report in other formats are grouped in the manifest and the summary, and
// --dedupe keeps one record per breach (the one with most fields found), listing the others with the file kept.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { fixtures, runInProcess } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-dedupe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const folder = join(root, 'in');
mkdirSync(folder);
// The 2018 report in four formats (the excerpt in .txt has fewer fields than the others), the 2009 report once.
for (const [name, fixture] of [['a-2018.docx', 'docx/report-2018.docx'], ['b-2018.pdf', 'pdf/report-2018.pdf'], ['c-2018.doc', 'doc/report-2018.doc'], ['d-2018.html', 'web/report-2018.html'], ['e-2009.pdf', 'pdf/report-2009.pdf']]) {
  copyFileSync(join(fixtures, fixture ?? ''), join(folder, name ?? ''));
}
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
const recordsOf = (out: string) => readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as BreachRecord);
const name = (path: string) => path.slice(folder.length + 1);

describe('copies of one report', () => {
  it('share a breach key, listed together in the manifest and counted in the summary', async () => {
    const out = join(root, 'grouped');
    const run = await runInProcess([folder, '--out', out, '--format', 'jsonl', '--jobs', '1']);
    expect(run.code, run.err).toBe(0);
    const records = recordsOf(out);
    expect(records).toHaveLength(5);
    expect(new Set(records.filter((record) => name(record.source.path).endsWith('2018.' + record.source.format)).map((record) => record.breachKey)).size).toBe(1);
    const { breachGroups, inputs } = manifestOf(out);
    expect(breachGroups).toEqual([{ breachKey: records[0]?.breachKey, paths: ['a-2018.docx', 'b-2018.pdf', 'c-2018.doc', 'd-2018.html'].map((file) => join(folder, file)), kept: null }]);
    expect(inputs.every((entry) => entry.dedupedInto === null && entry.breachKey !== null)).toBe(true);
    expect(run.err).toContain('1 breach is reported in more than one file (see breachGroups in manifest.json) (--dedupe keeps one record for each)');
  });

  it('with --dedupe, give one record per breach, the others named in the manifest with the file kept', async () => {
    const out = join(root, 'deduped');
    const run = await runInProcess([folder, '--out', out, '--format', 'jsonl,csv', '--jobs', '1', '--dedupe', '--json']);
    expect(run.code, run.err).toBe(0);
    const records = recordsOf(out);
    expect(records.map((record) => name(record.source.path))).toEqual(['a-2018.docx', 'e-2009.pdf']);
    expect(parse(readFileSync(join(out, 'records.csv'), 'utf8'), { bom: true, columns: true })).toHaveLength(2);
    const manifest = manifestOf(out);
    const kept = join(folder, 'a-2018.docx');
    expect(manifest.inputs.map((entry) => [name(entry.path), entry.dedupedInto])).toEqual([
      ['a-2018.docx', null],
      ['b-2018.pdf', kept],
      ['c-2018.doc', kept],
      ['d-2018.html', kept],
      ['e-2009.pdf', null],
    ]);
    expect(manifest.breachGroups[0]?.kept).toBe(kept);
    expect(JSON.parse(run.out)).toMatchObject({ breachGroups: 1, dedupedOut: 3, counts: { ok: 5 } });
  });

  it('with --dedupe, keep the copy with most fields found, whatever its place in path order', async () => {
    const sparse = join(root, 'sparse');
    mkdirSync(sparse);
    // The first file in path order is the report cut down to its core table: fewer fields than the PDF after it.
    const text = readFileSync(join(fixtures, 'pdf', 'report-2018.txt'), 'utf8');
    writeFileSync(join(sparse, 'a-core-only.txt'), text.slice(0, text.indexOf('2. Circumstances')).concat('Date of occurrence of breach\t8 July 2021\n'));
    copyFileSync(join(fixtures, 'pdf', 'report-2018.pdf'), join(sparse, 'b-full.pdf'));
    const out = join(root, 'sparse-out');
    const run = await runInProcess([sparse, '--out', out, '--format', 'jsonl', '--jobs', '1', '--dedupe']);
    expect(run.code, run.err).toBe(0);
    expect(recordsOf(out).map((record) => record.source.path.slice(sparse.length + 1))).toEqual(['b-full.pdf']);
  });

  it('--dedupe asks for an output folder', async () => {
    const run = await runInProcess([folder, '--out', '-', '--dedupe']);
    expect(run.code).toBe(64);
    expect(run.err).toContain('--dedupe needs an output folder');
  });
});
