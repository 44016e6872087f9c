// A run killed with SIGKILL cannot remove its temporary files; the next run in the same folder does, for any
// temporary file whose process is gone (a run still going in the same folder keeps its own).
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const temporaryName = /\.(\d+)\.\d+\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

export async function removeStaleTemporaries(folders: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const match = temporaryName.exec(name);
      const pid = Number(match?.[1]);
      if (!match || pid === process.pid || isRunning(pid)) continue;
      await rm(join(folder, name), { force: true });
      removed.push(join(folder, name));
    }
  }
  return removed;
}
