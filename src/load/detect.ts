// Which loader reads a file is decided from its bytes; the name only breaks ties between text flavours.
import { ExtractError } from '../diagnostics/diagnostic.js';
import type { SourceFormat } from '../record/schema.js';
import { isCompoundFile } from './ole.js';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function containsAscii(bytes: Uint8Array, needle: string, limit = bytes.length): boolean {
  const target = Buffer.from(needle, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length)).includes(target);
}

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Which byte of each pair is zero in a sample of UTF-16 text without a byte-order mark, if it is such text. */
function utf16Order(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 8) return null;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) zeroLow += 1;
    if (sample[index + 1] === 0) zeroHigh += 1;
  }
  // A report is mostly Latin letters, digits and spaces, each one byte and a zero in UTF-16: at least a third of
  // the pairs have their zero on the same side, and almost none on the other.
  if (zeroHigh / pairs > 0.3 && zeroLow / pairs < 0.02) return 'utf-16le';
  if (zeroLow / pairs > 0.3 && zeroHigh / pairs < 0.02) return 'utf-16be';
  return null;
}

/** Whether the bytes hold a well-formed UTF-8 character of two or more bytes. */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  return /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/.test(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'),
  );
}

/** Text decoded from bytes, with what was done to read it. */
export interface DecodedText {
  text: string;
  /** What a reader of the record should know: NUL bytes dropped, an encoding guessed. */
  notes: string[];
}

// NUL bytes among text: a stray one from a broken export or a copy is dropped; text with more than this share of
// them (beyond UTF-16, which is found first) is binary.
const maxNulShare = 0.01;

/**
 * Reads text bytes as UTF-8, UTF-16 (with a byte-order mark, or found from where its zero bytes are) or
 * Windows-1252; null when they are not text. The decision rests on the whole sample's structure, not one byte:
 * a single NUL in a text report once made it "not a text file".
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notes: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notes: [] };
  const sample = bytes.subarray(0, 8192);
  const order = utf16Order(sample);
  if (order) {
    const text = new TextDecoder(order).decode(bytes);
    return { text, notes: [`read as ${order.toUpperCase()} text without a byte-order mark`] };
  }
  let control = 0;
  let nul = 0;
  for (const byte of sample) {
    if (byte === 0) nul += 1;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  if (sample.length > 0 && (control / sample.length > 0.05 || nul / sample.length > maxNulShare)) return null;
  const notes: string[] = [];
  let textBytes = bytes;
  if (bytes.includes(0)) {
    textBytes = bytes.filter((byte) => byte !== 0);
    const dropped = bytes.length - textBytes.length;
    // The share was checked on the sample; a file that is text at its start and binary after it is not text.
    if (dropped / bytes.length > maxNulShare) return null;
    notes.push(`${dropped} NUL byte${dropped === 1 ? ' was' : 's were'} dropped from the text`);
  }
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(textBytes);
  const text = utf8.startsWith('\ufeff') ? utf8.slice(1) : utf8;
  const replaced = (text.match(/\ufffd/g) ?? []).length;
  // Not UTF-8: fall back to Windows-1252, the usual encoding of older exported text. A text with UTF-8's
  // multi-byte characters and a few broken bytes is damaged UTF-8, and stays that.
  if (replaced > 0 && (!hasUtf8Sequences(textBytes) || replaced / Math.max(1, text.length) > 0.001)) {
    return { text: new TextDecoder('windows-1252').decode(textBytes), notes: [...notes, 'read as Windows-1252 text (not UTF-8)'] };
  }
  return { text, notes };
}

/**
 * Whether the bytes are a PDF. Readers accept the header anywhere in the first kilobyte (some producers put a
 * line of their own before it), but a text report that quotes "%PDF-" there is not one: past the first byte the
 * header counts only where PDF's object structure follows it.
 */
function looksLikePdf(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return true;
  if (!containsAscii(bytes, '%PDF-', 1024)) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)).toString('latin1');
  return /%PDF-\d\.\d/.test(head.slice(0, 1100)) && /\b\d+\s+\d+\s+obj\b/.test(head);
}

function looksLikeHtmlDocument(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) return true;
  return /<(body|table|tr|td|ul|ol|li|h[1-6]|div)[\s>]/i.test(text) && /<\/(body|table|div|ul|ol|p)>/i.test(text) && (text.match(/<\/?[a-z][a-z0-9]*[\s>]/gi) ?? []).length > 20;
}

function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) || /^\s*\|?[-:]{3,}\|[-:|\s]*$/m.test(text);
}

export type DetectedFormat = { format: SourceFormat; text: string | null; notes: string[] };

/**
 * Detects the format of a file from its bytes. Binary formats other than PDF and DOCX are refused with a
 * reason that says what to do.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  if (bytes.length === 0) throw new ExtractError('empty-file', 'the file is empty');
  const extension = extensionOf(fileName);
  if (looksLikePdf(bytes)) return { format: 'pdf', text: null, notes: [] };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, 'word/')) return { format: 'docx', text: null, notes: [] };
    // An OpenDocument package names its kind in its entry "mimetype", which the standard has stored uncompressed
    // (first, though not every writer puts it there); a zip named .odt is read as one (and fails as damaged).
    if (containsAscii(bytes, 'application/vnd.oasis.opendocument.text')) return { format: 'odt', text: null, notes: [] };
    if (containsAscii(bytes, 'application/vnd.oasis.opendocument')) {
      throw new ExtractError('unsupported-format', 'an OpenDocument spreadsheet, presentation or drawing, not a text: save the report as ODT, DOCX or PDF');
    }
    if (extension === 'odt') return { format: 'odt', text: null, notes: [] };
    if (extension === 'docx') throw new ExtractError('corrupt', 'DOCX is corrupt (word/document.xml not found)');
    throw new ExtractError('unsupported-format', 'a zip archive that is not a Word document');
  }
  // An OLE compound file: a Word 97-2003 document, or a password-protected DOCX, or another Office file; the
  // Word loader tells them apart from the file's directory.
  if (isCompoundFile(bytes)) return { format: 'doc', text: null, notes: [] };
  // A file named as a report format that is not one is a broken report (failed), not an unsupported type (skipped).
  if (extension === 'pdf') throw new ExtractError('corrupt', 'not a PDF although named .pdf (no %PDF header)');
  if (extension === 'docx') throw new ExtractError('corrupt', 'not a Word document although named .docx (no zip header)');
  const decoded = decodeText(bytes);
  if (decoded === null) throw new ExtractError('unsupported-format', 'not a text, PDF or DOCX file');
  const { text, notes } = decoded;
  if (looksLikeHtmlDocument(text) || ((extension === 'html' || extension === 'htm') && /<[a-z]/i.test(text))) return { format: 'html', text, notes };
  if (extension === 'md' || extension === 'markdown' || looksLikeMarkdown(text)) return { format: 'md', text, notes };
  return { format: 'txt', text, notes };
}
