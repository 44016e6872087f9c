// Reads a zip archive's central directory (names and declared sizes) without inflating anything, so that a
// DOCX can be checked against the uncompressed-size limit before mammoth unpacks it (a zip-bomb guard).

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** General purpose flag bit 0: the entry is encrypted. */
  encrypted: boolean;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const endOfDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
const zip64EndOfDirectory = 0x06064b50;
const directoryEntry = 0x02014b50;
const maxComment = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfDirectory(data: DataView): number {
  const last = data.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - maxComment; at -= 1) {
    if (data.getUint32(at, true) === endOfDirectory) return at;
  }
  throw new ZipFormatError('zip end not found');
}

function bigToNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip size field out of range');
  return Number(value);
}

/** Where the central directory starts and how many entries it holds, following ZIP64 records when present. */
function directoryLocation(data: DataView): { offset: number; count: number } {
  const end = findEndOfDirectory(data);
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && data.getUint32(end - 20, true) === zip64Locator) {
    const record = bigToNumber(data.getBigUint64(end - 20 + 8, true));
    if (record + 56 > data.byteLength || data.getUint32(record, true) !== zip64EndOfDirectory) throw new ZipFormatError('ZIP64 end record not found');
    count = bigToNumber(data.getBigUint64(record + 32, true));
    offset = bigToNumber(data.getBigUint64(record + 48, true));
  }
  return { offset, count };
}

/** The ZIP64 extra field holds the real sizes (and offset) when the 32-bit fields say 0xFFFFFFFF. */
function zip64Sizes(
  data: DataView,
  extraStart: number,
  extraLength: number,
  uncompressed: number,
  compressed: number,
  offset = 0,
): [number, number, number] {
  let at = extraStart;
  while (at + 4 <= extraStart + extraLength) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      if (uncompressed === 0xffffffff && field + 8 <= at + 4 + size) {
        uncompressed = bigToNumber(data.getBigUint64(field, true));
        field += 8;
      }
      if (compressed === 0xffffffff && field + 8 <= at + 4 + size) {
        compressed = bigToNumber(data.getBigUint64(field, true));
        field += 8;
      }
      if (offset === 0xffffffff && field + 8 <= at + 4 + size) offset = bigToNumber(data.getBigUint64(field, true));
      break;
    }
    at += 4 + size;
  }
  return [uncompressed, compressed, offset];
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength < 22) throw new ZipFormatError('zip end not found');
  const data = view(bytes);
  const { offset, count } = directoryLocation(data);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== directoryEntry) throw new ZipFormatError('zip directory is damaged');
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > data.byteLength) throw new ZipFormatError('zip directory is damaged');
    const [uncompressedSize, compressedSize, localHeaderOffset] = zip64Sizes(
      data,
      at + 46 + nameLength,
      extraLength,
      data.getUint32(at + 24, true),
      data.getUint32(at + 20, true),
      data.getUint32(at + 42, true),
    );
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize,
      uncompressedSize,
      encrypted: (flags & 1) === 1,
      method: data.getUint16(at + 10, true),
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
