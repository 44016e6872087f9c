// PDF through pdf.js (legacy build for Node, no eval, no worker). Each page's text items are rebuilt into
// lines, paragraphs and table rows from their positions (see pdf-layout.ts); running headers and footers
// are dropped by position; link targets hidden behind link text are written out; pages that are only a
// scanned image are reported, and a PDF with nothing but scans is refused, since reading them needs OCR.
// A page's operator list (its ruling lines and images) costs about as much as its text, so it is read only
// for the pages whose text leaves the layout open (see PdfReadOptions below).
//
// pdfjs-dist is pinned to exactly 5.2.133 (package.json). It is outside the range of GHSA-hq66-cqwq-w95j /
// CVE-2026-16633 (high; >=5.6.83 <6.2.108) and after the CVE-2024-4367 fix (4.2.67). Releases from 5.3 on
// run a second full text extraction inside getAnnotations() for link and highlight annotations (pdf.js issue
// #21442), and on the sample reports getTextContent is about 1.6x slower in 5.6 and 6.x (38-40 ms a file
// against 24 ms); 6.x also needs a Promise.withResolvers shim on Node 20. Move to >=6.2.108 only once that
// extra annotation pass is gone or can be switched off, and re-measure.
import type { LoadedDocument } from '../document.js';
import { ExtractError, readerDetail, warning, info, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';
import { readGraphics, type OperatorCodes, type PageGraphics } from './pdf-graphics.js';
import { readRuns } from './pdf-runs.js';
import { placeLinkTargets, readLinkAreas } from './pdf-links.js';
import { buildLines } from './pdf-lines.js';
import { removePdfFurniture, type PageLines } from './pdf-furniture.js';
import { layoutPage } from './pdf-layout.js';
import { pageFrame } from './pdf-frame.js';
import { checkPdfExpansion } from './pdf-streams.js';
import { collectWordEvidence } from './wrap-join.js';
import type { Matrix } from './pdf-model.js';
import { loadedPdfWorkerHalf, loadPdfJs } from './pdf-import.js';
import { sameThreadWorkerPort } from './pdf-port.js';
import type { OcrPageText } from '../document.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfWorkerParameters = NonNullable<ConstructorParameters<PdfJs['PDFWorker']>[0]>;

// 7,000 x 10,000 pixels: an A3 page scanned at 600 dpi. Decoded, an image takes 4 bytes a pixel (280 MB here).
const maxImagePixels = 70_000_000;

function operatorCodes(pdfjs: PdfJs): OperatorCodes {
  const ops = pdfjs.OPS;
  return {
    save: ops.save,
    restore: ops.restore,
    transform: ops.transform,
    constructPath: ops.constructPath,
    paintFormXObjectBegin: ops.paintFormXObjectBegin,
    paintFormXObjectEnd: ops.paintFormXObjectEnd,
    imageOps: new Set([
      ops.paintImageXObject,
      ops.paintInlineImageXObject,
      ops.paintInlineImageXObjectGroup,
      ops.paintImageXObjectRepeat,
      ops.paintImageMaskXObject,
      ops.paintImageMaskXObjectGroup,
      ops.paintImageMaskXObjectRepeat,
    ]),
  };
}


/** pdf.js reports a missing password as a PasswordException (a plain object when it crosses the fake worker). */
function isPasswordError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error as { name: unknown }).name === 'PasswordException';
}

interface ReadPage extends PageLines {
  /** What the page paints besides text; null until its operator list is read, which happens only when needed. */
  graphics: PageGraphics | null;
  transform: Matrix;
  textRuns: number;
  rotated: number;
}

export interface PdfReadOptions {
  /**
   * 'when-needed' (the default) reads a page's operator list only when its text leaves the layout open: a page
   * with no text (to tell a scan from a blank page), a gap that only a vertical rule can call a column gutter
   * (pdf-lines.ts), or table rows that only horizontal rules can tell apart (pdf-layout.ts). 'always' reads it
   * for every page, as a check that the text-only layout loses nothing.
   */
  graphics?: 'when-needed' | 'always';
}

export interface PdfRead {
  document: LoadedDocument;
  /** 1-based numbers of the pages whose operator list was read. */
  graphicsPages: number[];
}

export async function loadPdf(bytes: Uint8Array, limits: LoadLimits): Promise<LoadedDocument> {
  return (await readPdf(bytes, limits)).document;
}

export async function readPdf(bytes: Uint8Array, limits: LoadLimits, options: PdfReadOptions = {}): Promise<PdfRead> {
  const always = options.graphics === 'always';
  const pdfjs = await loadPdfJs();
  const codes = operatorCodes(pdfjs);
  checkPdfExpansion(bytes, limits.maxUncompressedBytes);
  // pdf.js's types know only a Worker as a port; the port implements the part of one that pdf.js uses.
  const port = sameThreadWorkerPort(loadedPdfWorkerHalf()) as unknown as PdfWorkerParameters['port'];
  // The worker half takes its verbosity from here, not from getDocument: left out, the first document of a
  // process would print pdf.js's warnings on stdout, in the middle of the records.
  const worker = new pdfjs.PDFWorker({ port, verbosity: 0 });
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    worker,
    isEvalSupported: false,
    // Images are decoded only to be counted (a scanned page); one larger than a 600 dpi A3 scan is left out.
    maxImageSize: maxImagePixels,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    if (isPasswordError(error)) throw new ExtractError('encrypted', 'encrypted PDF: a password is needed', { cause: error });
    throw new ExtractError('corrupt', 'the PDF is damaged or cut short, and cannot be read', { cause: error });
  }
  try {
    if (document.numPages === 0) throw new ExtractError('no-text', 'the PDF has no pages');
    if (document.numPages > limits.maxPages) {
      throw new ExtractError('too-many-pages', `the PDF has ${document.numPages} pages, more than the limit of ${limits.maxPages}`);
    }
    const pdf = document;
    const messages: Diagnostic[] = [];
    const read: ReadPage[] = [];
    const graphicsPages: number[] = [];
    const readGraphicsOf = async (number: number, transform: Matrix): Promise<PageGraphics> => {
      graphicsPages.push(number);
      const page = await pdf.getPage(number);
      const graphics = readGraphics(await page.getOperatorList(), codes, transform);
      page.cleanup();
      return graphics;
    };
    for (let number = 1; number <= pdf.numPages; number += 1) {
      try {
        const page = await pdf.getPage(number);
        const [content, annotations] = await Promise.all([page.getTextContent(), page.getAnnotations()]);
        const { transform, height } = pageFrame(page.getViewport({ scale: 1 }), content.items);
        const { runs, rotated } = readRuns(content.items, transform);
        const linked = placeLinkTargets(runs, readLinkAreas(annotations, transform));
        let graphics = always || runs.length === 0 ? await readGraphicsOf(number, transform) : null;
        let built = buildLines(linked, graphics?.rules ?? null);
        if (built.needsRules && !graphics) {
          graphics = await readGraphicsOf(number, transform);
          built = buildLines(linked, graphics.rules);
        }
        read.push({ lines: built.lines, height, graphics, transform, textRuns: runs.length, rotated });
        page.cleanup();
      } catch (error) {
        if (error instanceof ExtractError) throw error;
        messages.push({ ...warning('loader-message', `Page ${number} could not be read; it is left empty.`), detail: readerDetail(error) });
        read.push({ lines: [], height: 0, graphics: { rules: [], imageCount: 0 }, transform: [1, 0, 0, 1, 0, 0], textRuns: 0, rotated: 0 });
      }
    }
    const scanned = read.map((page, index) => (page.textRuns === 0 && (page.graphics?.imageCount ?? 0) > 0 ? index + 1 : 0)).filter((number) => number > 0);
    const ocrText = new Map<number, string>();
    const ocrPages: OcrPageText[] = [];
    if (limits.ocr && scanned.length > 0) {
      // Loaded only now: tesseract's wasm and the page canvases live outside the JS heap.
      const { PageOcr } = await import('./pdf-ocr.js');
      const reader = new PageOcr(limits.ocrTimeoutMs);
      try {
        for (const number of scanned) {
          try {
            const page = await pdf.getPage(number);
            const result = await reader.read(page, number);
            page.cleanup();
            ocrText.set(number, result.text.trim());
            ocrPages.push({ page: number, meanConfidence: result.meanConfidence, words: result.words });
          } catch (error) {
            messages.push({ ...warning('ocr', `Page ${number} could not be read by OCR; it is left empty.`), detail: readerDetail(error) });
          }
        }
      } finally {
        await reader.terminate();
      }
      if (ocrPages.length > 0) {
        const pagesNamed = ocrPages.map((page) => `${page.page} (mean word confidence ${page.meanConfidence}%)`).join(', ');
        messages.push(warning('ocr', `Read by OCR, so values may be misread: page${ocrPages.length === 1 ? '' : 's'} ${pagesNamed}.`));
      }
    }
    if (read.every((page, index) => page.textRuns === 0 && !ocrText.get(index + 1))) {
      if (scanned.length > 0 && limits.ocr) throw new ExtractError('no-text', 'scanned PDF with no text layer, and OCR read no text from it');
      if (scanned.length > 0) throw new ExtractError('no-text', 'scanned PDF with no text layer: OCR is needed (run with --ocr to read it)');
      throw new ExtractError('no-text', 'the PDF has no text on any page');
    }
    const unread = scanned.filter((number) => !ocrText.has(number));
    if (unread.length > 0 && !limits.ocr) {
      messages.push(warning('ocr-needed', `${scanned.length === 1 ? 'Page' : 'Pages'} ${scanned.join(', ')} ${scanned.length === 1 ? 'is a scanned image' : 'are scanned images'} with no text layer: run with --ocr to read ${scanned.length === 1 ? 'it' : 'them'}.`));
    }
    const rotated = read.reduce((sum, page) => sum + page.rotated, 0);
    if (rotated > 0) messages.push(info('loader-message', `${rotated} rotated or vertical text ${rotated === 1 ? 'piece was' : 'pieces were'} left out`));
    const bodies = removePdfFurniture(read);
    const evidence = collectWordEvidence(() => bodies.flat().flatMap((line) => line.segments.map((segment) => segment.text)).join('\n'));
    const pages: string[] = [];
    for (const [index, lines] of bodies.entries()) {
      const page = read[index];
      let layout = layoutPage(lines, { rules: page?.graphics?.rules ?? null, evidence });
      if (layout.needsRules && page && !page.graphics) {
        try {
          page.graphics = await readGraphicsOf(index + 1, page.transform);
          layout = layoutPage(lines, { rules: page.graphics.rules, evidence });
        } catch (error) {
          const reason = `Page ${index + 1}: its ruling lines could not be read; its tables were laid out from the text alone.`;
          messages.push({ ...warning('loader-message', reason), detail: readerDetail(error) });
        }
      }
      pages.push(ocrText.get(index + 1) ?? layout.text);
    }
    const loaded: LoadedDocument = { format: 'pdf', pages, pageCount: pdf.numPages, messages };
    if (ocrPages.length > 0) loaded.ocr = ocrPages;
    return { document: loaded, graphicsPages };
  } finally {
    await task.destroy();
    worker.destroy();
  }
}
