// Loads pdf.js once per thread. Its legacy build (the one for Node) carries core-js polyfills, and on Node 20
// (V8 11) some of them replace built-ins that already work for everything pdf.js and this project do with
// slower script versions, for the whole process: Array.prototype.push (for arrays whose length was made
// read-only) and JSON.parse (for the source text handed to a reviver). The script push alone took about a
// sixth of the time pdf.js needs to read a page's text, and every push elsewhere in the process paid for it too.
// Those replaced built-ins are put back once both pdf.js modules are loaded; what the polyfills add and Node
// lacks (Promise.withResolvers, Uint8Array.prototype.toHex, ...) stays. On Node versions whose built-ins pass
// core-js's checks nothing is replaced and nothing is put back.
import type { PdfWorkerHalf } from './pdf-port.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Built-ins the polyfills may replace that need no replacing here. */
const keptBuiltIns: readonly [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

let loading: Promise<PdfJs> | null = null;
let workerHalf: PdfWorkerHalf | null = null;

async function importPdfJs(): Promise<PdfJs> {
  const saved = keptBuiltIns.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key));
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js runs its "worker" in this thread and would import this module on the first document, polyfilling
    // again; imported now, it sets globalThis.pdfjsWorker, where pdf.js looks first.
    workerHalf = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')).WorkerMessageHandler as PdfWorkerHalf;
    return pdfjs;
  } finally {
    keptBuiltIns.forEach(([owner, key], index) => {
      const descriptor = saved[index];
      if (descriptor && Object.getOwnPropertyDescriptor(owner, key)?.value !== descriptor.value) Object.defineProperty(owner, key, descriptor);
    });
  }
}

/** pdf.js's legacy build, loaded on first use. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importPdfJs().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** pdf.js's worker half, once loadPdfJs has resolved. */
export function loadedPdfWorkerHalf(): PdfWorkerHalf {
  if (!workerHalf) throw new Error('pdf.js is not loaded yet');
  return workerHalf;
}
