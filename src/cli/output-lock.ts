// One run at a time per output folder: two runs into the same --out would each write a whole set and the later
// would silently replace the other's. A lock file in the state folder holds the pid of the run that has it; a lock
// whose process is gone (a run killed with -9) is stale and taken over.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stateFolder } from '../batch/write-batch.js';
import { CliError, describeErrno, errnoCode, exitCodes } from './exit-codes.js';

export interface OutputLock {
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process is there, under another user.
    return errnoCode(error) === 'EPERM';
  }
}

/** The pid in a lock file, or null when it holds none (being written, or damaged). */
async function holderOf(path: string): Promise<number | null> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Creates the lock file, failing with EEXIST when it is there already. */
async function createLock(path: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(`${process.pid}\n`);
  } finally {
    await handle.close();
  }
}

/** Takes the output folder's lock, or throws a CliError (75) naming the run that has it. */
export async function lockOutputFolder(outDir: string): Promise<OutputLock> {
  const folder = join(outDir, stateFolder);
  const path = join(folder, 'lock');
  const release = () => rm(path, { force: true });
  try {
    await mkdir(folder, { recursive: true });
    // Twice at most: the second time after removing a stale lock.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await createLock(path);
        return { release };
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw error;
      }
      const holder = await holderOf(path);
      if (holder !== null && isRunning(holder)) {
        throw new CliError(
          `another run (pid ${holder}) is writing into ${outDir}; wait for it to end, or give another --out`,
          exitCodes.tempFail,
        );
      }
      await rm(path, { force: true });
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot lock the output folder ${outDir} (${describeErrno(error)})`, exitCodes.cannotCreate);
  }
  throw new CliError(`cannot lock the output folder ${outDir} (another run keeps taking it)`, exitCodes.tempFail);
}
