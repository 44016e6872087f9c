// Hostile files of the fuzz and fault campaign (issue 12): each fails alone, with a reason a person can act on, and
// the run ends by itself; the good files beside them get their usual records. Big inputs are made here, in a
// temporary folder, and are cheap to refuse once the bound holds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import { writeBatch } from '../../src/batch/write-batch.js';
import { ExtractError } from '../../src/diagnostics/diagnostic.js';
import { loadDocument } from '../../src/load/index.js';
import { recordSchema } from '../../src/record/schema.js';
import { defaultLimits } from '../../src/options.js';
import { fixtures, temporaryFolder, zipBomb } from './make-inputs.js';

const root = temporaryFolder('hostile');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const goodReport = join(fixtures, 'reports', '2009-late-release.txt');

function manifestOf(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
}

describe('a text report followed by a flood of form feeds', () => {
  it('is refused by the text loader once its pages pass --max-pages, without splitting the text', async () => {
    const bytes = Buffer.concat([readFileSync(goodReport), Buffer.alloc(1000, '\f')]);
    const error = await loadDocument(bytes, 'flood.txt', defaultLimits).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe('too-many-pages');
    expect((error as ExtractError).message).toBe('the text has 1001 pages (form feeds), more than the limit of 200');
  });

  it('keeps a text export whose page breaks stay within the limit', async () => {
    const report = readFileSync(goodReport, 'utf8');
    const document = await loadDocument(Buffer.from(`${report}\f${report}\f`), 'two.txt', defaultLimits);
    expect(document.pages).toHaveLength(3);
  });

  it('fails alone in a batch (30 MB of form feeds), the report beside it is read', async () => {
    const input = join(root, 'form-feeds');
    mkdirSync(input);
    copyFileSync(goodReport, join(input, 'good.txt'));
    writeFileSync(join(input, 'flood.txt'), Buffer.concat([readFileSync(goodReport), Buffer.alloc(30_000_000, '\f')]));
    const outDir = join(root, 'out-form-feeds');
    const result = await writeBatch([input], { outDir, formats: ['jsonl'], jobs: 1, limits: defaultLimits, timeoutMs: 30_000, force: true });
    expect(result.completed).toBe(true);
    const byName = new Map(manifestOf(outDir).inputs.map((entry) => [entry.path.split('/').pop(), entry]));
    expect(byName.get('good.txt')).toMatchObject({ status: 'ok' });
    expect(byName.get('flood.txt')).toMatchObject({ status: 'failed', reason: 'the text has 30000001 pages (form feeds), more than the limit of 200' });
  });
});

describe.skipIf(process.platform === 'win32')('named pipes and devices', () => {
  it('fails a named pipe no one writes to at the timeout, and reads the report beside it', async () => {
    const pipe = join(root, 'no-writer.txt');
    execFileSync('mkfifo', [pipe]);
    const outDir = join(root, 'out-no-writer');
    const result = await writeBatch([pipe, goodReport], { outDir, formats: ['jsonl'], jobs: 1, limits: defaultLimits, timeoutMs: 500, force: true });
    expect(result.completed).toBe(true);
    expect(manifestOf(outDir).inputs.map(({ path, status, reason }) => ({ path, status, reason }))).toEqual([
      { path: pipe, status: 'failed', reason: 'nothing came through the named pipe within the timeout of 0.5 s' },
      { path: goodReport, status: 'ok', reason: null },
    ]);
  }, 10_000);

  it('stops at once when the run is stopped while a named pipe waits for a writer', async () => {
    const pipe = join(root, 'stopped.txt');
    execFileSync('mkfifo', [pipe]);
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    const result = await writeBatch([pipe], { outDir: join(root, 'out-stopped'), formats: ['jsonl'], jobs: 0, limits: defaultLimits, timeoutMs: 60_000, force: true, signal: stop.signal });
    expect(result.completed).toBe(false);
  }, 10_000);

  it('lists the named pipes and links to devices found in a folder under problems, never silently', async () => {
    const input = join(root, 'specials');
    mkdirSync(input);
    copyFileSync(goodReport, join(input, 'good.txt'));
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    symlinkSync('/dev/null', join(input, 'null.txt'));
    const outDir = join(root, 'out-specials');
    const result = await writeBatch([input], { outDir, formats: ['jsonl'], jobs: 1, limits: defaultLimits, timeoutMs: 5_000, force: true });
    expect(result.summary.counts).toMatchObject({ ok: 1 });
    expect(result.problems).toEqual([
      { path: join(input, 'null.txt'), reason: 'a device, not a file; not read (name it as an input to read it)' },
      { path: join(input, 'pipe.txt'), reason: 'a named pipe, not a file; not read (name it as an input to read it)' },
    ]);
    expect(manifestOf(outDir).problems).toEqual(result.problems);
  });
});

describe('a DOCX whose zip directory under-declares its sizes', () => {
  it('is refused by the bytes really inflated, stopping at the limit', async () => {
    // 64 MB of zeros declared as 1 KB: the declared sizes pass a 5 MB limit, what comes out does not.
    const limits = { ...defaultLimits, maxUncompressedBytes: 5 * 1048576 };
    const error = await loadDocument(zipBomb(64 * 1048576, 1024), 'bomb.docx', limits).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe('file-too-large');
    expect((error as ExtractError).message).toBe('DOCX expands to more than the limit of 5 MB when unpacked (its zip directory declares 0 MB)');
  });
});

describe('a report with a very long section', () => {
  it.each([0, 1])('keeps the first 50,000 characters of the section, with a warning giving its length (jobs %i)', async (jobs) => {
    const report = readFileSync(goodReport, 'utf8');
    const padding = 'The release page showed a holding notice while the team checked the tables again. '.repeat(3000);
    const input = join(root, `long-section-${jobs}.txt`);
    writeFileSync(input, report.replace('Nobody reported', `${padding}Nobody reported`));
    const outDir = join(root, `out-long-section-${jobs}`);
    await writeBatch([input], { outDir, formats: ['jsonl'], jobs, limits: defaultLimits, timeoutMs: 30_000, force: true });
    const record = recordSchema.parse(JSON.parse(readFileSync(join(outDir, 'records.jsonl'), 'utf8')));
    const impact = record.sections.impact ?? '';
    expect(impact).toHaveLength(50_000);
    expect(record.evidence['sections.impact']?.quote).toBe(impact);
    const evidence = record.evidence['sections.impact'];
    expect(evidence && evidence.end - evidence.start).toBe(50_000);
    expect(record.warnings.some((warning) => /^The impact section is \d{6} characters long; the record keeps its first 50000\.$/.test(warning))).toBe(true);
    expect(record.diagnostics.some((item) => item.code === 'section-text-capped' && item.field === 'sections.impact')).toBe(true);
    // The impact field's own value is as long as the section: it is kept to the same beginning, with its warning.
    expect(record.impact).toBe(impact);
    expect(record.evidence.impact?.quote).toBe(impact);
    expect(record.warnings).toContainEqual(expect.stringMatching(/^The value of impact is \d{6} characters long; the record keeps its first 50000\.$/));
    expect(record.diagnostics).toContainEqual(expect.objectContaining({ code: 'value-capped', field: 'impact' }));
  });
});
