// AtomicAppender encodes each appended text straight into a block of bytes; whatever the texts (two- and
// four-byte characters across a block's end, texts longer than a block, empty ones), the file holds them joined.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicAppender } from '../../src/write/atomic.js';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function appended(texts: string[], waitEach: boolean): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'atomic-appender-'));
  folders.push(folder);
  const target = join(folder, 'out.txt');
  const appender = await AtomicAppender.open(target);
  for (const text of texts) {
    const written = appender.append(text);
    if (waitEach) await written;
  }
  await appender.commit();
  return readFile(target, 'utf8');
}

const block = 64 * 1024;
// Texts of every length around a block, in one-, two-, three- and four-byte characters.
const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀'), maxLength: 40 }),
  fc.integer({ min: block - 3, max: block + 3 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 1, max: 3 * block }).map((length) => '€'.repeat(Math.ceil(length / 3))),
);

describe('AtomicAppender', () => {
  it.each([
    ['a four-byte character across the end of a block', ['a'.repeat(block - 2), '😀', 'b']],
    ['a text longer than a block after a short one', ['start\n', 'é'.repeat(block), '\nend']],
    ['texts that fill a block exactly', ['x'.repeat(block / 2), 'y'.repeat(block / 2), 'z']],
    ['empty texts', ['', 'one', '', 'two', '']],
  ])('writes %s in order', async (_name, texts) => {
    expect(await appended(texts, false)).toBe(texts.join(''));
  });

  it('holds every sequence of texts joined, whether or not each append is waited for', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), fc.boolean(), async (texts, waitEach) => {
        expect(await appended(texts, waitEach)).toBe(texts.join(''));
      }),
      { numRuns: 40 },
    );
  });
});
