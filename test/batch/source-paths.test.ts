// A file's source path does not depend on how many paths were given: it is the path from the working directory,
// as given and then within the folder, for one folder, several folders, a file or a glob pattern.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkInputs, type InputPath } from '../../src/batch/inputs.js';
import { temporaryFolder } from './make-inputs.js';

const root = temporaryFolder('source-paths');
const cwd = process.cwd();

async function sourcePaths(paths: readonly InputPath[]): Promise<string[]> {
  const found: string[] = [];
  for await (const file of walkInputs(paths).files) found.push(file.sourcePath);
  return found;
}

describe('source paths', () => {
  beforeAll(() => {
    for (const folder of ['reports/2021', 'more']) mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'reports', '2021', 'a.txt'), 'a');
    writeFileSync(join(root, 'reports', 'b.txt'), 'b');
    writeFileSync(join(root, 'more', 'a.txt'), 'other a');
    process.chdir(root);
  });

  afterAll(() => process.chdir(cwd));

  it.each([
    [['reports'], ['reports/2021/a.txt', 'reports/b.txt']],
    [['reports/'], ['reports/2021/a.txt', 'reports/b.txt']],
    [['./reports'], ['reports/2021/a.txt', 'reports/b.txt']],
    [['reports', 'more'], ['reports/2021/a.txt', 'reports/b.txt', 'more/a.txt']],
    [['reports/2021'], ['reports/2021/a.txt']],
    [['reports/b.txt', 'more'], ['reports/b.txt', 'more/a.txt']],
    [['reports/**/*.txt'], ['reports/2021/a.txt', 'reports/b.txt']],
    [['.'], ['more/a.txt', 'reports/2021/a.txt', 'reports/b.txt']],
  ])('%j gives %j', async (paths, expected) => {
    expect(await sourcePaths(paths)).toEqual(expected);
  });

  it('keeps the folder as given when it is absolute', async () => {
    expect(await sourcePaths([join(root, 'more')])).toEqual([join(root, 'more', 'a.txt')]);
  });

  it('records a file made by the caller under the path given with it', async () => {
    expect(await sourcePaths([{ path: join(root, 'more', 'a.txt'), sourcePath: '-' }])).toEqual(['-']);
  });
});
