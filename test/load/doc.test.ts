// The Word 97-2003 reader: a document written by LibreOffice read with the other loaders' layout, the text
// of fields, notes and deletions as Word shows it, and damaged, encrypted, foreign or hostile files failing with
// their reason, each bounded by what the file really holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index.js';
import { defaultLimits, type LoadLimits } from '../../src/options.js';
import { loopedCompoundFile } from '../batch/make-inputs.js';
import { fixturesDir } from './fixture-helpers.js';

const read = async (bytes: Uint8Array, limits: LoadLimits = defaultLimits) => (await loadDocument(bytes, 'report.doc', limits)).pages.join('\n');
const failure = (bytes: Uint8Array, limits: LoadLimits = defaultLimits) => loadDocument(bytes, 'report.doc', limits).then(() => null, (error: unknown) => error);

/** A compound file holding the given streams, written by cfb (a writer we do not read with). */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(container, name, Buffer.from(data));
  // cfb adds a placeholder stream of its own; a Word file does not have one.
  CFB.utils.cfb_del(container, '\u0001Sh33tJ5');
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

interface Piece {
  /** Characters of the document the piece gives. */
  characters: number;
  /** Where its text starts in the WordDocument stream. */
  at: number;
}

/**
 * A Word 97 document made by hand: a File Information Block, its text as 8-bit characters at byte 2048 of the
 * WordDocument stream, and a piece table in the table stream (one piece for the whole text unless given).
 */
function wordDocument(text: string, options: { pieces?: Piece[]; flags?: number; version?: number; magic?: number } = {}): Uint8Array {
  const textAt = 2048;
  const word = Buffer.alloc(textAt + text.length);
  word.writeUInt16LE(options.magic ?? 0xa5ec, 0);
  word.writeUInt16LE(options.version ?? 0xc1, 2);
  word.writeUInt16LE(options.flags ?? 0x0200, 0x0a);
  word.writeUInt32LE(text.length, 0x4c);
  word.write(text, textAt, 'latin1');
  const pieces = options.pieces ?? [{ characters: text.length, at: textAt }];
  const table = Buffer.alloc(5 + (pieces.length + 1) * 4 + pieces.length * 8);
  table.writeUInt8(2, 0);
  table.writeUInt32LE(table.length - 5, 1);
  let cp = 0;
  pieces.forEach((piece, index) => {
    table.writeUInt32LE(cp, 5 + index * 4);
    cp += piece.characters;
    // Bit 30 marks 8-bit text, whose position is written doubled.
    table.writeUInt32LE(((piece.at * 2) | 0x40000000) >>> 0, 5 + (pieces.length + 1) * 4 + index * 8 + 2);
  });
  table.writeUInt32LE(cp, 5 + pieces.length * 4);
  word.writeUInt32LE(0, 0x1a2);
  word.writeUInt32LE(table.length, 0x1a6);
  return compoundFile({ WordDocument: word, '1Table': table });
}

const awkward = () => readFileSync(join(fixturesDir, 'cases', 'awkward.doc'));

describe('loadDoc on a document LibreOffice wrote', () => {
  it('lays out the text as the other readers do: rows, cells of several paragraphs, lists, links, notes last', async () => {
    const lines = (await read(awkward())).split('\n');
    expect(lines).toContain('Name of producer organisation\tOffice for Tidal Records');
    // The cell's second paragraph stays in its cell: the next row starts only after it.
    const title = lines.indexOf('Title of statistical output\tTide Gauge Annual Summary 2022');
    expect(lines.slice(title + 1, title + 3)).toEqual(['Second edition, revised tables', 'Date of breach report\t3 February 2023']);
    expect(lines).toContain('Reference: TGR-2023-004, see the published statement (https://tides.example/statement).');
    expect(lines).toContain('1. Access lists are checked before each release.');
    expect(lines).toContain('- The check is signed off by the head of profession.');
    expect(lines).toContain('2. Staff were reminded of the rules.');
    expect(lines).toContain('The summary was sent to the harbour board a day early.');
    expect(lines.filter((line) => line !== '').at(-1)).toBe('The harbour board is not on the pre-release access list.');
  });

  it('leaves the running header and footer out of the text', async () => {
    const text = await read(awkward());
    expect(text).not.toMatch(/RUNNING HEADER|Running footer/);
  });

  it('reads the file as a .doc whatever it is called', async () => {
    expect((await loadDocument(awkward(), 'report.txt', defaultLimits)).format).toBe('doc');
  });
});

describe('loadDoc on the text of a document', () => {
  it.each([
    ['paragraphs as blocks', 'First\rSecond\r', 'First\n\nSecond'],
    ['a hyperlink field as "text (url)"', 'See \x13 HYPERLINK "https://example.org/s" \x14the statement\x15.\r', 'See the statement (https://example.org/s).'],
    ['a hyperlink with switches', '\x13HYPERLINK "http://example.org/a" \\o "tip"\x14here\x15\r', 'here (http://example.org/a)'],
    ['a link to a place in the document as its text', '\x13 HYPERLINK \\l "part2" \x14Part 2\x15\r', 'Part 2'],
    ['a field by its result, nested fields too', 'Page \x13 PAGE \x141\x15 of \x13 IF \x13 NUMPAGES \x142\x15 > 1 "x" \x14two\x15\r', 'Page 1 of two'],
    ['a field with no result as nothing', 'A\x13 TC "entry" \x15B\r', 'AB'],
    ['a line break, a tab and a non-breaking hyphen', 'a\x0bb\tc\x1ed\r', 'a\nb c-d'],
    ['deleted text and marks of pictures and notes left out', 'kept\x00\x00\x00\x01\x02 text\r', 'kept text'],
    ['Windows-1252 characters', 'Si\xe2n \x93quoted\x94 \x96 dash\r', 'Siân \u201cquoted\u201d \u2013 dash'],
  ])('reads %s', async (_name, text, expected) => {
    expect(await read(wordDocument(text))).toBe(expected);
  });

  it('reads a text split into pieces in any order in the stream', async () => {
    const bytes = wordDocument('second part. First part, ', { pieces: [{ characters: 13, at: 2048 + 13 }, { characters: 13, at: 2048 }] });
    expect(await read(bytes)).toBe('First part, second part.');
  });
});

/** The fixture with one byte of its FIB or its file changed, by rewriting it with cfb. */
function patchedStream(name: string, patch: (bytes: Buffer) => void): Uint8Array {
  const container = CFB.read(awkward(), { type: 'buffer' });
  const streams: Record<string, Uint8Array> = {};
  for (const [index, entry] of container.FileIndex.entries()) {
    const path = container.FullPaths[index] ?? '';
    if (entry.type === 2 && /^[^/]+\/[^/]+$/.test(path) && entry.content) streams[entry.name] = Buffer.from(entry.content as Uint8Array);
  }
  const target = Buffer.from(streams[name] ?? new Uint8Array());
  patch(target);
  return compoundFile({ ...streams, [name]: target });
}

describe('loadDoc refuses', () => {
  it.each([
    ['a file cut short', () => awkward().subarray(0, 4000), 'corrupt', /^the Word 97-2003 document is damaged: its [a-z ]+ points past the end of the file$/],
    ['a header alone', () => awkward().subarray(0, 300), 'corrupt', /^the Word 97-2003 document is damaged: it is cut short/],
    ['a chain of sectors that loops', () => loopedCompoundFile(awkward()), 'corrupt', 'the Word 97-2003 document is damaged: its directory loops back on itself'],
    ['a header claiming more allocation than the file has', () => {
      const bytes = Buffer.from(awkward());
      bytes.writeInt32LE(0x7fffffff, 44);
      return bytes;
    }, 'corrupt', 'the Word 97-2003 document is damaged: its header declares more allocation sectors than the file has'],
    ['a password-protected document', () => patchedStream('WordDocument', (fib) => fib.writeUInt16LE(fib.readUInt16LE(0x0a) | 0x0100, 0x0a)), 'encrypted', 'password-protected Word document: remove the password in Word and save again'],
    ['a password-protected DOCX (an encrypted package)', () => compoundFile({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(5000) }), 'encrypted', 'password-protected Word document: remove the password and save again'],
    ['a Word 95 document', () => wordDocument('Text\r', { version: 0x68 }), 'unsupported-format', 'a Word 6 or Word 95 document, which is not read: save the report as DOCX or PDF'],
    ['an Excel 97-2003 workbook', () => compoundFile({ Workbook: new Uint8Array(5000) }), 'unsupported-format', 'an Excel workbook in the old binary format, not a Word document: save the report as DOCX or PDF'],
    ['a WordDocument stream that is not one', () => wordDocument('Text\r', { magic: 0x1234 }), 'corrupt', 'the Word 97-2003 document is damaged: its WordDocument stream does not start as one'],
    ['a document with no text', () => wordDocument('\r\r\r'), 'no-text', 'the Word document has no text'],
  ])('%s, with its reason', async (_name, bytes, code, reason) => {
    const error = await failure(bytes());
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(typeof reason === 'string' ? new RegExp(`^${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : reason);
  });

  it('refuses pieces that would repeat one text past --max-unpacked, before reading any of them', async () => {
    // 40,000 pieces each giving the same 100,000 characters: 4 GB of text from a file of under 1 MB.
    const text = 'x'.repeat(100_000);
    const pieces = Array.from({ length: 40_000 }, () => ({ characters: text.length, at: 2048 }));
    const bytes = wordDocument(text, { pieces });
    expect(bytes.length).toBeLessThan(1048576);
    expect(await failure(bytes)).toMatchObject({ code: 'file-too-large', message: "the Word document's text would take more than the limit of 100 MB" });
  });
});
