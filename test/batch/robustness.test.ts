// A batch of good reports mixed with every kind of bad file: each good record comes out exactly as in a clean
// run of the good files alone, each bad file gets its status and a reason a person understands, and the same
// inputs give byte-identical outputs however many workers read them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import { WorkerPool } from '../../src/batch/worker-pool.js';
import { writeBatch, type WriteBatchResult } from '../../src/batch/write-batch.js';
import { defaultLimits } from '../../src/options.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { goodFiles, temporaryFolder, writeBadFiles, writeGoodFiles } from './make-inputs.js';

const limits = { ...defaultLimits, maxUncompressedBytes: 5 * 1048576 };
const formats = ['jsonl', 'csv', 'json'] as const;
const goodNames = goodFiles.map((file) => file.split('/').pop() ?? file);
const outputNames = ['records.jsonl', 'records.csv', 'records.json', 'manifest.json'];

/** The records of a run, each source path made relative to the folder read (they are recorded as found). */
function readRecords(outDir: string, folder: string): BreachRecord[] {
  return readFileSync(join(outDir, 'records.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as BreachRecord)
    .map((record) => ({ ...record, source: { ...record.source, path: relative(folder, record.source.path) } }));
}

describe('a batch of good and bad files', () => {
  const root = temporaryFolder('robust');
  const mixed = join(root, 'mixed');
  const clean = join(root, 'clean');
  let expected: Awaited<ReturnType<typeof writeBadFiles>> = {};
  let mixedRun: WriteBatchResult;

  beforeAll(async () => {
    writeGoodFiles(mixed);
    writeGoodFiles(clean);
    // The same content under an odd second name is a duplicate, read and reported.
    writeFileCopy(join(mixed, '2009-late-release.txt'), join(mixed, 'copie de «late» é.txt'));
    expected = await writeBadFiles(mixed);
    // Starting workers from the TypeScript sources is slow, so the runs share one pool of two.
    const pool = new WorkerPool(2, 30_000);
    const run = (input: string, out: string, jobs: number) => writeBatch([input], { outDir: join(root, out), formats, jobs, pool: jobs > 0 ? pool : undefined, limits, timeoutMs: 30_000, force: false });
    try {
      // jobs 0 reads everything on this thread, so the comparisons also show that a worker gives the same bytes.
      [mixedRun] = await Promise.all([run(mixed, 'out-mixed', 2), run(clean, 'out-clean-1', 0), run(clean, 'out-clean-2', 2)]);
    } finally {
      await pool.close();
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives every good file the same record as a clean run', () => {
    const good = new Map(readRecords(join(root, 'out-clean-1'), clean).map((record) => [record.source.path, record]));
    expect([...good.keys()].sort()).toEqual([...goodNames].sort());
    const fromMixed = readRecords(join(root, 'out-mixed'), mixed);
    for (const name of goodNames) {
      expect(good.get(name)?.status, name).toBe('ok');
      expect(fromMixed.find((record) => record.source.path === name), name).toEqual(good.get(name));
    }
  });

  it('gives every bad file its status and reason, in path order, with nothing dropped', () => {
    const records = readRecords(join(root, 'out-mixed'), mixed);
    const paths = records.map((record) => record.source.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths.sort()).toEqual([...goodNames, 'copie de «late» é.txt', ...Object.keys(expected)].sort());
    for (const [name, { status, reason }] of Object.entries(expected)) {
      const record = records.find((candidate) => candidate.source.path === name);
      expect(record?.status, name).toBe(status);
      if (status === 'failed' || status === 'skipped') expect(record?.error, name).toMatch(reason);
    }
    const failed = Object.values(expected).filter((entry) => entry.status === 'failed').length;
    expect(mixedRun.summary.counts.failed).toBe(failed);
    expect(mixedRun.summary.counts.skipped).toBe(Object.values(expected).filter((entry) => entry.status === 'skipped').length);
  });

  it('lists every input in the manifest, reports the duplicate and the symbolic link loop', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'out-mixed', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputs).toHaveLength(readRecords(join(root, 'out-mixed'), mixed).length);
    expect(manifest.inputs.find((entry) => entry.path === join(mixed, 'copie de «late» é.txt'))?.duplicateOf).toBe(join(mixed, '2009-late-release.txt'));
    expect(manifest.inputs.find((entry) => entry.path === join(mixed, 'encrypted.pdf'))).toMatchObject({ status: 'failed', reason: 'encrypted PDF: a password is needed' });
    expect(manifest.problems.some((problem) => problem.path.endsWith(join('loop', 'back')) && /symbolic link loop/.test(problem.reason))).toBe(true);
    expect(manifest.options).toMatchObject({ maxUncompressedBytes: 5 * 1048576, timeoutSeconds: 30 });
  });

  it('writes byte-identical outputs whether files are read on the main thread or in a worker', () => {
    for (const name of outputNames) {
      expect(readFileSync(join(root, 'out-clean-2', name), 'utf8'), name).toBe(readFileSync(join(root, 'out-clean-1', name), 'utf8'));
    }
  });
});

function writeFileCopy(from: string, to: string): void {
  writeFileSync(to, readFileSync(from));
}
