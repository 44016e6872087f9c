// `breach-extract doctor`: each check, with what to do when it fails.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkChromium, checkNode, checkOutput, formatCheck } from '../../src/cli/doctor.js';
import { runInProcess } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-doctor-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('doctor', () => {
  it('passes on this machine: Node, the worker threads and a writable output folder', async () => {
    const run = await runInProcess(['doctor', '--out', join(root, 'out')]);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/^ok {4}Node\.js \d+\.\d+\.\d+ \(20\.19 or later needed\)$/m);
    expect(run.out).toMatch(/^ok {4}a worker thread loads the pipeline and reads a report/m);
    expect(run.out).toContain(`ok    the output folder ${join(root, 'out')} can be made in ${root}`);
    expect(run.out).toMatch(/chromium/);
    expect(run.out.trimEnd().split('\n').at(-1)).toBe('everything needed is in place');
  });

  it('fails an output folder that cannot be made, saying what to do, and exits 1', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    const check = await checkOutput(join(file, 'out'));
    expect(check).toMatchObject({ level: 'fail', fix: 'give --out a folder you can write, or fix its permissions' });
    const run = await runInProcess(['doctor', '--out', join(file, 'out')]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('1 check failed');
  });

  it('fails a Node.js older than 20.19', () => {
    expect(checkNode('20.18.3')).toMatchObject({ level: 'fail', what: 'Node.js 20.18.3 is too old (20.19 or later needed)' });
    expect(checkNode('18.20.0').level).toBe('fail');
    expect(checkNode('20.19.0').level).toBe('ok');
    expect(checkNode('22.1.0').level).toBe('ok');
  });

  it('warns, without failing, when there is no chromium, and says how to get one', () => {
    const check = checkChromium({ CHROMIUM_PATH: join(root, 'no-chromium') });
    if (check.level === 'ok') return; // this machine has Debian's chromium at /usr/bin
    expect(check.level).toBe('warn');
    expect(formatCheck(check)).toContain('-> install Debian\'s chromium package (`apt-get install chromium`), or set CHROMIUM_PATH');
  });

  it('finds the chromium CHROMIUM_PATH names', () => {
    const fake = join(root, 'chromium');
    writeFileSync(fake, '');
    expect(checkChromium({ CHROMIUM_PATH: fake })).toEqual({ level: 'ok', what: `chromium for the review page's browser test: ${fake}` });
  });
});
