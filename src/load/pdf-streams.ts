// How much a PDF's compressed streams really expand to, bounded before pdf.js reads them. pdf.js inflates a stream
// whole, into buffers outside any heap limit, and has no bound of its own: a 10 KB PDF whose page content is a
// Flate stream inside a Flate stream took a worker past 2 GB. Here each stream's filters are read from its
// dictionary; a stream whose expansion is bounded by its length (one Flate filter: at most 1,032 bytes out per
// byte in) is counted by that bound, and only when the bounds together could pass the limit are the largest
// streams inflated with zlib, counting the bytes that really come out and stopping at the limit.
import { constants, inflateSync } from 'node:zlib';
import { ExtractError } from '../diagnostics/diagnostic.js';
import { allMatches } from '../matches.js';

/** The most bytes one byte of each filter's input can become (deflate's limit is 1032:1; LZW's about 2731:1). */
const expansionPerByte: Record<string, number> = {
  FlateDecode: 1032,
  Fl: 1032,
  LZWDecode: 2731,
  LZW: 2731,
  RunLengthDecode: 64,
  RL: 64,
  ASCII85Decode: 4,
  A85: 4,
  ASCIIHexDecode: 1,
  AHx: 1,
};
// Image codecs are decoded only for the operator list, where pdf.js's own image size limit bounds them.
const imageFilters = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

interface PdfStream {
  /** The filters in the order they are undone. */
  filters: string[];
  start: number;
  end: number;
}

/** The dictionary written just before `at` (the `>>` ending at or before it), or null. */
function dictionaryBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (text.slice(end - 2, end) !== '>>') return null;
  let depth = 0;
  // A stream dictionary is small; a hostile file cannot make this walk long.
  for (let index = end - 1; index > 0 && end - index < 65_536; index -= 1) {
    const pair = text.slice(index - 1, index + 1);
    if (pair === '>>') {
      depth += 1;
      index -= 1;
    } else if (pair === '<<') {
      depth -= 1;
      if (depth === 0) return text.slice(index + 1, end - 2);
      index -= 1;
    }
  }
  return null;
}

function filtersOf(dictionary: string): string[] | null {
  // Only the stream's own /Filter, not one inside a nested dictionary.
  const own = dictionary.replace(/<<[\s\S]*?>>/g, ' ');
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+|\d+\s+\d+\s+R)/.exec(own);
  if (!match) return [];
  const value = match[1] ?? '';
  if (/R$/.test(value)) return null;
  return allMatches(/\/([A-Za-z0-9]+)/g, value).map((name) => name[1] ?? '');
}

/** Where the stream's data ends: at its declared /Length when "endstream" follows there, else before "endstream". */
function streamEnd(text: string, start: number, dictionary: string): number {
  const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  if (declared) {
    const end = start + Number(declared[1]);
    if (/^\s*endstream/.test(text.slice(end, end + 16))) return end;
  }
  return text.indexOf('endstream', start);
}

/** The streams of a PDF, found from their keywords (streams are never inside object streams). */
function findStreams(text: string): PdfStream[] {
  const streams: PdfStream[] = [];
  const keyword = /stream\r?\n/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    if (text.slice(match.index - 3, match.index) === 'end') continue;
    const dictionary = dictionaryBefore(text, match.index);
    if (dictionary === null) continue;
    const start = match.index + match[0].length;
    const end = streamEnd(text, start, dictionary);
    if (end < 0) break;
    const filters = filtersOf(dictionary);
    streams.push({ filters: filters ?? ['unknown'], start, end });
    keyword.lastIndex = end;
  }
  return streams;
}

/** The most bytes the stream can expand to, from its length and filters; Infinity where nothing bounds it. */
function expansionBound(stream: PdfStream): number {
  let bound = stream.end - stream.start;
  for (const filter of stream.filters) {
    if (imageFilters.has(filter)) return bound;
    const factor = expansionPerByte[filter];
    if (factor === undefined) return Infinity;
    bound *= factor;
  }
  return bound;
}

/** The bytes the stream really expands to, inflated up to `budget` (budget + 1 when it passes it); null when unknown. */
function inflatedLength(bytes: Uint8Array, stream: PdfStream, budget: number): number | null {
  if (stream.filters.length === 0 || !stream.filters.every((filter) => filter === 'FlateDecode' || filter === 'Fl')) return null;
  let data: Uint8Array = bytes.subarray(stream.start, stream.end);
  for (const _filter of stream.filters) {
    try {
      // A stream cut short is read as far as it goes, as pdf.js does.
      data = inflateSync(data, { maxOutputLength: budget + 1, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      if (error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')) return budget + 1;
      // Damaged data: pdf.js stops where it breaks too.
      return 0;
    }
  }
  return data.length;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

/**
 * Throws when the PDF's streams expand to more than `limit` bytes. Costs a scan of the bytes for a PDF whose
 * streams' bounds fit the limit (most reports: under 100 KB of data behind one Flate filter each); otherwise inflates the streams with the largest
 * bounds until the rest's bounds fit what is left. A stream whose filters bound nothing and that cannot be
 * inflated here (LZW, a filter given by reference) is left to the worker's memory watch.
 */
export function checkPdfExpansion(bytes: Uint8Array, limit: number): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const streams = findStreams(text)
    .map((stream) => ({ stream, bound: expansionBound(stream) }))
    // Nothing bounds a stream of an unknown filter, and it cannot be inflated here: the memory watch's.
    .filter(({ bound }) => Number.isFinite(bound))
    .sort((a, b) => b.bound - a.bound);
  let bounded = streams.reduce((sum, { bound }) => sum + bound, 0);
  let counted = 0;
  for (const { stream, bound } of streams) {
    if (counted + bounded <= limit) return;
    const length = inflatedLength(bytes, stream, limit - counted);
    // Not inflated here (LZW, say): its bound stands.
    if (length === null) continue;
    bounded -= bound;
    counted += length;
    if (counted > limit) {
      throw new ExtractError('file-too-large', `the PDF's compressed streams expand to more than the limit of ${megabytes(limit)}`);
    }
  }
}
