// Killing a batch half-way (SIGKILL, or SIGTERM as `kill` sends) through the real CLI: no output appears
// half-written, and the next run resumes from the files already read and writes exactly what an uninterrupted
// run writes. Also the stdin list (`-`) and glob inputs of the CLI.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, temporaryFolder } from './make-inputs.js';

const repository = resolve(fixtures, '..');
// One process (no tsx CLI wrapper in between), so that a signal reaches the CLI itself.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const outputs = ['records.jsonl', 'records.csv', 'records.json', 'manifest.json'];

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI from the sources; `stopAfter` sends `signal` once that many progress lines have been printed. */
function runCli(args: string[], options: { stopAfter?: number; signal?: NodeJS.Signals; stdin?: string } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, 'src/cli/main.ts', ...args], { cwd: repository, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const lines = stderr.split('\n').filter((line) => / files {2}[\d.]+\/s/.test(line)).length;
      if (options.stopAfter !== undefined && !sent && lines >= options.stopAfter) {
        sent = true;
        child.kill(options.signal ?? 'SIGKILL');
      }
    });
    child.stdin.end(options.stdin ?? '');
    child.on('close', (code, signal) => done({ code, signal, stderr }));
  });
}

const temporaries = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));

describe('stopping and resuming a batch', () => {
  const root = temporaryFolder('resume');
  const input = join(root, 'reports');
  const common = ['--format', 'jsonl,csv,json', '--progress-every', '1', '--jobs', '1'];
  const runs: Record<'whole' | 'killed' | 'resumed' | 'terminated' | 'listed', Run> = {} as never;
  const listed = ['003-2018-excerpt-early-release.txt', '001-2009-pre-release-access-text-export.txt'].map((name) => join(input, name));
  const reportCount = 60;

  beforeAll(async () => {
    mkdirSync(input);
    const names = readdirSync(join(fixtures, 'reports')).sort();
    // Distinct copies (a numbered closing line), so that no file is a duplicate of another.
    for (let index = 0; index < reportCount; index += 1) {
      const name = names[index % names.length] ?? '';
      const text = readFileSync(join(fixtures, 'reports', name), 'utf8');
      writeFileSync(join(input, `${String(index).padStart(3, '0')}-${name}`), `${text}\n\nCopy ${index}.\n`);
    }
    [runs.whole, runs.killed, runs.terminated] = await Promise.all([
      runCli([input, '--out', join(root, 'whole'), ...common]),
      runCli([input, '--out', join(root, 'killed'), ...common], { stopAfter: 12, signal: 'SIGKILL' }),
      runCli([input, '--out', join(root, 'terminated'), ...common], { stopAfter: 6, signal: 'SIGTERM' }),
    ]);
    // The resumed run, and beside it a run over a list on stdin and a glob.
    [runs.resumed, runs.listed] = await Promise.all([
      runCli([input, '--out', join(root, 'killed'), ...common]),
      runCli(['-', `${input}/00[0-2]-*.md`, '--out', join(root, 'listed'), '--quiet', '--jobs', '1'], { stdin: `${listed.join('\n')}\n` }),
    ]);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves no output behind when killed, under its real name or half-written', () => {
    expect(runs.killed.signal).toBe('SIGKILL');
    expect(runs.whole.code, runs.whole.stderr).toBe(0);
  });

  it('resumes: carries over the files read before the kill and writes what an uninterrupted run writes', () => {
    expect(runs.resumed.code, runs.resumed.stderr).toBe(0);
    const carried = /(\d+) unchanged files carried over/.exec(runs.resumed.stderr);
    expect(Number(carried?.[1])).toBeGreaterThanOrEqual(10);
    expect(Number(carried?.[1])).toBeLessThan(reportCount);
    for (const name of outputs) expect(readFileSync(join(root, 'killed', name), 'utf8'), name).toBe(readFileSync(join(root, 'whole', name), 'utf8'));
    // The temporary files the killed run could not remove are gone too.
    expect(temporaries(join(root, 'killed'))).toEqual([]);
  });

  it('on SIGTERM removes its temporary files, writes no output and exits 143', () => {
    expect(runs.terminated.code, runs.terminated.stderr).toBe(143);
    expect(runs.terminated.stderr).toMatch(/stopped after \d+ of 60 files; no output was written/);
    for (const name of outputs) expect(existsSync(join(root, 'terminated', name)), name).toBe(false);
    expect(temporaries(join(root, 'terminated'))).toEqual([]);
  });

  it('reads a list of paths from stdin and glob patterns, in the order given', () => {
    expect(runs.listed.code, runs.listed.stderr).toBe(0);
    const paths = readFileSync(join(root, 'listed', 'records.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { source: { path: string } }).source.path);
    expect(paths).toEqual([...listed, join(input, '002-2009-release-arrangements.md')]);
  });
});
