// `eval` on folders that are not a clean corpus: a gold file that cannot be read (a dangling link) or is not JSON,
// a gold file without its report, and a folder with no gold files at all. Each gets its exit code and one line.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { fixtures, runInProcess } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const reportName = '2009-late-release.txt';

/** A folder with one report and its gold file (the expected record of the fixture). */
function corpus(name: string): string {
  const folder = join(root, name);
  mkdirSync(folder);
  copyFileSync(join(fixtures, 'reports', reportName), join(folder, 'one.txt'));
  copyFileSync(join(fixtures, 'expected', `${reportName}.json`), join(folder, 'one.gold.json'));
  return folder;
}

describe('eval', () => {
  it('scores a folder of reports with their gold files', async () => {
    const run = await runInProcess(['eval', corpus('clean')]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('documents: 1');
  });

  it('exits 66 naming a gold file that is a dangling link', async () => {
    const folder = corpus('dangling');
    symlinkSync(join(folder, 'gone.json'), join(folder, 'two.gold.json'));
    copyFileSync(join(fixtures, 'reports', reportName), join(folder, 'two.txt'));
    const run = await runInProcess(['eval', folder]);
    expect(run.code).toBe(exitCodes.noInput);
    expect(run.err).toBe(`breach-extract: ${join(folder, 'two.gold.json')}: the gold file cannot be read (no such file or folder)\n`);
  });

  it('exits 65 naming a gold file that is not JSON', async () => {
    const folder = corpus('not-json');
    writeFileSync(join(folder, 'one.gold.json'), '{"producer": ');
    const run = await runInProcess(['eval', folder]);
    expect(run.code).toBe(exitCodes.dataError);
    expect(run.err).toMatch(/one\.gold\.json: the gold file is not JSON \(.+\)\n$/);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('exits 65 for a gold file that is JSON but not an object of fields', async () => {
    const folder = corpus('array');
    writeFileSync(join(folder, 'one.gold.json'), '[]');
    expect((await runInProcess(['eval', folder])).code).toBe(exitCodes.dataError);
  });

  it('warns about a gold file with no report beside it, and scores the rest', async () => {
    const folder = corpus('orphan');
    writeFileSync(join(folder, 'lonely.gold.json'), '{}');
    const run = await runInProcess(['eval', folder]);
    expect(run.code).toBe(0);
    expect(run.err).toContain('lonely.gold.json: no report');
    expect(run.out).toContain('documents: 1');
  });

  it('exits 66 for a folder without gold files, rather than printing 0.0%', async () => {
    const folder = join(root, 'no-gold');
    mkdirSync(folder);
    copyFileSync(join(fixtures, 'reports', reportName), join(folder, 'one.txt'));
    const run = await runInProcess(['eval', folder]);
    expect(run.code).toBe(exitCodes.noInput);
    expect(run.out).toBe('');
    expect(run.err).toContain('no <id>.gold.json with its report beside it');
  });

  it('exits 66 for a folder that does not exist', async () => {
    expect((await runInProcess(['eval', join(root, 'nowhere')])).code).toBe(exitCodes.noInput);
  });
});
