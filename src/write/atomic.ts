// Output files are written whole or not at all: into a temporary file beside the target, then renamed.
import { mkdir, rename, rm, writeFile, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { OrderedWrites } from './ordered-writes.js';

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

// Appends are gathered into blocks of about this many characters before they are written: the file stays
// temporary until it is committed, so nothing in it needs to reach the disk sooner, and a batch of thousands of
// records then costs a few hundred writes rather than one per record and file.
const blockSize = 64 * 1024;

/** A file appended to as work finishes, that appears under its real name only when committed. */
export class AtomicAppender {
  private block: string[] = [];
  private blockLength = 0;

  private constructor(
    private readonly target: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
  ) {
    this.writes = new OrderedWrites(handle);
  }

  static async open(target: string): Promise<AtomicAppender> {
    await mkdir(dirname(target), { recursive: true });
    const temporary = temporaryPath(target);
    return new AtomicAppender(target, temporary, await open(temporary, 'w'));
  }

  private readonly writes: OrderedWrites;

  /** Adds `text` after everything appended before; resolves at once, or once a full block is written. */
  append(text: string): Promise<void> {
    this.block.push(text);
    this.blockLength += text.length;
    return this.blockLength >= blockSize ? this.writeBlock() : Promise.resolve();
  }

  private writeBlock(): Promise<void> {
    if (this.block.length === 0) return Promise.resolve();
    const text = this.block.join('');
    this.block = [];
    this.blockLength = 0;
    return this.writes.write(text);
  }

  async commit(): Promise<void> {
    await this.writeBlock();
    await this.writes.settled();
    await this.handle.close();
    await rename(this.temporary, this.target);
  }

  async abort(): Promise<void> {
    this.block = [];
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}
