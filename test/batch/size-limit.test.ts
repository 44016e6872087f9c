// A file over --max-size fails alone without being read into memory; its content is still hashed (streamed), so
// the manifest can tell it apart from other files, and the files beside it are read as usual. Inputs that are not
// regular files are read as streams, up to the limit: a pipe is read like a file, a device that never ends fails.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import { writeBatch } from '../../src/batch/write-batch.js';
import { defaultLimits } from '../../src/options.js';
import { fixtures, temporaryFolder } from './make-inputs.js';

describe('the file size limit', () => {
  const root = temporaryFolder('size');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails a file over the limit with the limit in the reason and its sha256 in the manifest, and reads the rest', async () => {
    const input = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(input);
    const report = readFileSync(join(fixtures, 'reports', '2009-late-release.txt'), 'utf8');
    copyFileSync(join(fixtures, 'reports', '2009-late-release.txt'), join(input, 'late.txt'));
    const big = `${report}\n${'padding '.repeat(300_000)}`;
    writeFileSync(join(input, 'big.txt'), big);
    const result = await writeBatch([input], { outDir, formats: ['jsonl'], jobs: 0, limits: { ...defaultLimits, maxFileBytes: 1048576 }, timeoutMs: 30_000, force: true });
    expect(result.summary.counts).toMatchObject({ ok: 1, failed: 1 });
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputs.find((entry) => entry.path === join(input, 'big.txt'))).toEqual({
      path: join(input, 'big.txt'),
      sha256: createHash('sha256').update(big).digest('hex'),
      status: 'failed',
      reason: 'the file is larger than the limit of 1 MB',
      duplicateOf: null,
      breachKey: null,
      dedupedInto: null,
    });
  });

  it.skipIf(!existsSync('/dev/zero'))('fails a device that never ends at the size limit, without a hash', async () => {
    const outDir = join(root, 'out-zero');
    const result = await writeBatch(['/dev/zero'], { outDir, formats: ['jsonl'], jobs: 0, limits: { ...defaultLimits, maxFileBytes: 1048576 }, timeoutMs: 30_000, force: true });
    expect(result.summary.counts).toMatchObject({ failed: 1 });
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputs).toEqual([{ path: '/dev/zero', sha256: null, status: 'failed', reason: 'the file is larger than the limit of 1 MB', duplicateOf: null, breachKey: null, dedupedInto: null }]);
  });

  it.skipIf(process.platform === 'win32')('reads a named pipe given as an input like a file, without blocking this thread while it waits for a writer', async () => {
    const pipe = join(root, 'report.txt');
    execFileSync('mkfifo', [pipe]);
    const report = readFileSync(join(fixtures, 'reports', '2009-late-release.txt'), 'utf8');
    const batch = writeBatch([pipe], { outDir: join(root, 'out-pipe'), formats: ['jsonl'], jobs: 0, limits: defaultLimits, timeoutMs: 30_000, force: true });
    // The writer comes from a timer on this thread: had the batch blocked it opening the pipe, the two would wait
    // for each other for ever.
    const writing = new Promise<void>((resolve, reject) => setTimeout(() => writeFile(pipe, report).then(resolve, reject), 100));
    const [result] = await Promise.all([batch, writing]);
    expect(result.summary.counts).toMatchObject({ ok: 1 });
    const [line] = readFileSync(join(root, 'out-pipe', 'records.jsonl'), 'utf8').split('\n');
    expect(JSON.parse(line ?? '{}').source.sha256).toBe(createHash('sha256').update(report).digest('hex'));
  });
});
