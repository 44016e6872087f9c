// The library's extractBatch: records in path order (onRecord too), failed and skipped files among them, and
// the same records on the calling thread as the CLI's workers give.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBatch, extractFile } from '../../src/api.js';
import { fixtures } from './make-inputs.js';

describe('extractBatch', () => {
  it('returns one record per file in path order, and calls onRecord in the same order', async () => {
    const seen: string[] = [];
    const records = await extractBatch([join(fixtures, 'reports'), join(fixtures, 'bad', 'encrypted.pdf')], {
      jobs: 0,
      onRecord: (record, _input, index) => {
        seen.push(`${index}:${record.source.path}`);
      },
    });
    const paths = records.map((record) => record.source.path);
    expect(paths.at(-1)).toBe(join(fixtures, 'bad', 'encrypted.pdf'));
    expect(paths.slice(0, -1)).toEqual([...paths.slice(0, -1)].sort());
    expect(seen).toEqual(paths.map((path, index) => `${index}:${path}`));
    expect(records.at(-1)).toMatchObject({ status: 'failed', error: 'encrypted PDF: a password is needed' });
    const first = records[0];
    if (!first) throw new Error('no record');
    expect(first).toEqual(await extractFile(join(fixtures, 'reports', '2009-late-release.txt'), { sourcePath: first.source.path }));
  });

  it('refuses a path that does not exist before reading anything', async () => {
    await expect(extractBatch([join(fixtures, 'no-such-folder')], { jobs: 0 })).rejects.toThrow(/no such file or folder/);
  });
});
