// PDF through pdf.js (legacy build for Node, no eval, no worker). Each page's text items are rebuilt into
// lines, paragraphs and table rows from their positions (see pdf-layout.ts); running headers and footers
// are dropped by position; link targets hidden behind link text are written out; pages that are only a
// scanned image are reported, and a PDF with nothing but scans is refused, since reading them needs OCR.
//
// pdfjs-dist is pinned to exactly 5.2.133 (package.json). It is outside the range of GHSA-hq66-cqwq-w95j /
// CVE-2026-16633 (high; >=5.6.83 <6.2.108) and after the CVE-2024-4367 fix (4.2.67). Releases from 5.3 on
// run a second full text extraction inside getAnnotations() for link and highlight annotations (pdf.js issue
// #21442), and on the sample reports getTextContent is about 1.6x slower in 5.6 and 6.x (38-40 ms a file
// against 24 ms); 6.x also needs a Promise.withResolvers shim on Node 20. Move to >=6.2.108 only once that
// extra annotation pass is gone or can be switched off, and re-measure.
import type { LoadedDocument } from '../document.js';
import { ExtractError, warning, info, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';
import { readGraphics, type OperatorCodes, type PageGraphics } from './pdf-graphics.js';
import { readRuns } from './pdf-runs.js';
import { placeLinkTargets, readLinkAreas } from './pdf-links.js';
import { buildLines } from './pdf-lines.js';
import { removePdfFurniture, type PageLines } from './pdf-furniture.js';
import { layoutPage } from './pdf-layout.js';
import { collectWordEvidence } from './wrap-join.js';
import type { Matrix } from './pdf-model.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** pdf.js reports a missing password as a PasswordException (a plain object when it crosses the fake worker). */
function isPasswordError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error as { name: unknown }).name === 'PasswordException';
}

interface ReadPage extends PageLines {
  graphics: PageGraphics;
  textRuns: number;
  rotated: number;
}

export async function loadPdf(bytes: Uint8Array, limits: LoadLimits): Promise<LoadedDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const codes = operatorCodes(pdfjs);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
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
    throw new ExtractError('corrupt', `PDF is corrupt or truncated (${describe(error)})`, { cause: error });
  }
  try {
    if (document.numPages === 0) throw new ExtractError('no-text', 'the PDF has no pages');
    if (document.numPages > limits.maxPages) {
      throw new ExtractError('too-many-pages', `the PDF has ${document.numPages} pages, more than the limit of ${limits.maxPages}`);
    }
    const messages: Diagnostic[] = [];
    const read: ReadPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      try {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const transform = viewport.transform as unknown as Matrix;
        const [content, annotations, operators] = await Promise.all([page.getTextContent(), page.getAnnotations(), page.getOperatorList()]);
        const graphics = readGraphics(operators, codes, transform);
        const { runs, rotated } = readRuns(content.items, transform);
        const linked = placeLinkTargets(runs, readLinkAreas(annotations, transform));
        read.push({ lines: buildLines(linked, graphics.rules), height: viewport.height, graphics, textRuns: runs.length, rotated });
        page.cleanup();
      } catch (error) {
        if (error instanceof ExtractError) throw error;
        messages.push(warning('loader-message', `Page ${number} could not be read (${describe(error)}); it is left empty.`));
        read.push({ lines: [], height: 0, graphics: { rules: [], imageCount: 0 }, textRuns: 0, rotated: 0 });
      }
    }
    const scanned = read.map((page, index) => (page.textRuns === 0 && page.graphics.imageCount > 0 ? index + 1 : 0)).filter((number) => number > 0);
    if (read.every((page) => page.textRuns === 0)) {
      if (scanned.length > 0) throw new ExtractError('no-text', 'scanned PDF with no text layer: OCR is needed');
      throw new ExtractError('no-text', 'the PDF has no text on any page');
    }
    if (scanned.length > 0) {
      messages.push(warning('ocr-needed', `${scanned.length === 1 ? 'Page' : 'Pages'} ${scanned.join(', ')} ${scanned.length === 1 ? 'is a scanned image' : 'are scanned images'} with no text layer: OCR is needed to read ${scanned.length === 1 ? 'it' : 'them'}.`));
    }
    const rotated = read.reduce((sum, page) => sum + page.rotated, 0);
    if (rotated > 0) messages.push(info('loader-message', `${rotated} rotated or vertical text ${rotated === 1 ? 'piece was' : 'pieces were'} left out`));
    const bodies = removePdfFurniture(read);
    const evidence = collectWordEvidence(bodies.flat().flatMap((line) => line.segments.map((segment) => segment.text)).join('\n'));
    const pages = bodies.map((lines, index) => layoutPage(lines, { rules: read[index]?.graphics.rules ?? [], evidence }));
    return { format: 'pdf', pages, pageCount: document.numPages, messages };
  } finally {
    await task.destroy();
  }
}
