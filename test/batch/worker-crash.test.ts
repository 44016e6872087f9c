// A worker that dies holding a file has that file retried once on a fresh worker, so that a crash left behind by
// the file before (a pdf.js promise rejecting after its file was done) does not fail the file that happened to be
// next, and a re-run gives the same records; a file that crashes its reader again on a fresh worker is charged.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool, type PoolResult } from '../../src/batch/worker-pool.js';
import { defaultLimits } from '../../src/options.js';
import { writeBatch } from '../../src/batch/write-batch.js';
import type { Manifest } from '../../src/batch/manifest.js';
import { fixtures, manyPagePdf, temporaryFolder } from './make-inputs.js';

const faultyWorker = new URL('./faulty-worker.ts', import.meta.url);
const report = () => readFileSync(join(fixtures, 'reports', '2009-late-release.txt'));
const optionsFor = (fileName: string) => ({ ...defaultLimits, maxPages: 1000, fileName, sourcePath: fileName });

function jsonLine(result: PoolResult): string {
  if (!('rendered' in result)) throw new Error(`no record: ${result.reason}`);
  return result.rendered.jsonLine;
}

describe('a worker that crashes', () => {
  let pdf: Uint8Array = new Uint8Array();
  let clean = '';
  const pool = new WorkerPool(1, 30_000, { entry: faultyWorker });
  beforeAll(async () => {
    pdf = await manyPagePdf(5);
    const cleanPool = new WorkerPool(1, 30_000);
    clean = jsonLine(await cleanPool.run(new Uint8Array(pdf), optionsFor('next.pdf')));
    await cleanPool.close();
  });
  afterAll(() => pool.close());

  it('retries the file it held after the file before it left a late rejection, which gives the clean record', async () => {
    const charged: string[] = [];
    const late = pool.run(report(), { ...optionsFor('late-reject.txt') }, { onLateFault: (reason) => charged.push(`late: ${reason}`) });
    const next = pool.run(new Uint8Array(pdf), optionsFor('next.pdf'), { onLateFault: (reason) => charged.push(`next: ${reason}`) });
    expect('rendered' in (await late)).toBe(true);
    expect(jsonLine(await next)).toBe(clean);
    // The crash is charged to the file whose promise rejected, not to the one read when it came.
    expect(charged).toEqual(['late: the reader crashed while reading this file']);
  });

  it('charges a file that crashes its reader again on a fresh worker, and reads the file after it', async () => {
    const crash = pool.run(report(), optionsFor('crash.txt'));
    const after = pool.run(new Uint8Array(pdf), optionsFor('next.pdf'));
    expect(await crash).toEqual({ failure: 'crashed', reason: 'the reader crashed while reading this file', detail: 'a reader callback threw' });
    expect(jsonLine(await after)).toBe(clean);
  });
});

describe('a worker whose resident memory grows past its bound', () => {
  it('fails the file that grows it with "uses more than N MB", on a second try alone, and reads the others', async () => {
    const pool = new WorkerPool(2, 30_000, { entry: faultyWorker, maxMemoryMb: 200 });
    try {
      const hog = pool.run(report(), optionsFor('hog.txt'));
      const others = [pool.run(report(), optionsFor('a.txt')), pool.run(report(), optionsFor('b.txt'))];
      expect(await hog).toEqual({ failure: 'memory', reason: 'the reader uses more than 200 MB' });
      for (const other of await Promise.all(others)) expect('rendered' in other).toBe(true);
      const after = await pool.run(report(), optionsFor('c.txt'));
      expect('rendered' in after).toBe(true);
    } finally {
      await pool.close();
    }
  }, 20_000);
});

describe('a batch whose reader crashes after a file is done', () => {
  const root = temporaryFolder('late-fault');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the file whose promise rejected under problems, and gives the next file its record', async () => {
    const input = join(root, 'in');
    mkdirSync(input);
    copyFileSync(join(fixtures, 'reports', '2009-late-release.txt'), join(input, 'late-reject.txt'));
    // A file that takes longer than the rejection's few milliseconds, so that the rejection comes while it is read.
    copyFileSync(join(fixtures, 'pdf', 'report-2018.pdf'), join(input, 'next.pdf'));
    const pool = new WorkerPool(1, 30_000, { entry: faultyWorker });
    const outDir = join(root, 'out');
    try {
      const result = await writeBatch([input], { outDir, formats: ['jsonl'], jobs: 1, pool, limits: defaultLimits, timeoutMs: 30_000, force: true });
      expect(result.completed).toBe(true);
    } finally {
      await pool.close();
    }
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputs.map((entry) => entry.status)).toEqual(['ok', 'ok']);
    expect(manifest.problems).toEqual([
      {
        path: join(input, 'late-reject.txt'),
        reason: 'its reader crashed after its record was made, under the next file; the record was kept and the next file read again',
      },
    ]);
  });
});
