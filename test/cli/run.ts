// Runs the CLI for a test: in this process with captured streams (fast), or as a real process through tsx when
// what is tested is the process itself (its stdout, its exit status).
import { execFile, execFileSync, spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtures = join(root, 'fixtures');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface InProcessOptions {
  stdin?: string | Buffer;
  terminal?: boolean;
  columns?: number;
}

export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    errIsTerminal: options.terminal ?? false,
    columns: options.columns,
  });
  return { code, out, err };
}

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/** The CLI as its own process (from the sources, through tsx), in `cwd`. */
export function runProcess(args: string[], options: { cwd?: string; stdin?: string | Buffer; stdout?: number } = {}): Promise<CliRun> {
  const command = [tsxCli, join(root, 'src', 'cli', 'main.ts'), ...args];
  if (options.stdout !== undefined) return runWithStdout(command, options.cwd ?? root, options.stdout);
  return new Promise((resolvePromise) => {
    const child = execFile(process.execPath, command, { cwd: options.cwd ?? root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1048576 }, (error, out, err) => {
      resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
    child.stdin?.end(options.stdin ?? '');
  });
}

/** The same, with stdout sent to a file descriptor of the test's (such as /dev/full). */
function runWithStdout(command: string[], cwd: string, stdout: number): Promise<CliRun> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, command, { cwd, stdio: ['ignore', stdout, 'pipe'] });
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('close', (code) => resolvePromise({ code: code ?? -1, out: '', err }));
  });
}

let built: string | null = null;

// The folder of this test run's build: vitest's global setup (test/global-setup.ts) names it and removes it at the
// end of the run, so the test files that need the built CLI share one tsc run; without the setup (a test file run
// on its own by another runner), a folder per process.
function builtFolder(): string {
  const shared = process.env.BREACH_EXTRACT_TEST_BUILD;
  return shared ?? join(root, 'node_modules', '.cache', `breach-extract-built-${process.pid}`);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The CLI built as npm builds it (tsc, tsconfig.build.json), once per test run, into a folder of its own under
 * node_modules/.cache (so that its imports find the project's node_modules, and dist/ is left alone): for what is
 * measured of the process as a user runs it, such as its memory, which tsx's transpiling in every worker would
 * inflate. The first test file to ask builds it, holding a lock file; another that asks meanwhile waits for the
 * build to be marked done (and builds for itself if that takes more than two minutes). Returns the launcher's path.
 */
export function builtCli(): string {
  if (built) return built;
  const folder = builtFolder();
  const launcher = join(folder, 'bin', 'breach-extract.js');
  const done = join(folder, '.built');
  const lock = `${folder}.lock`;
  let mine = false;
  mkdirSync(dirname(folder), { recursive: true });
  try {
    closeSync(openSync(lock, 'wx'));
    mine = true;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  if (!mine) {
    for (let waited = 0; waited < 120_000 && !existsSync(done); waited += 200) sleepSync(200);
    if (existsSync(done)) return (built = launcher);
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'bin'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(folder, 'package.json'));
  copyFileSync(join(root, 'bin', 'breach-extract.js'), launcher);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(folder, 'dist'), '--declaration', 'false', '--sourceMap', 'false'], { cwd: root });
  writeFileSync(done, '');
  return (built = launcher);
}

/** Removes what builtCli built, unless the run's global setup removes it at the end (it is shared then). */
export function removeBuiltCli(): void {
  if (built && process.env.BREACH_EXTRACT_TEST_BUILD === undefined) {
    const folder = dirname(dirname(built));
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${folder}.lock`, { force: true });
  }
  built = null;
}

/** The built CLI (see builtCli) as its own process. */
export function runBuilt(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [builtCli(), ...args], { cwd: options.cwd ?? root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1048576 }, (error, out, err) => {
      resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}
