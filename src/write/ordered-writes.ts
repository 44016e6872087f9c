// Writes to one file handle that land in the order they were asked for, even when callers do not wait for each
// other (several files finishing at once). Bytes asked for while a write is under way are joined and go out in
// the next one: a batch of thousands of small records then costs a few hundred system calls, not thousands.
// A kill between two writes leaves whole texts; one during a write leaves at most the last text torn.
import type { FileHandle } from 'node:fs/promises';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class OrderedWrites {
  private queued: Uint8Array[] = [];
  private waiters: Waiter[] = [];
  private draining: Promise<void> | null = null;
  /** After a failed write the file is incomplete: every later write fails with the same error. */
  private failure: { error: unknown } | null = null;

  constructor(private readonly handle: FileHandle) {}

  /** Resolves once `content` (and everything asked for before it) is written; a text is written as UTF-8. */
  write(content: string | Uint8Array): Promise<void> {
    if (this.failure) return Promise.reject(this.failure.error);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return new Promise((resolve, reject) => {
      this.queued.push(bytes);
      this.waiters.push({ resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Waits for every write asked for so far (and does not throw: each write's own promise reports its failure). */
  async settled(): Promise<void> {
    await this.draining;
  }

  /** Throws the error of a failed write, if one failed. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0) {
      const bytes = this.queued.length === 1 ? this.queued[0]! : Buffer.concat(this.queued);
      const waiters = this.waiters;
      this.queued = [];
      this.waiters = [];
      try {
        if (this.failure) throw this.failure.error;
        for (let offset = 0; offset < bytes.length; ) offset += (await this.handle.write(bytes, offset)).bytesWritten;
        for (const waiter of waiters) waiter.resolve();
      } catch (error) {
        this.failure ??= { error };
        for (const waiter of waiters) waiter.reject(error);
      }
    }
    this.draining = null;
  }
}
