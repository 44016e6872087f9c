// A PDF's compressed streams are bounded by the bytes they really expand to, before pdf.js reads them: a PDF of a
// few kilobytes whose content is a Flate stream in a Flate stream took a worker past 2 GB.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfExpansion } from '../../src/load/pdf-streams.js';
import { loadDocument } from '../../src/load/index.js';
import { defaultLimits } from '../../src/options.js';
import { flateBombPdf, noise, pdfWithContent } from '../batch/make-inputs.js';
import { fixtureBytes } from './fixture-helpers.js';

const megabyte = 1048576;
const limit = 20 * megabyte;
const refused = "the PDF's compressed streams expand to more than the limit of 20 MB";
const text = (body: string) => Buffer.from(`BT /F1 12 Tf 72 700 Td (${body}) Tj ET`, 'latin1');

describe('checkPdfExpansion', () => {
  it.each([
    ['a Flate stream inside a Flate stream expanding to 2 GB', flateBombPdf(2048)],
    ['one Flate stream expanding to 30 MB', pdfWithContent(deflateSync(Buffer.alloc(30 * megabyte, 0x20)), '/Filter /FlateDecode')],
    ['the abbreviated filter name', pdfWithContent(deflateSync(Buffer.alloc(30 * megabyte, 0x20)), '/Filter [/Fl]')],
  ])('refuses %s', (_name, bytes) => {
    expect(() => checkPdfExpansion(bytes, limit)).toThrow(refused);
  });

  it.each([
    ['the fixtures', fixtureBytes('pdf/report-2018.pdf')],
    ['a Flate stream of 5 MB of text', pdfWithContent(deflateSync(Buffer.concat(Array.from({ length: 50_000 }, () => text('A line of the report.'))).subarray(0, 5 * megabyte)), '/Filter /FlateDecode')],
    ['a large stream that does not compress (a font, an image)', pdfWithContent(deflateSync(noise(2 * megabyte, 7)), '/Filter /FlateDecode')],
    ['damaged Flate data', pdfWithContent(noise(200_000, 3), '/Filter /FlateDecode')],
    ['a stream with no filter', pdfWithContent(text('Hello'), '')],
  ])('passes %s', (_name, bytes) => {
    expect(() => checkPdfExpansion(bytes, limit)).not.toThrow();
  });

  it('refuses the bomb through the loader with the limit of --max-unpacked', async () => {
    const error = await loadDocument(flateBombPdf(2048), 'bomb.pdf', { ...defaultLimits, maxUncompressedBytes: limit }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'file-too-large', message: refused });
  });
});
