import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFNumber, type PDFPage } from 'pdf-lib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../src/load/pdf.js';
import type { LoadedDocument } from '../../src/document.js';
import { normaliseDocument } from '../../src/normalise/normalise.js';
import { defaultLimits } from '../../src/options.js';
import { fixtureBytes, fixturesDir, fold, loadError, loadFixture } from './fixture-helpers.js';

describe('PDF loader on the 2018 fixture', () => {
  let loaded: LoadedDocument;
  let text: string;
  beforeAll(async () => {
    loaded = await loadFixture('pdf/report-2018.pdf');
    text = normaliseDocument(loaded).text;
  });

  it('reads every page', () => {
    expect(loaded.format).toBe('pdf');
    expect(loaded.pageCount).toBe(2);
    expect(loaded.pages).toHaveLength(2);
    expect(loaded.messages).toEqual([]);
  });

  it('rebuilds each table row as one label<TAB>value line, wrapped cells joined', () => {
    const lines = loaded.pages[0]?.split('\n') ?? [];
    expect(lines).toContain('Information needed\tResponse');
    expect(lines).toContain('Name of producer organisation\tOffice for Coastal Statistics');
    expect(lines).toContain('Link to published statement about the breach (if relevant)\thttps://stats.coastal-office.example/statements/harbour-freight-early-release-july-2021');
    expect(lines).toContain('Relevant principle(s) and practice(s)\tTrustworthiness: T3 Orderly release. Practice T3.4: statistics are released at 9.30am on a weekday, and no one outside the production team sees them before that time.');
    expect(lines).toContain('Date of occurrence of breach\t8 July 2021');
  });

  it('keeps a hidden link target as "text (url)"', () => {
    expect(text).toContain('release landing page (https://stats.coastal-office.example/harbour-freight/2021-q2)');
  });

  it('removes the running header and the "Page N of M" footer', () => {
    expect(text).not.toMatch(/Page \d of \d/);
    expect(text).not.toContain('report of a breach of the Code of Practice');
  });


  it('keeps list items on lines of their own', () => {
    expect(text).toMatch(/^1\. The release page was withdrawn/m);
    expect(text).toMatch(/^- Nobody outside the organisation/m);
  });
});

describe.each(['report-2018', 'report-2009'])('PDF %s against its text version', (name) => {
  it('joins hyphenated words and wrapped lines (URLs without spaces) so every line of the text version is found', async () => {
    const folded = fold(normaliseDocument(await loadFixture(`pdf/${name}.pdf`)).text);
    const source = readFileSync(join(fixturesDir, `pdf/${name}.txt`), 'utf8');
    for (const line of source.split('\n').filter((entry) => entry.trim() !== '')) expect(folded).toContain(fold(line));
  });
});

describe('PDF loader on the 2009 fixture', () => {
  it('stacks labels above values and reports the scanned page as needing OCR', async () => {
    const loaded = await loadFixture('pdf/report-2009.pdf');
    expect(loaded.pageCount).toBe(2);
    expect(loaded.pages[0]).toContain('Name of Producer Organisation\n\nNorthmoor Water Authority');
    expect(loaded.messages).toEqual([expect.objectContaining({ code: 'ocr-needed', severity: 'warning', reason: expect.stringContaining('Page 2') })]);
  });
});

describe('PDF files that cannot be read', () => {
  it.each([
    ['bad/encrypted.pdf', 'encrypted', 'encrypted PDF: a password is needed'],
    ['bad/no-pages.pdf', 'no-text', 'the PDF has no pages'],
    ['bad/scanned.pdf', 'no-text', 'scanned PDF with no text layer: OCR is needed (run with --ocr to read it)'],
  ])('%s fails with %s', async (path, code, reason) => {
    const error = await loadError(path);
    expect(error?.code).toBe(code);
    expect(error?.message).toBe(reason);
  });

  it('a truncated PDF is reported as damaged or cut short, with what pdf.js said as the detail', async () => {
    const error = await loadError('bad/truncated.pdf');
    expect(error?.code).toBe('corrupt');
    expect(error?.message).toBe('the PDF is damaged or cut short, and cannot be read');
    expect(error?.detail).toMatch(/\S/);
  });

  it('more pages than the limit is refused', async () => {
    const error = await loadError('pdf/report-2018.pdf', { ...defaultLimits, maxPages: 1 });
    expect(error?.code).toBe('too-many-pages');
    expect(error?.message).toBe('the PDF has 2 pages, more than the limit of 1');
  });
});

describe('PDF operator lists, read only where the text leaves the layout open', () => {
  it.each([
    ['pdf/report-2018.pdf', []],
    // Page 2 has no text: only its drawing can tell a scan (reported as needing OCR) from a blank page.
    ['pdf/report-2009.pdf', [2]],
  ])('%s reads them for pages %j and reads the same as with them on every page', async (path, pages) => {
    const lazy = await readPdf(fixtureBytes(path), defaultLimits);
    const always = await readPdf(fixtureBytes(path), defaultLimits, { graphics: 'always' });
    expect(lazy.graphicsPages).toEqual(pages);
    expect(always.graphicsPages).toEqual([1, 2]);
    expect(lazy.document).toEqual(always.document);
  });

  // The sample reports beside the repository (real word-processor PDFs), where present.
  const samples = join(fixturesDir, '..', '..', 'shared', 'corpus', 'rendered', 'pdf');
  const sampleFiles = existsSync(samples) ? readdirSync(samples).filter((name) => name.endsWith('.pdf')) : [];
  it.runIf(sampleFiles.length > 0)('the sample PDFs read the same with operator lists on every page', async () => {
    for (const name of sampleFiles) {
      const bytes = new Uint8Array(readFileSync(join(samples, name)));
      const lazy = await readPdf(bytes, defaultLimits);
      const always = await readPdf(bytes, defaultLimits, { graphics: 'always' });
      expect(lazy.document, name).toEqual(always.document);
    }
  });
});

describe('a page box no real page has', () => {
  // A box of 1e38 units (or a UserUnit as large) put the text where doubles keep no digits for the lines'
  // differences: every line had the same y, and the page was read as one glued line.
  const withPages = async (name: string, change: (page: PDFPage) => void): Promise<Uint8Array> => {
    const document = await PDFDocument.load(fixtureBytes(name));
    for (const page of document.getPages()) change(page);
    return document.save();
  };

  it.each([
    ['a MediaBox of 1e38 units', (page: PDFPage) => page.setMediaBox(0, 0, 1e38, 1e38)],
    ['a MediaBox reaching 1e38 units below the text', (page: PDFPage) => page.node.set(PDFName.of('MediaBox'), page.doc.context.obj([0, -1e38, 612, 842]))],
    ['a UserUnit of 1e36', (page: PDFPage) => page.node.set(PDFName.of('UserUnit'), PDFNumber.of(1e36))],
  ])('is read in a frame fitted to its text, as the same page with a usual box: %s', async (_name, change) => {
    for (const name of ['pdf/report-2009.pdf', 'pdf/report-2018.pdf']) {
      const usual = await readPdf(new Uint8Array(fixtureBytes(name)), defaultLimits);
      const huge = await readPdf(await withPages(name, change), defaultLimits);
      expect(huge.document.pages, name).toEqual(usual.document.pages);
    }
  });
});
