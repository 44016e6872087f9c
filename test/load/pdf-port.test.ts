import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedPdfWorkerHalf, loadPdfJs } from '../../src/load/pdf-import.js';
import { isTextContentChunk, SameThreadPort } from '../../src/load/pdf-port.js';

const enqueue = 4;

describe('isTextContentChunk', () => {
  it.each([
    ['a chunk of page text', { stream: enqueue, streamId: 1, chunk: { items: [], styles: {}, lang: null } }, true],
    ['page text without lang', { stream: enqueue, chunk: { items: [{ str: 'a' }], styles: {} } }, true],
    ['a chunk of an operator list', { stream: enqueue, chunk: { fnArray: [], argsArray: [], lastChunk: false } }, false],
    ['text items with keys it does not know', { stream: enqueue, chunk: { items: [], styles: {}, lang: null, more: 1 } }, false],
    ['page text closing its stream', { stream: 3, chunk: { items: [], styles: {} } }, false],
    ['a request', { action: 'GetPage', data: { pageIndex: 0 } }, false],
    ['null', null, false],
    ['a string', 'test', false],
  ])('%s: %s', (_name, message, expected) => {
    expect(isTextContentChunk(message)).toBe(expected);
  });
});

/** A SameThreadPort that counts the chunks it hands over uncopied. */
class CountingPort extends SameThreadPort {
  shared = 0;
  override postMessage(message: unknown, transfer?: Transferable[]): void {
    if (isTextContentChunk(message)) this.shared += 1;
    super.postMessage(message, transfer);
  }
}

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;

interface PageRead {
  text: unknown;
  operators: { fnArray: number[]; argsLength: number };
}

async function readPages(pdfjs: PdfJs, bytes: Uint8Array, port: CountingPort | null): Promise<PageRead[]> {
  let worker = null;
  if (port) {
    loadedPdfWorkerHalf().initializeFromPort(port);
    worker = new pdfjs.PDFWorker({ port: port as unknown as undefined });
  }
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, ...(worker ? { worker } : {}) });
  try {
    const document = await task.promise;
    const pages: PageRead[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const operators = await page.getOperatorList();
      pages.push({ text: await page.getTextContent(), operators: { fnArray: [...operators.fnArray], argsLength: operators.argsArray.length } });
    }
    return pages;
  } finally {
    await task.destroy();
    worker?.destroy();
  }
}

const root = join(import.meta.dirname, '..', '..');
const rendered = join(root, '..', 'shared', 'corpus', 'rendered', 'pdf');
const pdfs = [
  ...['pdf/report-2018.pdf', 'pdf/report-2009.pdf', 'bad/scanned.pdf'].map((name) => join(root, 'fixtures', name)),
  // Real reports too, where the shared corpus is at hand (some have tables, whose pages need operator lists).
  ...(existsSync(rendered) ? readdirSync(rendered).filter((name) => name.endsWith('.pdf')).sort().slice(0, 12).map((name) => join(rendered, name)) : []),
];

describe('SameThreadPort', () => {
  it.each(pdfs)('reads %s exactly as pdf.js reads it through its own copying port', async (path) => {
    const pdfjs = await loadPdfJs();
    const bytes = readFileSync(path);
    const port = new CountingPort();
    const ours = await readPages(pdfjs, bytes, port);
    const theirs = await readPages(pdfjs, bytes, null);
    // Font names carry the number of the document within the thread (g_d3_f1), which differs between the reads.
    const comparable = (pages: PageRead[]) => JSON.parse(JSON.stringify(pages).replace(/g_d\d+_/g, 'g_d_')) as unknown;
    expect(comparable(ours)).toEqual(comparable(theirs));
    // The page text did come through uncopied: a pdf.js whose chunks it no longer recognises fails here.
    const hasText = theirs.some((page) => (page.text as { items: unknown[] }).items.length > 0);
    expect(port.shared > 0).toBe(hasText);
  });
});
