// The CLI's exit codes, one case each (sysexits where they fit), and its messages: one line naming the problem and,
// for a usage error, a pointer to --help; never a stack trace.
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { evalHelpText, helpText, summaryHelpText, doctorHelpText } from '../../src/cli/help.js';
import packageJson from '../../package.json' with { type: 'json' };
import { fixtures, runInProcess, runProcess } from './run.js';

const folder = mkdtempSync(join(tmpdir(), 'breach-extract-exit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const report = join(fixtures, 'reports', '2009-late-release.txt');

function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toContain('internal error');
}

describe('--version and help', () => {
  it.each([['--version'], ['-V'], ['version']])('%s prints the version and exits 0', async (flag) => {
    const run = await runInProcess([flag]);
    expect(run).toEqual({ code: 0, out: `breach-extract ${packageJson.version}\n`, err: '' });
  });

  it.each([
    [['--help'], helpText],
    [['help'], helpText],
    [['summary', '--help'], summaryHelpText],
    [['summary', '-h'], summaryHelpText],
    [['eval', '--help'], evalHelpText],
    [['doctor', '--help'], doctorHelpText],
  ])('%j prints its own help and exits 0', async (args, text) => {
    expect(await runInProcess(args)).toEqual({ code: 0, out: text, err: '' });
  });
});

describe('usage errors exit 64', () => {
  it.each([
    [['--colour'], 'unknown option --colour for breach-extract'],
    [['summary', '--verbose', 'x.jsonl'], 'unknown option --verbose for summary'],
    [['eval', '--colour', 'x'], 'unknown option --colour for eval'],
    [['--out'], '--out needs a value'],
    [['--force=yes'], '--force does not take a value'],
    [[report, '--format', 'xml'], 'unknown format "xml"'],
    [[report, '--jobs', '0'], '--jobs must be a whole number greater than 0'],
    [['summary'], 'summary takes one JSONL file'],
    [['eval'], 'eval takes one folder'],
  ])('%j', async (args, message) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(exitCodes.usage);
    expect(run.err).toContain(`breach-extract: ${message}`);
    expect(run.err).toContain("Try 'breach-extract --help'.");
    // Quotes come in pairs (parseArgs's own message for an unknown option left one open).
    expect((run.err.match(/'/g) ?? []).length % 2).toBe(0);
    expectNoStack(run.err);
  });
});

describe('input errors', () => {
  it('exits 66 for a path that does not exist', async () => {
    const run = await runInProcess([join(folder, 'no-such-report.pdf'), '--out', join(folder, 'out-missing')]);
    expect(run.code).toBe(exitCodes.noInput);
    expect(run.err).toContain('no-such-report.pdf: no such file or folder');
    expect(run.err).not.toContain('--help');
  });

  it('exits 66 for a folder with no report files', async () => {
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.json'), '{}');
    const run = await runInProcess([empty, '--out', join(folder, 'out-empty')]);
    expect(run.code).toBe(exitCodes.noInput);
    expect(run.err).toContain(`no report files (.pdf .docx .txt .md .html) found in ${empty}`);
  });

  it('exits 65 for a records file with a line that is not a record, 66 for one that cannot be read', async () => {
    const bad = join(folder, 'bad.jsonl');
    writeFileSync(bad, 'not json\n');
    expect((await runInProcess(['summary', bad])).code).toBe(exitCodes.dataError);
    const missing = await runInProcess(['summary', join(folder, 'none.jsonl')]);
    expect(missing.code).toBe(exitCodes.noInput);
    expect(missing.err).toContain('none.jsonl: cannot be read (no such file or folder)');
  });
});

describe('output errors', () => {
  it('exits 73 with one line, before reading anything, for an output folder that cannot be made', async () => {
    const run = await runInProcess([report, '--out', '/dev/null/foo', '--jobs', '1']);
    expect(run.code).toBe(exitCodes.cannotCreate);
    expect(run.err).toBe('breach-extract: cannot create the output folder /dev/null/foo (a part of the path is a file, not a folder)\n');
  });

  it('exits 73 when the output folder is a file', async () => {
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    const run = await runInProcess([report, '--out', file, '--jobs', '1']);
    expect(run.code).toBe(exitCodes.cannotCreate);
    expectNoStack(run.err);
  });

  it('exits 74 when writing the records fails part-way (stdout is a full device)', async () => {
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const run = await runProcess([report, '--out', '-', '--jobs', '1', '--quiet'], { stdout: full });
      expect(run.code).toBe(exitCodes.ioError);
      expect(run.err).toContain('I/O error writing the output');
      expect(run.err).toContain('no space left on the device');
      expectNoStack(run.err);
    } finally {
      closeSync(full);
    }
  });
});
