// The parts of a DOCX as mammoth reads them: mammoth opens a zip into a small object of its own (exists, read) and
// also takes such an object as its `file` input. Handing it this one means every part mammoth reads is the bytes
// the unpacked-size check inflated (zip-inflate.ts), bounded by what zlib really produced: there is no second
// reading of the archive, by JSZip, that could read it otherwise than the check did, and no second inflation, by
// pako (JSZip and pako took a sixth of a DOCX's time). Names are resolved as JSZip resolves them ("./", empty
// segments and ".." removed; a later entry of the same name wins; folders are not parts), so mammoth finds the same
// parts, and a part is decoded as mammoth decodes what JSZip gives it.
import { unpackEntry } from './zip-inflate.js';
import type { ZipEntry } from './zip-directory.js';

/** What mammoth's zip reader offers, and what it asks of a `file` input. */
export interface DocxParts {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** A zip entry's name as JSZip keys it. */
export function resolvePartName(name: string): string {
  const parts = name.split('/');
  const kept: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (part === '.' || (part === '' && index !== 0 && index !== parts.length - 1)) continue;
    if (part === '..') kept.pop();
    else kept.push(part);
  }
  return kept.join('/');
}

/**
 * The parts of the archive `bytes`, whose directory is `entries`. `unpacked` holds the parts the size check
 * already inflated; any other is inflated when read, stopped at `limit` bytes.
 */
export function docxParts(bytes: Uint8Array, entries: readonly ZipEntry[], unpacked: ReadonlyMap<ZipEntry, Uint8Array>, limit: number): DocxParts {
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const name = resolvePartName(entry.name);
    if (name.endsWith('/')) byName.delete(name);
    else byName.set(name, entry);
  }
  const contents = (name: string): Uint8Array => {
    const entry = byName.get(name);
    if (!entry) throw new Error(`the part ${name} is not in the document`);
    const kept = unpacked.get(entry);
    if (kept) return kept;
    const read = unpackEntry(bytes, entry, limit);
    if (read === 'too-large') throw new Error(`the part ${name} unpacks to more than the limit`);
    if (read === 'damaged') throw new Error(`the part ${name} is damaged and cannot be unpacked`);
    return read;
  };
  return {
    exists: (name) => byName.has(name),
    read: async (name, encoding) => {
      const part = contents(name);
      if (encoding === 'base64') return Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(part) : part;
    },
    // Only mammoth's embedStyleMap writes, which this project never calls.
    write: () => {
      throw new Error('the parts of a DOCX being read are not written');
    },
    toArrayBuffer: () => Promise.reject(new Error('the parts of a DOCX being read are not written')),
  };
}
