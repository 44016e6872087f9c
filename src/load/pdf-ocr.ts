// OCR for PDF pages that are only a scanned image (opt-in, --ocr). The page is rendered by pdf.js onto an
// @napi-rs/canvas surface and read by tesseract.js with the English model from @tesseract.js-data/eng.
// Everything is loaded from installed packages (langPath, corePath, workerPath): nothing is downloaded at
// run time. tesseract.js and the canvas are imported only when OCR is asked for, since its wasm and the
// canvases live outside the JS heap and the default path should not pay for them.
import { createRequire } from 'node:module';
import path from 'node:path';

/** Dots per inch the page is rendered at: tesseract reads body text best at about 300 dpi. */
export const ocrDpi = 300;
/** The rendered page is capped at this many pixels whatever the MediaBox says (an A4 page at 300 dpi is 8.7 M). */
export const maxOcrPixels = 12_000_000;
/** Longest side of the rendered page in pixels, so a page 1 pt by 10 m is bounded too. */
export const maxOcrSide = 6_000;

export interface OcrWord {
  text: string;
  /** tesseract's confidence in the word, 0 to 100. */
  confidence: number;
}

export interface OcrPage {
  page: number;
  text: string;
  words: OcrWord[];
  /** Mean word confidence, 0 to 100. */
  meanConfidence: number;
}

interface RenderablePage {
  getViewport(parameters: { scale: number }): { width: number; height: number };
  render(parameters: { canvasContext: unknown; viewport: unknown }): { promise: Promise<void>; cancel(): void };
}

/** Scale from PDF points that renders at ocrDpi but keeps the bitmap inside maxOcrPixels and maxOcrSide. */
export function ocrScale(widthPoints: number, heightPoints: number): number {
  const wanted = ocrDpi / 72;
  const width = Math.max(1, widthPoints);
  const height = Math.max(1, heightPoints);
  const byArea = Math.sqrt(maxOcrPixels / (width * height));
  const bySide = maxOcrSide / Math.max(width, height);
  return Math.min(wanted, byArea, bySide);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type TesseractWorker = import('tesseract.js').Worker;

/** One tesseract worker for a document's scanned pages; terminate() frees its wasm memory. */
export class PageOcr {
  private worker: Promise<TesseractWorker> | null = null;

  constructor(private readonly timeoutMs: number) {}

  private start(): Promise<TesseractWorker> {
    this.worker ??= (async () => {
      const tesseract = await import('tesseract.js');
      const require = createRequire(import.meta.url);
      const english = require('@tesseract.js-data/eng') as { langPath: string };
      const workerPath = require.resolve('tesseract.js/src/worker-script/node/index.js');
      const corePath = path.dirname(require.resolve('tesseract.js-core/package.json'));
      return tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
        langPath: english.langPath,
        corePath,
        workerPath,
        gzip: true,
        cacheMethod: 'none',
      });
    })();
    return this.worker;
  }

  /** Renders one page and reads it; throws when rendering or reading takes longer than the page's time limit. */
  async read(page: RenderablePage, number: number): Promise<OcrPage> {
    const started = Date.now();
    const { createCanvas } = await import('@napi-rs/canvas');
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: ocrScale(base.width, base.height) });
    const canvas = createCanvas(Math.max(1, Math.floor(viewport.width)), Math.max(1, Math.floor(viewport.height)));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const task = page.render({ canvasContext: context, viewport });
    await withTimeout(task.promise, this.timeoutMs, `rendering page ${number} for OCR`, () => task.cancel());
    const image = canvas.toBuffer('image/png');
    const worker = await this.start();
    const left = Math.max(1, this.timeoutMs - (Date.now() - started));
    const result = await withTimeout(worker.recognize(image, {}, { text: true, blocks: true }), left,
      `OCR of page ${number}`, () => void this.terminate());
    const words: OcrWord[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          for (const word of line.words) words.push({ text: word.text, confidence: Math.round(word.confidence) });
        }
      }
    }
    const meanConfidence = words.length === 0 ? 0 : Math.round(words.reduce((sum, word) => sum + word.confidence, 0) / words.length);
    return { page: number, text: result.data.text, words, meanConfidence };
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker).terminate();
  }
}
