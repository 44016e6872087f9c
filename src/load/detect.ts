// Which loader reads a file is decided from its bytes; the name only breaks ties between text flavours.
import { ExtractError } from '../diagnostics/diagnostic.js';
import type { SourceFormat } from '../record/schema.js';

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

/** Reads text bytes as UTF-8 (or UTF-16 with a byte-order mark); null when they are not text. */
export function decodeText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return null;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  if (sample.length > 0 && control / sample.length > 0.05) return null;
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const text = utf8.startsWith('\ufeff') ? utf8.slice(1) : utf8;
  const replaced = (text.match(/\ufffd/g) ?? []).length;
  // Not UTF-8: fall back to Windows-1252, the usual encoding of older exported text.
  return replaced > 0 && replaced / Math.max(1, text.length) > 0.001 ? new TextDecoder('windows-1252').decode(bytes) : text;
}

function looksLikeHtmlDocument(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) return true;
  return /<(body|table|tr|td|ul|ol|li|h[1-6]|div)[\s>]/i.test(text) && /<\/(body|table|div|ul|ol|p)>/i.test(text) && (text.match(/<\/?[a-z][a-z0-9]*[\s>]/gi) ?? []).length > 20;
}

function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) || /^\s*\|?[-:]{3,}\|[-:|\s]*$/m.test(text);
}

export type DetectedFormat = { format: SourceFormat; text: string | null };

/**
 * Detects the format of a file from its bytes. Binary formats other than PDF and DOCX are refused with a
 * reason that says what to do.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  if (bytes.length === 0) throw new ExtractError('empty-file', 'the file is empty');
  const extension = extensionOf(fileName);
  if (containsAscii(bytes, '%PDF-', 1024)) return { format: 'pdf', text: null };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, 'word/')) return { format: 'docx', text: null };
    if (containsAscii(bytes, 'application/vnd.oasis.opendocument')) {
      throw new ExtractError('unsupported-format', 'OpenDocument (.odt) files are not read: save the report as DOCX or PDF');
    }
    if (extension === 'docx') throw new ExtractError('corrupt', 'DOCX is corrupt (word/document.xml not found)');
    throw new ExtractError('unsupported-format', 'a zip archive that is not a Word document');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (containsAscii(bytes, 'EncryptedPackage') || containsAscii(bytes, 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e')) {
      throw new ExtractError('encrypted', 'password-protected Word document: remove the password and save again');
    }
    throw new ExtractError('unsupported-format', 'legacy Word (.doc) files are not read: save the report as DOCX or PDF');
  }
  // A file named as a report format that is not one is a broken report (failed), not an unsupported type (skipped).
  if (extension === 'pdf') throw new ExtractError('corrupt', 'not a PDF although named .pdf (no %PDF header)');
  if (extension === 'docx') throw new ExtractError('corrupt', 'not a Word document although named .docx (no zip header)');
  const text = decodeText(bytes);
  if (text === null) throw new ExtractError('unsupported-format', 'not a text, PDF or DOCX file');
  if (looksLikeHtmlDocument(text) || ((extension === 'html' || extension === 'htm') && /<[a-z]/i.test(text))) return { format: 'html', text };
  if (extension === 'md' || extension === 'markdown' || looksLikeMarkdown(text)) return { format: 'md', text };
  return { format: 'txt', text };
}
