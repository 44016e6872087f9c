// The worker pool: a file that takes longer than the timeout fails alone, its worker is replaced, and the next
// file is read by the fresh worker. The pool's clocks are faked, so that "longer than the timeout" is decided by
// the test rather than by how fast this machine lays out a PDF (a real clock made these tests fail on a fast one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../src/batch/worker-pool.js';
import { defaultLimits } from '../../src/options.js';
import { fixtures, manyPagePdf } from './make-inputs.js';

const text = () => readFileSync(join(fixtures, 'reports', '2009-late-release.txt'));
const textOptions = { ...defaultLimits, fileName: 'late.txt', sourcePath: 'late.txt' };
const pdfOptions = { ...defaultLimits, maxPages: 1000, fileName: 'long.pdf', sourcePath: 'long.pdf' };

/**
 * Runs `test` on a one-worker pool whose worker has loaded and read a file (in real time), so that it takes the
 * next file at once; the pool is closed afterwards.
 */
async function withWarmPool(test: (pool: WorkerPool) => Promise<void>): Promise<void> {
  const pool = new WorkerPool(1, 30_000);
  try {
    const result = await pool.run(text(), textOptions);
    expect('rendered' in result && result.rendered.brief.status).toBe('ok');
    await test(pool);
  } finally {
    await pool.close();
  }
}

describe('WorkerPool', () => {
  // Made before the clocks are faked: pdf-lib yields to a timer while it saves.
  let pages: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    pages = await manyPagePdf(50);
  });
  // The pool moves a file's bytes to the worker, so each run gets its own copy.
  const longPdf = () => new Uint8Array(pages);
  // Only the pool's clocks are faked: the workers and their messages run in real time.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('fails a file that runs past the timeout, replaces the worker and reads the next file', () =>
    withWarmPool(async (pool) => {
      const slow = pool.run(longPdf(), pdfOptions, { timeoutMs: 400 });
      // The clock runs out before the worker can have replied: no reply is read until this test awaits.
      vi.advanceTimersByTime(400);
      expect(await slow).toEqual({ failure: 'timeout', reason: 'timed out after 0.4 s' });
      const next = await pool.run(text(), textOptions);
      expect('rendered' in next && next.rendered.brief.status).toBe('ok');
    }));

  it('sends a file ahead to a busy worker: its clock starts when the file before it is done', () =>
    withWarmPool(async (pool) => {
      const slow = pool.run(longPdf(), pdfOptions);
      const after = pool.run(text(), textOptions, { timeoutMs: 300 });
      // Only the running file's clock runs; had the text file's clock started when it was sent, it would run out here.
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(29_000);
      expect('rendered' in (await slow)).toBe(true);
      expect(vi.getTimerCount()).toBe(1);
      const result = await after;
      expect('rendered' in result && result.rendered.brief.status).toBe('ok');
      expect(vi.getTimerCount()).toBe(0);
    }));

  it('gives the file sent ahead of one that hangs to a fresh worker instead of failing it', () =>
    withWarmPool(async (pool) => {
      const hung = pool.run(longPdf(), pdfOptions, { timeoutMs: 200 });
      const next = pool.run(text(), textOptions);
      vi.advanceTimersByTime(200);
      expect(await hung).toEqual({ failure: 'timeout', reason: 'timed out after 0.2 s' });
      const result = await next;
      expect('rendered' in result && result.rendered.brief.status).toBe('ok');
    }));
});
