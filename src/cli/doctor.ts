// `breach-extract doctor`: checks what a run needs (the Node.js version, worker threads that load the pipeline and
// read a report, an output folder that can be written) and what the review page's browser test needs (a
// chromium), and says for each failing check what to do.
import { existsSync } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { defaultLimits } from '../options.js';
import { WorkerPool } from '../batch/worker-pool.js';
import { exitCodes } from './exit-codes.js';
import { doctorHelpText } from './help.js';
import type { CliIo } from './io.js';
import { parseCommand } from './parse.js';

export type CheckLevel = 'ok' | 'warn' | 'fail';

export interface Check {
  level: CheckLevel;
  what: string;
  /** What to do about a warning or a failure. */
  fix?: string;
}

const doctorOptions = { out: { type: 'string', short: 'o', default: 'output' }, help: { type: 'boolean', short: 'h' } } as const;

const minimumNode: readonly [number, number] = [20, 19];

export function checkNode(version: string = process.versions.node): Check {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const enough = major > minimumNode[0] || (major === minimumNode[0] && minor >= minimumNode[1]);
  const needed = `${minimumNode.join('.')} or later`;
  return enough
    ? { level: 'ok', what: `Node.js ${version} (${needed} needed)` }
    : { level: 'fail', what: `Node.js ${version} is too old (${needed} needed)`, fix: 'install a current Node.js 20 or 22 (https://nodejs.org, or `nvm install 22`)' };
}

const sampleReport = 'Name of producer organisation\tDoctor Check Office\nDate of breach report\t3 May 2020\n';

/** Starts one worker thread and has it read a small text report, as every run does. */
export async function checkWorkers(): Promise<Check> {
  const pool = new WorkerPool(1, 20_000);
  const started = performance.now();
  try {
    const result = await pool.run(new TextEncoder().encode(sampleReport), { ...defaultLimits, fileName: 'doctor.txt', sourcePath: 'doctor.txt' });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if ('rendered' in result) return { level: 'ok', what: `a worker thread loads the pipeline and reads a report (${seconds} s)` };
    return { level: 'fail', what: `a worker thread cannot read a report: ${result.reason}`, fix: 'reinstall (`npm install`, which also builds dist/) and run doctor again' };
  } finally {
    await pool.close();
  }
}

/** The nearest folder on the way to `path` that exists (the folder itself when it does). */
async function nearestExisting(path: string): Promise<string> {
  let current = resolve(path);
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

/** Whether the output folder can be written, or made; nothing is created. */
export async function checkOutput(outDir: string): Promise<Check> {
  const fix = 'give --out a folder you can write, or fix its permissions';
  const existing = await nearestExisting(outDir);
  const info = await stat(existing).catch(() => null);
  if (!info?.isDirectory()) return { level: 'fail', what: `the output folder ${outDir} cannot be made: ${existing} is not a folder`, fix };
  const writable = await access(existing, constants.W_OK | constants.X_OK).then(() => true, () => false);
  if (!writable) return { level: 'fail', what: `the output folder ${outDir} cannot be written (${existing} is not writable)`, fix };
  return { level: 'ok', what: existing === resolve(outDir) ? `the output folder ${outDir} can be written` : `the output folder ${outDir} can be made in ${existing}` };
}

export function checkChromium(env: NodeJS.ProcessEnv = process.env): Check {
  const found = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path): path is string => Boolean(path && existsSync(path)));
  if (found) return { level: 'ok', what: `chromium for the review page's browser test: ${found}` };
  return {
    level: 'warn',
    what: 'no chromium: the review page\'s browser test is skipped (extraction does not need it)',
    fix: 'install Debian\'s chromium package (`apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary',
  };
}

export function formatCheck(check: Check): string {
  const line = `${check.level.padEnd(4)}  ${check.what}`;
  return check.fix ? `${line}\n      -> ${check.fix}\n` : `${line}\n`;
}

export async function runDoctor(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(args, doctorOptions, 'doctor');
  if (values.help) {
    io.out(doctorHelpText);
    return exitCodes.ok;
  }
  const checks = [checkNode(), await checkWorkers(), await checkOutput(values.out), checkChromium()];
  for (const check of checks) io.out(formatCheck(check));
  const failed = checks.filter((check) => check.level === 'fail').length;
  io.out(failed === 0 ? 'everything needed is in place\n' : `${failed} check${failed === 1 ? '' : 's'} failed\n`);
  return failed === 0 ? exitCodes.ok : exitCodes.someFailed;
}
