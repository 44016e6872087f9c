// `-` on the command line: a report piped in is read as one report (recorded as "-"), a list of paths as the
// files it names, --stdin-text forces the first reading, and `summary -` reads records from stdin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathList } from '../../src/cli/stdin.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { fixtures, runInProcess, runProcess } from './run.js';

const reportPath = join(fixtures, 'reports', '2009-late-release.txt');
const reportText = readFileSync(reportPath);

function records(stdout: string): BreachRecord[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as BreachRecord);
}

describe('pathList', () => {
  it.each([
    ['a list of report paths', 'reports/a.pdf\nreports/b.docx\n', ['reports/a.pdf', 'reports/b.docx']],
    ['folders and globs', 'reports/\nmore/**/*.txt\r\n', ['reports/', 'more/**/*.txt']],
    ['a report\'s text', 'Name of producer organisation\tOffice\nDate of breach report\t3 May 2020\n', null],
    ['a report whose first line looks like a file name', 'notes.txt\nThe release was late by two hours.\n', null],
    ['binary bytes', '%PDF-1.7\n\0\0binary', null],
    ['nothing', '\n\n', null],
  ])('%s', (_name, input, expected) => {
    expect(pathList(Buffer.from(input))).toEqual(expected);
  });
});

describe('- on the command line', () => {
  it('reads a report piped in as one report, recorded as "-"', async () => {
    const run = await runProcess(['-', '--out', '-', '--jobs', '1'], { stdin: reportText });
    expect(run.code, run.err).toBe(0);
    const [record, ...rest] = records(run.out);
    expect(rest).toEqual([]);
    expect(record?.source.path).toBe('-');
    expect(record?.status).toBe('ok');
    expect(record?.producer.name).not.toBeNull();
  });

  it('reads a PDF piped in', async () => {
    const run = await runProcess(['-', '--out', '-', '--jobs', '1', '--quiet'], { stdin: readFileSync(join(fixtures, 'pdf', 'report-2018.pdf')) });
    expect(run.code, run.err).toBe(0);
    expect(records(run.out)[0]).toMatchObject({ status: 'ok', source: { path: '-', format: 'pdf' } });
  });

  it('reads a list of paths as the files it names', async () => {
    const list = `${reportPath}\n${join(fixtures, 'reports', '2018-tab-table-early-release.txt')}\n`;
    const run = await runProcess(['-', '--out', '-', '--jobs', '1', '--quiet'], { stdin: list });
    expect(run.code, run.err).toBe(0);
    expect(records(run.out).map((record) => record.source.path)).toEqual(list.trimEnd().split('\n'));
  });

  it('reads a list as one report with --stdin-text', async () => {
    const run = await runInProcess(['-', '--stdin-text', '--out', '-', '--jobs', '1', '--quiet'], { stdin: `${reportPath}\n` });
    // In this process there is no writeOut, so the streamed records come through `out`.
    expect(run.code, run.err).toBe(0);
    expect(records(run.out).map((record) => [record.source.path, record.status])).toEqual([['-', 'skipped']]);
  });

  it('exits 66 for - with nothing on stdin, and 64 for - given twice or --stdin-text without -', async () => {
    expect((await runInProcess(['-'], { stdin: '' })).code).toBe(66);
    expect((await runInProcess(['-', '-'], { stdin: 'x' })).code).toBe(64);
    expect((await runInProcess([reportPath, '--stdin-text'])).code).toBe(64);
  });

  it('summary - reads records from stdin', async () => {
    const made = await runProcess([reportPath, '--out', '-', '--jobs', '1', '--quiet']);
    const run = await runInProcess(['summary', '-'], { stdin: made.out });
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('1 report: 1 ok');
  });
});
