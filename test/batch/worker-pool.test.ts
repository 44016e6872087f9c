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
      const slow = await pool.run(await manyPagePdf(500), { ...defaultLimits, maxPages: 1000, fileName: 'long.pdf', sourcePath: 'long.pdf' }, 400);
      expect(slow).toEqual({ failure: 'timeout', reason: 'timed out after 0.4 s' });
      const text = readFileSync(join(fixtures, 'reports', '2009-late-release.txt'));
      const next = await pool.run(text, { ...defaultLimits, fileName: 'late.txt', sourcePath: 'late.txt' });
      expect('record' in next && next.record.status).toBe('ok');
    } finally {
      await pool.close();
    }
  });
});
