// A file over --max-size fails alone without being read into memory; its content is still hashed (streamed), so
// the manifest can tell it apart from other files, and the files beside it are read as usual.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(manifest.inputs.find((entry) => entry.path === 'big.txt')).toEqual({
      path: 'big.txt',
      sha256: createHash('sha256').update(big).digest('hex'),
      status: 'failed',
      reason: 'the file is larger than the limit of 1 MB',
      duplicateOf: null,
    });
  });
});
