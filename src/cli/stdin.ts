// The `-` argument: standard input is either a list of paths, one a line (`find ... | breach-extract -`), or the
// text of one report (`cat report.txt | breach-extract -`). --stdin-text says which; without it, the content is
// a list only when every line looks like a path, since a report has lines of prose.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { isGlob } from '../batch/glob.js';
import type { InputPath } from '../batch/inputs.js';
import { decodeText } from '../load/detect.js';
import { reportExtensions } from '../files.js';
import { CliError, exitCodes, UsageError } from './exit-codes.js';

/** The argument that stands for standard input, and the source path a report read from it is recorded under. */
export const stdinArgument = '-';

export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function looksLikePath(line: string): boolean {
  if (line.length > 4096 || /[\t\0]/.test(line)) return false;
  return reportExtensions.has(extname(line).toLowerCase()) || line.endsWith('/') || isGlob(line) || existsSync(line);
}

/** The lines of a path list, or null when the bytes are a report (binary, or a line that is not a path). */
export function pathList(bytes: Uint8Array): string[] | null {
  const text = decodeText(bytes)?.text ?? null;
  if (text === null) return null;
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 && lines.every(looksLikePath) ? lines : null;
}

export interface StdinInputs {
  inputs: InputPath[];
  /** Removes the temporary copy of a report read from stdin. */
  cleanup: () => Promise<void>;
}

/** Replaces `-` in the paths with what stdin holds: the paths it lists, or a file holding the report it is. */
export async function expandStdin(paths: readonly string[], stdin: NodeJS.ReadableStream, asText: boolean): Promise<StdinInputs> {
  const nothing = async () => undefined;
  const count = paths.filter((path) => path === stdinArgument).length;
  if (count === 0) {
    if (asText) throw new UsageError('--stdin-text reads the report given as -: add - to the paths');
    return { inputs: [...paths], cleanup: nothing };
  }
  if (count > 1) throw new UsageError('- (standard input) can be given once');
  const bytes = await readStream(stdin);
  const listed = asText ? null : pathList(bytes);
  if (listed) return { inputs: paths.flatMap((path) => (path === stdinArgument ? listed : [path])), cleanup: nothing };
  if (bytes.length === 0) throw new CliError('- was given but standard input is empty', exitCodes.noInput);
  // The batch reads files; the report goes to a private temporary folder, recorded as "-".
  const folder = await mkdtemp(join(tmpdir(), 'breach-extract-stdin-'));
  const file = join(folder, 'stdin.txt');
  await writeFile(file, bytes);
  const report: InputPath = { path: file, sourcePath: stdinArgument };
  return {
    inputs: paths.map((path) => (path === stdinArgument ? report : path)),
    cleanup: () => rm(folder, { recursive: true, force: true }),
  };
}
