// Writes to one file handle, chained so that they land in the order they were asked for, even when callers
// do not wait for each other (several files finishing at once).
import type { FileHandle } from 'node:fs/promises';

export class OrderedWrites {
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly handle: FileHandle) {}

  write(text: string): Promise<void> {
    const write = this.pending.then(() => this.handle.write(text));
    this.pending = write;
    return write.then(() => undefined);
  }

  /** Waits for every write asked for so far. */
  async settled(): Promise<void> {
    await this.pending;
  }
}
