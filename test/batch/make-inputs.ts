// Inputs for the batch tests, made in temporary folders: copies of the fixtures, and broken files built on the
// spot (a zip bomb, a PDF of many pages, random bytes) rather than committed.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { zipFiles } from '../../scripts/fixtures/zip.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const fixtures = new URL('../../fixtures/', import.meta.url).pathname;

export function temporaryFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `breach-extract-${name}-`));
}

/**
 * A zip holding one deflated entry: a DOCX whose document.xml unpacks to `size` bytes of zeros. Its headers
 * declare `declared` bytes (the real size unless told): a hostile one under-declares.
 */
export function zipBomb(size: number, declared = size): Uint8Array {
  return zipFiles([{ name: 'word/document.xml', data: Buffer.alloc(size), declaredSize: declared }]);
}

export async function manyPagePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pages; number += 1) doc.addPage([300, 300]).drawText(`Page ${number} of a long annex`, { x: 20, y: 250, size: 10, font });
  return doc.save();
}

/**
 * zlib data that inflates to `megabytes` of spaces, made without compressing them all: one megabyte is deflated
 * with a full flush (which ends its blocks on a byte and forgets the history), and that piece, which then needs
 * nothing before it, is repeated, followed by an empty final block.
 */
function spacesDeflated(megabytes: number): Buffer {
  const megabyte = Buffer.alloc(1 << 20, 0x20);
  const piece = deflateRawSync(megabyte, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  // The zlib header (deflate, 32 KB window, no dictionary); the checksum is left out, as a hostile file would.
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: megabytes }, () => piece), Buffer.from([0x03, 0x00])]);
}

/** A one-page PDF whose content stream is `body`, with the `filters` its dictionary names. */
export function pdfWithContent(body: Uint8Array, filters: string): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>'];
  let head = '%PDF-1.7\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(head.length);
    head += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  offsets.push(head.length);
  const start = Buffer.from(`${head}4 0 obj\n<< /Length ${body.length} ${filters} >>\nstream\n`, 'latin1');
  const end = Buffer.from('\nendstream\nendobj\n', 'latin1');
  const xrefAt = start.length + body.length + end.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const xref = `xref\n0 5\n0000000000 65535 f \n${entries}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([start, body, end, Buffer.from(xref, 'latin1')]);
}

/**
 * A PDF of a few kilobytes whose page content is a Flate stream inside a Flate stream that inflates to
 * `megabytes` of spaces (pdf.js would hold them all).
 */
export function flateBombPdf(megabytes: number): Uint8Array {
  return pdfWithContent(deflateSync(spacesDeflated(megabytes), { level: 9 }), '/Filter [/FlateDecode /FlateDecode]');
}

/**
 * A Word 97-2003 file whose allocation table sends its directory's chain of sectors back to its start, which
 * word-extractor's own compound-file reader follows until memory runs out.
 */
export function loopedCompoundFile(doc: Uint8Array): Uint8Array {
  const bytes = Buffer.from(doc);
  const sector = 1 << bytes.readUInt16LE(30);
  const fatAt = (bytes.readInt32LE(76) + 1) * sector;
  const directory = bytes.readInt32LE(48);
  const next = directory === 0 ? 1 : 0;
  bytes.writeInt32LE(next, fatAt + directory * 4);
  bytes.writeInt32LE(directory, fatAt + next * 4);
  return bytes;
}

/** Bytes from a small linear congruential generator, so the "random" file is the same in every run. */
export function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

export const goodFiles = [
  'reports/2009-late-release.txt',
  'reports/2018-pipe-table-late-release.txt',
  'reports/2018-web-page-pre-release-access.html',
  'pdf/report-2018.pdf',
  'docx/report-2009.docx',
] as const;

/** The good fixtures, flat in one folder under their own names. */
export function writeGoodFiles(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const file of goodFiles) copyFileSync(join(fixtures, file), join(folder, file.split('/').pop() ?? file));
}

export const runningAsRoot = process.getuid?.() === 0;

/** Every kind of bad input the batch must survive, beside the good ones. Returns the expected status of each. */
export async function writeBadFiles(folder: string): Promise<Record<string, { status: string; reason: RegExp }>> {
  const expected: Record<string, { status: string; reason: RegExp }> = {};
  const put = (name: string, bytes: Uint8Array | string, status: string, reason: RegExp) => {
    writeFileSync(join(folder, name), bytes);
    expected[name] = { status, reason };
  };
  for (const [name, reason] of [
    ['encrypted.pdf', /encrypted PDF: a password is needed/],
    ['truncated.pdf', /the PDF is damaged or cut short/],
    ['truncated.docx', /the Word document is damaged or cut short/],
    ['scanned.pdf', /scanned PDF with no text layer: OCR is needed/],
  ] as const) {
    copyFileSync(join(fixtures, 'bad', name), join(folder, name));
    expected[name] = { status: 'failed', reason };
  }
  put('empty.pdf', new Uint8Array(), 'failed', /the file is empty/);
  put('random bytes.pdf', noise(4096, 7), 'failed', /not a PDF although named \.pdf/);
  put('bomb.docx', zipBomb(20 * 1048576), 'failed', /DOCX would expand to 20 MB when unpacked, more than the limit of 5 MB/);
  put('annex-500-pages.pdf', await manyPagePdf(500), 'failed', /the PDF has 500 pages, more than the limit of 200/);
  put('recipe.txt', 'Lemon drizzle cake\n\nIngredients\n225g butter\n4 eggs\n\nMethod\nHeat the oven to 180C.\n', 'skipped', /not a breach report/);
  put('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(500, 3)]), 'failed', /the Word 97-2003 document is damaged/);
  symlinkSync(join(folder, 'no-such-target.pdf'), join(folder, 'broken link.pdf'));
  expected['broken link.pdf'] = { status: 'failed', reason: /the file cannot be found \(a broken link/ };
  // Root reads any file, so permission is only a failure for other users.
  put('locked.txt', 'Name of producer organisation: Office for Fictional Statistics', runningAsRoot ? 'partial' : 'failed', runningAsRoot ? /.*/ : /permission denied/);
  if (!runningAsRoot) chmodSync(join(folder, 'locked.txt'), 0o000);
  mkdirSync(join(folder, 'loop'));
  symlinkSync('..', join(folder, 'loop', 'back'));
  return expected;
}
