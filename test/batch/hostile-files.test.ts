// Hostile files of the fuzz and fault campaign (issue 12): each fails alone, with a reason a person can act on, and
// the run ends by itself; the good files beside them get their usual records. Big inputs are made here, in a
// temporary folder, and are cheap to refuse once the bound holds.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import { writeBatch } from '../../src/batch/write-batch.js';
import { ExtractError } from '../../src/diagnostics/diagnostic.js';
import { loadDocument } from '../../src/load/index.js';
import { defaultLimits } from '../../src/options.js';
import { fixtures, temporaryFolder } from './make-inputs.js';

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
