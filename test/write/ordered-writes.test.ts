import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OrderedWrites } from '../../src/write/ordered-writes.js';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function tempFile(): Promise<{ path: string; handle: FileHandle }> {
  const folder = await mkdtemp(join(tmpdir(), 'ordered-writes-'));
  folders.push(folder);
  const path = join(folder, 'out.txt');
  return { path, handle: await open(path, 'w') };
}

describe('OrderedWrites', () => {
  it('lands texts asked for without waiting in the order they were asked for, in fewer system calls than texts', async () => {
    const { path, handle } = await tempFile();
    let calls = 0;
    const counted = new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'write') calls += 1;
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const writes = new OrderedWrites(counted);
    const lines = Array.from({ length: 500 }, (_, index) => `line ${index} é\n`);
    await Promise.all(lines.map((line) => writes.write(line)));
    await writes.settled();
    await handle.close();
    expect(await readFile(path, 'utf8')).toBe(lines.join(''));
    expect(calls).toBeLessThan(lines.length / 10);
  });

  it('resolves each write only once its text is on disk', async () => {
    const { path, handle } = await tempFile();
    const writes = new OrderedWrites(handle);
    await writes.write('first\n');
    expect(await readFile(path, 'utf8')).toBe('first\n');
    await writes.write('second\n');
    expect(await readFile(path, 'utf8')).toBe('first\nsecond\n');
    await handle.close();
  });

  it('fails the write that failed and every later one, and settles without throwing', async () => {
    const broken = { write: () => Promise.reject(new Error('disk full')) } as unknown as FileHandle;
    const writes = new OrderedWrites(broken);
    await expect(writes.write('a')).rejects.toThrow('disk full');
    await expect(writes.write('b')).rejects.toThrow('disk full');
    await expect(writes.settled()).resolves.toBeUndefined();
  });
});
