// The resume journal (<out>/.breach-extract/journal.jsonl): one line per finished file, `{"key":..,"record":..}`,
// appended as soon as the file is done. A run that is killed keeps every line written so far, so the next run
// carries those records over instead of reading the files again; a completed run rewrites the journal to hold
// exactly its own records. The key hashes everything a record depends on (extractor version, limits, path,
// content), so a changed file or a new version is read again.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, ftruncateSync, openSync, writeSync } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BreachRecord } from '../record/schema.js';

interface Place {
  offset: number;
  length: number;
}

const keyPrefix = '{"key":"';
const keyLength = 64;

export function journalKey(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

export function journalLine(key: string, recordJson: string): string {
  return `${keyPrefix}${key}","record":${recordJson}}\n`;
}

export class Journal {
  private constructor(
    private readonly index: Map<string, Place>,
    private readonly reader: FileHandle | null,
    /** A file descriptor, appended to synchronously (see add). */
    private readonly writer: number,
  ) {}

  /**
   * Opens the journal at `path`, indexing what earlier runs left (unless `fresh`). Only the keys and the
   * places of lines are held in memory; a torn last line from a killed run is ignored.
   */
  static async open(path: string, fresh: boolean): Promise<Journal> {
    await mkdir(dirname(path), { recursive: true });
    const { index, wholeLength } = fresh ? { index: new Map<string, Place>(), wholeLength: 0 } : await indexLines(path);
    const writer = openSync(path, fresh ? 'w' : 'a');
    // A line torn by a kill would swallow the next line appended after it.
    ftruncateSync(writer, wholeLength);
    const reader = index.size > 0 ? await open(path, 'r') : null;
    return new Journal(index, reader, writer);
  }

  get size(): number {
    return this.index.size;
  }

  /** The record an earlier run made for this key, or null. */
  async find(key: string): Promise<BreachRecord | null> {
    const place = this.index.get(key);
    if (!place || !this.reader) return null;
    const buffer = Buffer.alloc(place.length);
    await this.reader.read(buffer, 0, place.length, place.offset);
    try {
      const entry = JSON.parse(buffer.toString('utf8')) as { key: string; record: BreachRecord };
      return entry.key === key ? entry.record : null;
    } catch {
      return null;
    }
  }

  // One write per line, so a killed process leaves whole lines (and at worst one torn line, which is skipped).
  // Synchronous: appending a line to the disk's cache takes microseconds, a tenth of what the promise API costs
  // the main thread in thread-pool round trips, and the lines then land in the order they were added.
  add(line: string): void {
    const bytes = Buffer.from(line, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.writer, bytes, offset);
  }

  async close(): Promise<void> {
    closeSync(this.writer);
    await this.reader?.close();
  }
}

/** The places of whole lines, and where the last whole line ends (a torn tail after it is cut off). */
async function indexLines(path: string): Promise<{ index: Map<string, Place>; wholeLength: number }> {
  const index = new Map<string, Place>();
  let offset = 0;
  let carry: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path)) {
      const data = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        const prefix = data.toString('latin1', start, start + keyPrefix.length + keyLength);
        if (prefix.startsWith(keyPrefix) && prefix.length === keyPrefix.length + keyLength) {
          index.set(prefix.slice(keyPrefix.length), { offset: offset + start, length: end - start });
        }
        start = end + 1;
      }
      offset += start;
      carry = data.subarray(start);
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { index, wholeLength: 0 };
    throw error;
  }
  return { index, wholeLength: offset };
}
