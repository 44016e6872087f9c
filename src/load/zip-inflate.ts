// How many bytes a zip's entries really unpack to, counted as they come out of zlib and given up at a budget. The
// sizes a zip's directory declares are only claims: a hostile DOCX declaring 1 KB for 64 MB of zeros passed the
// declared-size check and took mammoth's unpacking to 1.6 GB. Each entry is inflated from the compressed bytes
// the directory points at, in one synchronous call that zlib stops at a few megabytes, which is every part of an
// ordinary document: those bytes can be handed on to the reader (docx-parts.ts), so that nothing is inflated
// twice. Only an entry that reaches that size is inflated again in chunks that are counted and dropped, so the
// check itself never holds more than a chunk of it. (A stream for every entry cost a DOCX batch a fifth of its
// time, mostly waiting for zlib's thread pool.)
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-directory.js';

const localHeaderLength = 30;
const localHeaderSignature = 0x04034b50;
const deflated = 8;
const stored = 0;

/** The compressed bytes of an entry, or null when its local header is not where the directory says. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + localHeaderLength > bytes.byteLength) return null;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.getUint32(at, true) !== localHeaderSignature) return null;
  const start = at + localHeaderLength + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.byteLength, start + entry.compressedSize));
}

// The most one synchronous inflation may produce: far above any part of a breach report, small enough to hold.
const syncInflateBytes = 4 * 1024 * 1024;

function tooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE');
}

/** `data` inflated if that gives at most `cap` bytes; 'more' if it gives more; 'damaged' if it cannot be inflated. */
function inflatedUpTo(data: Uint8Array, cap: number): Uint8Array | 'more' | 'damaged' {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (error) {
    return tooLarge(error) ? 'more' : 'damaged';
  }
}

/**
 * The inflated length of `data`, or null once it passes `budget` (zlib is stopped there). `keep` is given the
 * inflated bytes when they came out of the quick call.
 */
async function inflatedLength(data: Uint8Array, budget: number, keep: (inflated: Uint8Array) => void): Promise<number | null> {
  const cap = Math.min(budget, syncInflateBytes);
  const quick = inflatedUpTo(data, cap);
  if (quick instanceof Uint8Array) {
    keep(quick);
    return quick.byteLength;
  }
  if (quick === 'more' && cap === budget) return null;
  // Damaged data is left to the reader, which says so; the chunked count says how much came out before it broke.
  return streamedLength(data, budget);
}

/** The inflated length of `data`, counted chunk by chunk, or null once it passes `budget`. */
function streamedLength(data: Uint8Array, budget: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let length = 0;
    inflater.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= budget) return;
      inflater.destroy();
      resolve(null);
    });
    inflater.on('end', () => resolve(length));
    // Damaged data is left to mammoth, which says so in its own words; what came out until then still counts.
    inflater.on('error', () => resolve(length));
    inflater.end(data);
  });
}

/**
 * Whether every entry together unpacks to at most `limit` bytes, counting what really comes out. `unpacked`, when
 * given, is filled with the entries' bytes as they came out (all but those of several megabytes and damaged ones),
 * so that the reader need not inflate them again.
 */
export async function unpacksWithin(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number, unpacked?: Map<ZipEntry, Uint8Array>): Promise<boolean> {
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    if (entry.method === stored) {
      total += data.byteLength;
      unpacked?.set(entry, data);
    } else if (entry.method === deflated) {
      const length = await inflatedLength(data, limit - total, (inflated) => unpacked?.set(entry, inflated));
      if (length === null) return false;
      total += length;
    }
    if (total > limit) return false;
  }
  return true;
}

/**
 * One entry's bytes, unpacked, or why not: `too-large` once it unpacks to more than `limit` bytes (zlib stops
 * there: the output is bounded by the bytes really produced, not the size the directory declares), `damaged`
 * when its data cannot be unpacked.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array | 'too-large' | 'damaged' {
  const data = entryData(bytes, entry);
  if (!data) return 'damaged';
  if (entry.method === stored) return data.byteLength <= limit ? data : 'too-large';
  if (entry.method !== deflated) return 'damaged';
  try {
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    return tooLarge(error) ? 'too-large' : 'damaged';
  }
}
