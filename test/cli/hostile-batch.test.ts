// The hostile batch of issue 12: the campaign's kinds of hostile file in one folder beside good reports, read with
// --jobs 2. The run ends by itself with exit 1, every input is named with a reason (in the manifest or under
// problems), and the good files' records are those of a clean run. Every hostile file is made here. The CLI runs
// as its own process: its memory watch reads the process's resident memory, which must be the run's alone. (A PDF
// whose Flate stream inflates to gigabytes is left to worker-crash.test.ts: bounded by the watch, it still takes
// seconds and a gigabyte, too much for this suite.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import { fixtures, temporaryFolder, zipBomb } from '../batch/make-inputs.js';
import { runProcess } from './run.js';

const root = temporaryFolder('hostile-batch');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const goodFiles = [
  join(fixtures, 'reports', '2009-late-release.txt'),
  join(fixtures, 'reports', '2018-web-page-pre-release-access.html'),
  ...readdirSync(join(fixtures, 'pdf')).map((name) => join(fixtures, 'pdf', name)),
  ...readdirSync(join(fixtures, 'docx')).map((name) => join(fixtures, 'docx', name)),
];

function manifestOf(out: string): Manifest {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
}

/** The JSON lines of records.jsonl by file name, with the folder left out of the paths. */
function recordsByName(out: string, folder: string): Map<string, string> {
  const lines = readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n');
  return new Map(lines.map((line) => [(JSON.parse(line) as { source: { path: string } }).source.path.slice(folder.length + 1), line.replaceAll(folder, '<in>')]));
}

describe('a hostile batch', () => {
  it('ends by itself with exit 1, names every input with a reason, and gives the good files their clean records', async () => {
    const clean = join(root, 'clean');
    const hostile = join(root, 'hostile');
    mkdirSync(clean);
    mkdirSync(hostile);
    for (const file of goodFiles) {
      copyFileSync(file, join(clean, file.split('/').pop() ?? ''));
      copyFileSync(file, join(hostile, file.split('/').pop() ?? ''));
    }
    const report = readFileSync(goodFiles[0] ?? '');
    writeFileSync(join(hostile, 'zz-form-feeds.txt'), Buffer.concat([report, Buffer.alloc(30_000_000, '\f')]));
    writeFileSync(join(hostile, 'zz-under-declared.docx'), zipBomb(64 * 1048576, 1024));
    execFileSync('mkfifo', [join(hostile, 'zz-pipe.txt')]);
    symlinkSync('/dev/zero', join(hostile, 'zz-zero.txt'));
    const args = ['--format', 'jsonl', '--jobs', '2', '--quiet', '--max-unpacked', '20'];
    const cleanRun = await runProcess([clean, '--out', join(root, 'out-clean'), ...args]);
    expect(cleanRun.code, cleanRun.err).toBe(0);
    const run = await runProcess([hostile, '--out', join(root, 'out-hostile'), ...args]);
    expect(run.code, run.err).toBe(1);
    const manifest = manifestOf(join(root, 'out-hostile'));
    const reasons = Object.fromEntries(manifest.inputs.filter((entry) => entry.status === 'failed').map((entry) => [entry.path.slice(hostile.length + 1), entry.reason]));
    expect(reasons).toEqual({
      'zz-form-feeds.txt': 'the text has 30000001 pages (form feeds), more than the limit of 200',
      'zz-under-declared.docx': 'DOCX expands to more than the limit of 20 MB when unpacked (its zip directory declares 0 MB)',
    });
    expect(manifest.problems.map((problem) => problem.path.slice(hostile.length + 1))).toEqual(['zz-pipe.txt', 'zz-zero.txt']);
    const good = recordsByName(join(root, 'out-clean'), clean);
    const read = recordsByName(join(root, 'out-hostile'), hostile);
    for (const [name, line] of good) expect(read.get(name), name).toBe(line);
  }, 120_000);
});
