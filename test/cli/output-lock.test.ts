// Two runs into one output folder: the second is refused while the first holds the folder's lock (exit 75), a lock
// left by a run that is gone is taken over; and an output folder inside the input is never read as input.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { fixtures, runInProcess } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const report = join(fixtures, 'reports', '2009-late-release.txt');
const reports = join(fixtures, 'reports');

/** The pid of a process that has ended (a stale lock's). */
function endedPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
}

describe('the output folder lock', () => {
  it('refuses a run into a folder another run is writing into, touching nothing', async () => {
    const out = join(root, 'held');
    mkdirSync(join(out, '.breach-extract'), { recursive: true });
    // This process holds it: as if an earlier run in it were still going.
    writeFileSync(join(out, '.breach-extract', 'lock'), `${process.pid}\n`);
    const run = await runInProcess([report, '--out', out, '--jobs', '1', '--quiet']);
    expect(run.code).toBe(exitCodes.tempFail);
    expect(run.err).toBe(`breach-extract: another run (pid ${process.pid}) is writing into ${out}; wait for it to end, or give another --out\n`);
    expect(readdirSync(out)).toEqual(['.breach-extract']);
    expect(readFileSync(join(out, '.breach-extract', 'lock'), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('lets one of two runs started together into one folder write, and refuses the other', async () => {
    const out = join(root, 'together');
    const runs = await Promise.all([1, 2].map(() => runInProcess([reports, '--out', out, '--jobs', '1', '--quiet'])));
    expect(runs.map((run) => run.code).sort()).toEqual([exitCodes.ok, exitCodes.tempFail]);
    expect(existsSync(join(out, '.breach-extract', 'lock'))).toBe(false);
  });

  it('takes over a stale lock, left by a run that has ended, and removes it when done', async () => {
    const out = join(root, 'stale');
    mkdirSync(join(out, '.breach-extract'), { recursive: true });
    writeFileSync(join(out, '.breach-extract', 'lock'), `${endedPid()}\n`);
    const run = await runInProcess([report, '--out', out, '--jobs', '1', '--quiet']);
    expect(run.code, run.err).toBe(exitCodes.ok);
    expect(existsSync(join(out, 'records.jsonl'))).toBe(true);
    expect(existsSync(join(out, '.breach-extract', 'lock'))).toBe(false);
  });
});

describe('an output folder inside the input folder', () => {
  it('is not read as input by the next run (its review.html is no report)', async () => {
    const input = join(root, 'input');
    mkdirSync(input);
    copyFileSync(report, join(input, 'late.txt'));
    const out = join(input, 'out');
    for (const _run of [1, 2]) {
      const run = await runInProcess([input, '--out', out, '--review', '--format', 'jsonl', '--jobs', '1', '--quiet']);
      expect(run.code, run.err).toBe(exitCodes.ok);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputs.map((entry) => entry.path)).toEqual([join(input, 'late.txt')]);
    expect(manifest.problems).toEqual([{ path: out, reason: 'the output folder; not read as input' }]);
  });
});
