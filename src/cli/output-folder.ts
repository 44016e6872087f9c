// The output folder: made (and checked to be writable) before any file is read, so that a folder that cannot be
// written ends the run at once with exit code 73 and a reason; and, after a completed run, cleared of outputs an
// earlier run wrote that this one did not (records.csv from a run with --format csv, say), which would otherwise
// sit beside the new outputs describing other inputs.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvOutputFiles } from '../batch/record-outputs.js';
import { CliError, describeErrno, exitCodes } from './exit-codes.js';

/** Every file a run may write into the output folder besides manifest.json. */
export function outputFileNames(): string[] {
  return ['records.jsonl', 'records.json', ...csvOutputFiles().map((file) => file.name), 'records.xlsx', 'review.html'];
}

/**
 * Makes the folder and writes a probe file in it. Returns whether an earlier run wrote there (its manifest.json
 * is there): only then are stale outputs removed, so that files of the same names that are not ours stay.
 */
export async function prepareOutputFolder(outDir: string): Promise<{ earlierRun: boolean }> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create the output folder ${outDir} (${describeErrno(error)})`, exitCodes.cannotCreate);
  }
  // Named like the outputs' temporary files, so that a run killed right here leaves nothing the next one keeps.
  const probe = join(outDir, `.write-check.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(probe, '');
  } catch (error) {
    throw new CliError(`cannot write in the output folder ${outDir} (${describeErrno(error)})`, exitCodes.cannotCreate);
  }
  await rm(probe, { force: true });
  return { earlierRun: existsSync(join(outDir, 'manifest.json')) };
}

/** Removes the outputs of an earlier run that this run did not write; returns their paths. */
export async function removeStaleOutputs(outDir: string, written: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const name of outputFileNames()) {
    const path = join(outDir, name);
    if (written.includes(path) || !existsSync(path)) continue;
    await rm(path, { force: true });
    removed.push(path);
  }
  return removed;
}
