// Format detection from the bytes' structure: a stray NUL, UTF-16 without a byte-order mark and a text quoting
// "%PDF-" are each read as what they are (each was once misread from one marker).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/load/detect.js';
import { loadDocument } from '../../src/load/index.js';
import { normaliseExtractOptions } from '../../src/options.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const report = readFileSync(join(fixtures, 'reports', '2009-late-release.txt'), 'utf8');
const pdf = readFileSync(join(fixtures, 'pdf', 'report-2009.pdf'));

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
}

const withNul = (at: number) => Buffer.concat([Buffer.from(report.slice(0, at)), Buffer.from([0]), Buffer.from(report.slice(at))]);

describe('detectFormat', () => {
  it.each([
    ['a NUL byte in the middle of a report', withNul(400), 'txt', ['1 NUL byte was dropped from the text']],
    ['a NUL byte as the first byte', withNul(0), 'txt', ['1 NUL byte was dropped from the text']],
    ['UTF-16LE without a byte-order mark', utf16(report, 'le'), 'txt', ['read as UTF-16LE text without a byte-order mark']],
    ['UTF-16BE without a byte-order mark', utf16(report, 'be'), 'txt', ['read as UTF-16BE text without a byte-order mark']],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(report, 'le')]), 'txt', []],
    ['a report quoting "%PDF-1.7" in its first kilobyte', Buffer.from(`The file was sent as %PDF-1.7 by mistake.\n${report}`), 'txt', []],
    ['Windows-1252 text', Buffer.from(`${report}\nSi\xe2n Jones`, 'latin1'), 'txt', ['read as Windows-1252 text (not UTF-8)']],
    ['UTF-8 with one broken byte', Buffer.concat([Buffer.from(`${report}Siân `), Buffer.from([0xe2])]), 'txt', []],
    ['a PDF', pdf, 'pdf', []],
    ['a PDF after a line of its producer', Buffer.concat([Buffer.from('garbage line from a mail gateway\r\n'), pdf]), 'pdf', []],
  ])('%s', (_name, bytes, format, notes) => {
    const detected = detectFormat(new Uint8Array(bytes), 'report.txt');
    expect(detected.format).toBe(format);
    expect(detected.notes).toEqual(notes);
    if (format === 'txt') expect(detected.text).toContain('Statistics');
  });

  it.each([
    ['binary noise', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))],
    ['text at its start and zero bytes after it', Buffer.concat([Buffer.from(report), Buffer.alloc(report.length)])],
  ])('refuses %s as text', (_name, bytes) => {
    expect(() => detectFormat(new Uint8Array(bytes), 'report.txt')).toThrow('not a text, PDF or DOCX file');
  });

  it('says on the record how the text was read', async () => {
    const loaded = await loadDocument(new Uint8Array(withNul(400)), 'report.txt', normaliseExtractOptions({}));
    expect(loaded.messages.map((message) => message.reason)).toEqual(['1 NUL byte was dropped from the text']);
    expect(loaded.pages.join('')).not.toContain('\0');
  });
});
