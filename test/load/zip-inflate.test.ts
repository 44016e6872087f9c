// The unpacked-size check: what an archive's entries really inflate to, by the quick synchronous call for ordinary
// parts and by the chunked count for parts of several megabytes, each stopped at the budget whatever is declared.
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../scripts/fixtures/zip.js';
import { readZipDirectory } from '../../src/load/zip-directory.js';
import { unpacksWithin } from '../../src/load/zip-inflate.js';

const megabyte = 1 << 20;

function archive(sizes: number[], declared?: number): { bytes: Uint8Array; entries: ReturnType<typeof readZipDirectory> } {
  const bytes = zipFiles(sizes.map((size, index) => ({ name: `word/part${index}.xml`, data: Buffer.alloc(size, 0x41), declaredSize: declared ?? size })));
  return { bytes, entries: readZipDirectory(bytes) };
}

describe('unpacksWithin', () => {
  it.each([
    // [entry sizes, limit, within]: small parts (the quick call), parts over the quick call's few megabytes (the
    // chunked count), and totals just inside and just over the limit.
    [[1000, 2000], 3000, true],
    [[1000, 2000], 2999, false],
    [[0], 0, true],
    [[1], 0, false],
    [[6 * megabyte], 6 * megabyte, true],
    [[6 * megabyte], 6 * megabyte - 1, false],
    [[3 * megabyte, 3 * megabyte], 6 * megabyte, true],
    [[3 * megabyte, 3 * megabyte], 5 * megabyte, false],
    [[5 * megabyte, 10], 5 * megabyte + 9, false],
  ])('entries of %j bytes against a limit of %i bytes: %s', async (sizes, limit, within) => {
    const { bytes, entries } = archive(sizes);
    expect(await unpacksWithin(bytes, entries, limit)).toBe(within);
  });

  it('counts the bytes that come out, not the sizes the directory declares', async () => {
    const { bytes, entries } = archive([8 * megabyte], 10);
    expect(entries[0]?.uncompressedSize).toBe(10);
    expect(await unpacksWithin(bytes, entries, 7 * megabyte)).toBe(false);
    expect(await unpacksWithin(bytes, entries, 8 * megabyte)).toBe(true);
  });

  it('counts what a damaged entry gave before its data broke off, and leaves the rest to the reader', async () => {
    const { bytes, entries } = archive([2 * megabyte]);
    const entry = entries[0];
    if (!entry) throw new Error('no entry');
    // The deflated data cut to half: zlib gives what it can, then fails.
    const cut = { ...entry, compressedSize: Math.floor(entry.compressedSize / 2) };
    expect(await unpacksWithin(bytes, [cut], 2 * megabyte)).toBe(true);
    expect(await unpacksWithin(bytes, [cut], 10)).toBe(false);
  });
});
