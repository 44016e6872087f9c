// Output files are written whole or not at all: into a temporary file beside the target, then renamed.
import { mkdir, rename, rm, writeFile, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileHandle } from 'node:fs/promises';

function temporaryPath(target: string): string {
  return `${target}.${process.pid}.${Date.now()}.tmp`;
}

export async function writeFileAtomic(target: string, content: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPath(target);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A file appended to as work finishes, that appears under its real name only when committed. */
export class AtomicAppender {
  private constructor(
    private readonly target: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(target: string): Promise<AtomicAppender> {
    await mkdir(dirname(target), { recursive: true });
    const temporary = temporaryPath(target);
    return new AtomicAppender(target, temporary, await open(temporary, 'w'));
  }

  // Writes are chained so that lines land in the order append() was called, even when callers do not wait.
  private pending: Promise<unknown> = Promise.resolve();

  append(text: string): Promise<void> {
    const write = this.pending.then(() => this.handle.write(text));
    this.pending = write;
    return write.then(() => undefined);
  }

  async commit(): Promise<void> {
    await this.pending;
    await this.handle.close();
    await rename(this.temporary, this.target);
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}
