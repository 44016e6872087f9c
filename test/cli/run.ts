// Runs the CLI for a test: in this process with captured streams (fast), or as a real process through tsx when
// what is tested is the process itself (its stdout, its exit status).
import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
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

/**
 * The CLI built as npm builds it (tsc, tsconfig.build.json), once per test file, into a folder of its own under
 * node_modules/.cache (so that its imports find the project's node_modules, and dist/ is left alone): for what is
 * measured of the process as a user runs it, such as its memory, which tsx's transpiling in every worker would
 * inflate. Returns the launcher's path.
 */
export function builtCli(): string {
  if (built) return built;
  const folder = join(root, 'node_modules', '.cache', `breach-extract-built-${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'bin'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(folder, 'package.json'));
  copyFileSync(join(root, 'bin', 'breach-extract.js'), join(folder, 'bin', 'breach-extract.js'));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(folder, 'dist'), '--declaration', 'false', '--sourceMap', 'false'], { cwd: root });
  built = join(folder, 'bin', 'breach-extract.js');
  return built;
}

/** Removes what builtCli built. */
export function removeBuiltCli(): void {
  if (built) rmSync(dirname(dirname(built)), { recursive: true, force: true });
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
