// Fuzzing the batch with mutated fixture bytes (flipped bytes, cuts, repeated and inserted slices), bounded in
// count and time: nothing crashes or hangs, and every input comes out with a status (and a reason when it
// failed or was skipped).
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/worker-pool.js';
import { writeBatch } from '../../src/batch/write-batch.js';
import { defaultLimits } from '../../src/options.js';
import { recordStatuses, type BreachRecord } from '../../src/record/schema.js';
import { fixtures, noise, temporaryFolder } from './make-inputs.js';

const sources = ['pdf/report-2018.pdf', 'docx/report-2009.docx', 'reports/2018-tab-table-early-release.txt', 'reports/2018-web-page-pre-release-access.html'];
const mutantsPerSource = 6;

/** A deterministic pseudo-random source, so a failure can be replayed from its seed. */
function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state ^ (state >>> 15), 2246822519) + 3266489917) >>> 0;
    return state % below;
  };
}

function mutate(bytes: Uint8Array, seed: number): Uint8Array {
  const next = random(seed);
  const copy = new Uint8Array(bytes);
  switch (seed % 4) {
    case 0: // flip a few bytes anywhere
      for (let count = 1 + next(20); count > 0; count -= 1) copy[next(copy.length)] = next(256);
      return copy;
    case 1: // cut the file short
      return copy.subarray(0, next(copy.length));
    case 2: {
      // repeat a slice
      const start = next(copy.length);
      const slice = copy.subarray(start, start + next(2000));
      const at = next(copy.length);
      return new Uint8Array([...copy.subarray(0, at), ...slice, ...copy.subarray(at)]);
    }
    default: {
      // insert noise
      const at = next(copy.length);
      return new Uint8Array([...copy.subarray(0, at), ...noise(1 + next(500), seed), ...copy.subarray(at)]);
    }
  }
}

describe('fuzzed inputs', () => {
  const root = temporaryFolder('fuzz');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives every mutated file a status and never crashes or hangs', async () => {
    const input = join(root, 'in');
    mkdirSync(input);
    const names: string[] = [];
    sources.forEach((source, sourceIndex) => {
      const bytes = readFileSync(join(fixtures, source));
      for (let index = 0; index < mutantsPerSource; index += 1) {
        const seed = sourceIndex * 1000 + index;
        const name = `mutant-${String(seed).padStart(4, '0')}-${source.split('/').pop() ?? ''}`;
        writeFileSync(join(input, name), mutate(bytes, seed));
        names.push(name);
      }
    });
    const pool = new WorkerPool(2, 10_000);
    try {
      const result = await writeBatch([input], { outDir: join(root, 'out'), formats: ['jsonl'], jobs: 2, pool, limits: defaultLimits, timeoutMs: 10_000, force: true });
      expect(result.completed).toBe(true);
      const records = readFileSync(join(root, 'out', 'records.jsonl'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as BreachRecord);
      // Recorded by their path from the working directory: the folder given, then the name.
      expect(records.map((record) => record.source.path)).toEqual(names.sort().map((name) => join(input, name)));
      for (const record of records) {
        expect(recordStatuses, record.source.path).toContain(record.status);
        if (record.status === 'failed' || record.status === 'skipped') expect(record.error, record.source.path).toMatch(/\w/);
        // An internal error is a bug in the pipeline, not a bad file.
        expect(record.error ?? '', record.source.path).not.toMatch(/internal error/);
      }
    } finally {
      await pool.close();
    }
  });
});
