// Output files are written whole or not at all: into a temporary file beside the target, then renamed.
import { link, mkdir, rename, rm, writeFile, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { OrderedWrites } from './ordered-writes.js';

let temporaryCount = 0;

// The pid and a number then `.tmp`, which stale-temps.ts recognises: a run killed with SIGKILL leaves nothing the
// next one keeps. The count keeps two temporaries of one target apart within one millisecond.
export function temporaryPath(target: string, kind = ''): string {
  temporaryCount += 1;
  return `${target}${kind}.${process.pid}.${Date.now()}${String(temporaryCount).padStart(4, '0')}.tmp`;
}

export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPath(target);
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// Appends are encoded into blocks of this many bytes before they are written: the file stays temporary until it
// is committed, so nothing in it needs to reach the disk sooner, and a batch of thousands of records then costs a
// few hundred writes rather than one per record and file. Each text is encoded straight into the block: joining
// the texts first and encoding the whole took the main thread 0.6 s of a 3,000-file batch (53 MB of output).
const blockSize = 64 * 1024;

/**
 * An output written to a temporary file beside its target, that takes the target's name only when committed with
 * the rest of its set (commitTogether). Text appended as work finishes (AtomicAppender) or a binary file written
 * by a library (the xlsx workbook) both fit.
 */
export interface StagedFile {
  readonly target: string;
  /** Writes what is left and closes the temporary file: complete, but not yet under its real name. */
  flush(): Promise<void>;
  /** Puts the flushed file under its real name. */
  publish(): Promise<void>;
  /** Removes the temporary file. */
  abort(): Promise<void>;
}

/** A file appended to as work finishes, that appears under its real name only when committed. */
export class AtomicAppender implements StagedFile {
  private block = Buffer.allocUnsafe(blockSize);
  private blockLength = 0;

  private flushed = false;

  private constructor(
    readonly target: string,
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
    const length = Buffer.byteLength(text, 'utf8');
    if (this.blockLength + length <= blockSize) {
      this.blockLength += this.block.write(text, this.blockLength, 'utf8');
      return this.blockLength === blockSize ? this.writeBlock() : Promise.resolve();
    }
    const before = this.writeBlock();
    if (length >= blockSize) return Promise.all([before, this.writes.write(Buffer.from(text, 'utf8'))]).then(() => undefined);
    this.blockLength = this.block.write(text, 0, 'utf8');
    return before;
  }

  /** Hands the bytes in the block to the writes, and starts a new block (the writes keep the old one). */
  private writeBlock(): Promise<void> {
    if (this.blockLength === 0) return Promise.resolve();
    const bytes = this.block.subarray(0, this.blockLength);
    this.block = Buffer.allocUnsafe(blockSize);
    this.blockLength = 0;
    return this.writes.write(bytes);
  }

  /** Writes what is left and closes the temporary file; it is complete, but not yet under its real name. */
  async flush(): Promise<void> {
    if (this.flushed) return;
    await this.writeBlock();
    await this.writes.settled();
    // A write whose caller did not wait for it (settled does not throw) must still stop the commit.
    this.writes.throwIfFailed();
    await this.handle.close();
    this.flushed = true;
  }

  /** The file written so far, for a caller that reads it back once flushed (and then aborts it). */
  get temporaryPath(): string {
    return this.temporary;
  }

  /** Puts the flushed file under its real name. */
  async publish(): Promise<void> {
    await rename(this.temporary, this.target);
  }

  async commit(): Promise<void> {
    await commitTogether([this]);
  }

  async abort(): Promise<void> {
    this.blockLength = 0;
    if (!this.flushed) await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}

/** An earlier file under a target's name, kept under a second name (a hard link) while the new set goes in. */
interface Kept {
  target: string;
  backup: string | null;
  /** Whether a file was there: one that could not be linked cannot be put back, but is not removed either. */
  existed: boolean;
}

/** A hard link to the file at `target` (no copy, no space), or null when there is none or links are not possible. */
async function keepEarlier(target: string): Promise<Kept> {
  const backup = temporaryPath(target, '.earlier');
  try {
    await link(target, backup);
    return { target, backup, existed: true };
  } catch (error) {
    // No earlier file (the usual ENOENT), or a file system without hard links: nothing to put back.
    const code = error instanceof Error && 'code' in error ? error.code : null;
    return { target, backup: null, existed: code !== 'ENOENT' };
  }
}

/** Puts the earlier file back under its name, or removes the new one when there was none. */
async function putBack(kept: Kept): Promise<void> {
  if (kept.backup) await rename(kept.backup, kept.target).catch(() => undefined);
  else if (!kept.existed) await rm(kept.target, { force: true });
}

/**
 * Puts several files in place as one change: all are written out first (where a full disk shows), then all are
 * renamed. On any failure every temporary is removed and the files already renamed get their earlier content back,
 * so the folder holds either the whole new set or the whole old one, never a mix. (A rename in one folder needs
 * no space, so the second step rarely fails; a kill during it can still leave a mix of the two sets.)
 */
export async function commitTogether(files: readonly StagedFile[]): Promise<void> {
  try {
    for (const file of files) await file.flush();
  } catch (error) {
    await Promise.all(files.map((file) => file.abort()));
    throw error;
  }
  const kept: Kept[] = [];
  let published = 0;
  try {
    for (const file of files) kept.push(await keepEarlier(file.target));
    for (const file of files) {
      await file.publish();
      published += 1;
    }
  } catch (error) {
    for (const earlier of kept.slice(0, published)) await putBack(earlier);
    await Promise.all(files.slice(published).map((file) => file.abort()));
    throw error;
  } finally {
    await Promise.all(kept.map((earlier) => (earlier.backup ? rm(earlier.backup, { force: true }) : undefined)));
  }
}
