// The OLE compound file ([MS-CFB]) that holds a Word 97-2003 document: a small file system of sectors, each
// stream a chain of sectors linked through an allocation table. Both JavaScript readers at hand trust those
// chains: word-extractor follows a chain that loops back on itself until memory runs out, and cfb copies every
// chain from every sector, which a file of crossing chains turns into gigabytes. This reader follows each chain
// at most once through each sector, so a stream is never larger than the file, and refuses files whose
// structure does not add up, with a reason a person can act on.

/** A compound file whose structure cannot be read; the message says what is wrong. */
export class CompoundFileError extends Error {}

const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const endOfChain = -2;
const miniStreamCutoff = 4096;
const directoryEntrySize = 128;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export interface CompoundFile {
  /** The names of the streams at the top level of the file. */
  streamNames: string[];
  /** A top-level stream's bytes, or null when the file has no stream of that name. */
  stream(name: string): Uint8Array | null;
}

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes)) throw new CompoundFileError('it is not an OLE compound file');
  if (bytes.length < 512) throw new CompoundFileError('it is cut short (smaller than its own header)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int32 = (offset: number) => view.getInt32(offset, true);
  const sectorShift = view.getUint16(30, true);
  const miniShift = view.getUint16(32, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) throw new CompoundFileError('its header names an impossible sector size');
  const sectorSize = 1 << sectorShift;
  // Sector 0 starts after the header, which takes a whole sector.
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + (bytes.length % sectorSize > 0 ? 1 : 0);
  const sectorAt = (id: number) => bytes.subarray(sectorSize + id * sectorSize, sectorSize + (id + 1) * sectorSize);

  /** Follows a chain through `next`, at most once through any sector; a loop or an id past the end is damage. */
  const chain = (start: number, next: (id: number) => number, limit: number, what: string): number[] => {
    const ids: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id !== endOfChain; id = next(id)) {
      if (id < 0) break;
      if (id >= limit) throw new CompoundFileError(`its ${what} points past the end of the file`);
      if (seen.has(id)) throw new CompoundFileError(`its ${what} loops back on itself`);
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };

  // The allocation table's own sectors: 109 listed in the header, the rest in a chain of further lists.
  const fatSectorCount = int32(44);
  if (fatSectorCount < 0 || fatSectorCount > sectorCount) throw new CompoundFileError('its header declares more allocation sectors than the file has');
  const fatSectors: number[] = [];
  for (let index = 0; index < 109 && fatSectors.length < fatSectorCount; index += 1) fatSectors.push(int32(76 + index * 4));
  const perList = sectorSize / 4 - 1;
  const listIds = new Set<number>();
  for (let id = int32(68); id >= 0 && fatSectors.length < fatSectorCount; ) {
    if (id >= sectorCount || listIds.has(id)) throw new CompoundFileError('its list of allocation sectors is damaged');
    listIds.add(id);
    const list = sectorAt(id);
    const listView = new DataView(list.buffer, list.byteOffset, list.byteLength);
    for (let index = 0; index < perList && fatSectors.length < fatSectorCount; index += 1) fatSectors.push(listView.getInt32(index * 4, true));
    id = listView.getInt32(perList * 4, true);
  }
  if (fatSectors.some((id) => id < 0 || id >= sectorCount)) throw new CompoundFileError('its allocation table lies outside the file');
  const fat = new Int32Array(fatSectors.length * (sectorSize / 4));
  fatSectors.forEach((id, index) => {
    const sector = sectorAt(id);
    const sectorView = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
    for (let at = 0; at + 4 <= sector.length; at += 4) fat[index * (sectorSize / 4) + at / 4] = sectorView.getInt32(at, true);
  });
  const nextSector = (id: number) => (id < fat.length ? (fat[id] ?? endOfChain) : endOfChain);
  const read = (ids: number[], size: number, unit: number, at: (id: number) => Uint8Array): Uint8Array => {
    const out = new Uint8Array(Math.min(size, ids.length * unit));
    ids.forEach((id, index) => {
      if (index * unit < out.length) out.set(at(id).subarray(0, out.length - index * unit), index * unit);
    });
    return out;
  };
  const readChain = (start: number, size: number, what: string) =>
    read(chain(start, nextSector, sectorCount, what), size, sectorSize, sectorAt);

  const directory = readChain(int32(48), Number.MAX_SAFE_INTEGER, 'directory');
  const directoryView = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: DirectoryEntry[] = [];
  for (let at = 0; at + directoryEntrySize <= directory.length; at += directoryEntrySize) {
    const nameBytes = Math.min(64, Math.max(0, directoryView.getUint16(at + 64, true) - 2));
    entries.push({
      name: new TextDecoder('utf-16le').decode(directory.subarray(at, at + nameBytes)),
      type: directory[at + 66] ?? 0,
      left: directoryView.getInt32(at + 68, true),
      right: directoryView.getInt32(at + 72, true),
      child: directoryView.getInt32(at + 76, true),
      start: directoryView.getInt32(at + 116, true),
      size: directoryView.getUint32(at + 120, true),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new CompoundFileError('its directory has no root entry');

  // The root's children form a tree through left and right links; each entry is visited once.
  const topLevel = new Map<string, DirectoryEntry>();
  const visited = new Set<number>();
  for (const pending = [root.child]; pending.length > 0; ) {
    const id = pending.pop() ?? -1;
    if (id < 0 || id >= entries.length || visited.has(id)) continue;
    visited.add(id);
    const entry = entries[id];
    if (!entry) continue;
    if (entry.type === 2) topLevel.set(entry.name, entry);
    pending.push(entry.left, entry.right);
  }

  // Streams under the cutoff live in the mini stream (the root entry's data), in 64-byte sectors.
  let miniStream: Uint8Array | null = null;
  let miniFat: Int32Array | null = null;
  const miniParts = () => {
    if (!miniStream || !miniFat) {
      miniStream = readChain(root.start, root.size, 'mini stream');
      const table = readChain(int32(60), Number.MAX_SAFE_INTEGER, 'mini allocation table');
      const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength);
      miniFat = new Int32Array(Math.floor(table.length / 4)).map((_, index) => tableView.getInt32(index * 4, true));
    }
    return { stream: miniStream, table: miniFat };
  };

  return {
    streamNames: [...topLevel.keys()],
    stream(name) {
      const entry = topLevel.get(name);
      if (!entry) return null;
      if (entry.size >= miniStreamCutoff) return readChain(entry.start, entry.size, `stream ${name}`);
      const mini = miniParts();
      const miniSize = 1 << miniShift;
      const ids = chain(entry.start, (id) => mini.table[id] ?? endOfChain, Math.ceil(mini.stream.length / miniSize), `stream ${name}`);
      return read(ids, entry.size, miniSize, (id) => mini.stream.subarray(id * miniSize, (id + 1) * miniSize));
    },
  };
}
