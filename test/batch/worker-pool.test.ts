// The worker pool: a file that takes longer than the timeout fails alone, its worker is replaced, and the next
// file is read by the fresh worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/worker-pool.js';
import { defaultLimits } from '../../src/options.js';
import { fixtures, manyPagePdf } from './make-inputs.js';

describe('WorkerPool', () => {
  it('fails a file that runs past the timeout, replaces the worker and reads the next file', async () => {
    const pool = new WorkerPool(1, 30_000);
    try {
      // 500 pages take seconds to lay out, far beyond 0.4 s.
      const slow = await pool.run(await manyPagePdf(500), { ...defaultLimits, maxPages: 1000, fileName: 'long.pdf', sourcePath: 'long.pdf' }, { timeoutMs: 400 });
      expect(slow).toEqual({ failure: 'timeout', reason: 'timed out after 0.4 s' });
      const text = readFileSync(join(fixtures, 'reports', '2009-late-release.txt'));
      const next = await pool.run(text, { ...defaultLimits, fileName: 'late.txt', sourcePath: 'late.txt' });
      expect('rendered' in next && next.rendered.brief.status).toBe('ok');
    } finally {
      await pool.close();
    }
  });

  it('sends a file ahead to a busy worker: its clock starts when the file before it is done, and a hang before it does not fail it', async () => {
    const pool = new WorkerPool(1, 30_000);
    const text = () => readFileSync(join(fixtures, 'reports', '2009-late-release.txt'));
    const textOptions = { ...defaultLimits, fileName: 'late.txt', sourcePath: 'late.txt' };
    try {
      // The pool moves a file's bytes to the worker, so each run gets its own copy.
      const pages = await manyPagePdf(300);
      const long = () => new Uint8Array(pages);
      // 300 pages take far longer than the 0.3 s the text file is allowed, which it gets to itself.
      const started = performance.now();
      const [slow, after] = await Promise.all([pool.run(long(), { ...defaultLimits, maxPages: 1000, fileName: 'long.pdf', sourcePath: 'long.pdf' }), pool.run(text(), textOptions, { timeoutMs: 300 })]);
      expect(performance.now() - started).toBeGreaterThan(300);
      expect('rendered' in slow).toBe(true);
      expect('rendered' in after && after.rendered.brief.status).toBe('ok');
      // The file sent ahead of one that hangs goes to the fresh worker instead of failing with it.
      const [hung, next] = await Promise.all([pool.run(long(), { ...defaultLimits, maxPages: 1000, fileName: 'long.pdf', sourcePath: 'long.pdf' }, { timeoutMs: 200 }), pool.run(text(), textOptions)]);
      expect(hung).toEqual({ failure: 'timeout', reason: 'timed out after 0.2 s' });
      expect('rendered' in next && next.rendered.brief.status).toBe('ok');
    } finally {
      await pool.close();
    }
  });
});
