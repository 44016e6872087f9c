// The hostile batch of issue 12: the campaign's kinds of hostile file in one folder beside good reports, read with
// --jobs 2. The run ends by itself with exit 1, its peak resident memory stays under 1 GB, every input is named with
// a reason (in the manifest or under problems), and the good files' records are those of a clean run. Every hostile
// file is made here. The CLI runs as its own process, built as npm builds it: its memory watch and its peak memory are
// the process's, which must be the run's alone, and not inflated by tsx transpiling the sources in every worker.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/batch/manifest.js';
import { fixtures, flateBombPdf, loopedCompoundFile, temporaryFolder, zipBomb } from '../batch/make-inputs.js';
import { removeBuiltCli, runBuilt } from './run.js';

const root = temporaryFolder('hostile-batch');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeBuiltCli();
});

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
    const hostileFiles: Record<string, Uint8Array> = {
      'zz-form-feeds.txt': Buffer.concat([report, Buffer.alloc(30_000_000, '\f')]),
      'zz-under-declared.docx': zipBomb(64 * 1048576, 1024),
      'zz-flate-bomb.pdf': flateBombPdf(2048),
      'zz-looped.doc': loopedCompoundFile(readFileSync(join(fixtures, 'doc', 'report-2018.doc'))),
      'zz-nul.txt': Buffer.concat([report.subarray(0, 300), Buffer.from([0]), report.subarray(300)]),
      'zz-utf16.txt': Buffer.from(report.toString('utf8'), 'utf16le'),
      'zz-quotes-pdf-header.txt': Buffer.concat([Buffer.from('Sent as %PDF-1.7 by mistake.\n'), report]),
      'zz-long-impact.txt': Buffer.from(report.toString('utf8').replace('Nobody reported', `${'A holding notice stayed up. '.repeat(200_000)}Nobody reported`)),
      'zz-escape-\x1b[2J-\u202e.pdf': Buffer.from('not a PDF at all'),
      'zz-no-head.html': Buffer.from(readFileSync(join(fixtures, 'reports', '2018-web-page-pre-release-access.html'), 'utf8').replace('</head>', '').replace('</ul></nav>', '</ul>')),
    };
    for (const [name, bytes] of Object.entries(hostileFiles)) writeFileSync(join(hostile, name), bytes);
    execFileSync('mkfifo', [join(hostile, 'zz-pipe.txt')]);
    symlinkSync('/dev/zero', join(hostile, 'zz-zero.txt'));
    const args = ['--format', 'jsonl', '--jobs', '2', '--quiet', '--max-unpacked', '20'];
    const cleanRun = await runBuilt([clean, '--out', join(root, 'out-clean'), ...args]);
    expect(cleanRun.code, cleanRun.err).toBe(0);
    // The output folder inside the input folder: listed, never read as input.
    const out = join(hostile, 'zz-out');
    const run = await runBuilt([hostile, '--out', out, '--json', ...args]);
    expect(run.code, run.err).toBe(1);
    const summary = JSON.parse(run.out) as { peakMemoryMb: number };
    expect(summary.peakMemoryMb).toBeLessThan(1024);
    const manifest = manifestOf(out);
    const byName = (path: string) => path.slice(hostile.length + 1);
    const failed = Object.fromEntries(manifest.inputs.filter((entry) => entry.status === 'failed').map((entry) => [byName(entry.path), entry.reason]));
    expect(failed).toEqual({
      'zz-escape-\x1b[2J-\u202e.pdf': 'not a PDF although named .pdf (no %PDF header)',
      'zz-flate-bomb.pdf': "the PDF's compressed streams expand to more than the limit of 20 MB",
      'zz-looped.doc': 'the Word 97-2003 document is damaged: its directory loops back on itself',
      'zz-form-feeds.txt': 'the text has 30000001 pages (form feeds), more than the limit of 200',
      'zz-under-declared.docx': 'DOCX expands to more than the limit of 20 MB when unpacked (its zip directory declares 0 MB)',
    });
    // Every other input was read: the text kinds once misread are reports like the others.
    const read = manifest.inputs.filter((entry) => entry.status !== 'failed').map((entry) => byName(entry.path));
    const goodNames = new Set(goodFiles.map((file) => file.split('/').pop() ?? ''));
    expect(read).toEqual([...goodNames, 'zz-long-impact.txt', 'zz-no-head.html', 'zz-nul.txt', 'zz-quotes-pdf-header.txt', 'zz-utf16.txt'].sort());
    for (const entry of manifest.inputs.filter((item) => byName(item.path).startsWith('zz-') && item.status !== 'failed')) expect(entry.status, entry.path).not.toBe('skipped');
    expect(manifest.problems.map((problem) => byName(problem.path))).toEqual(['zz-out', 'zz-pipe.txt', 'zz-zero.txt']);
    // What the terminal is given holds no escape sequence from a file name.
    expect(run.err).not.toMatch(/\x1b|\u202e/);
    const good = recordsByName(join(root, 'out-clean'), clean);
    const records = recordsByName(out, hostile);
    for (const [name, line] of good) expect(records.get(name), name).toBe(line);
  }, 120_000);
});
