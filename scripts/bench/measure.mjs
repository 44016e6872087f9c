// One measurement of the benchmark, in a process of its own so that its peak memory is its own:
//   node scripts/bench/measure.mjs bare-pdf|bare-docx <folder> [threads]   (threads > 1: the files dealt round robin
//   to that many worker threads, each reading its share on its own: the library's own speed-up from a second core)
//   node scripts/bench/measure.mjs pipeline <folder> <out> <jobs>
//   node scripts/bench/measure.mjs in-process <folder>   (extractDocument file after file on this thread, no I/O
//   counted: what one core does once started)
//   node scripts/bench/measure.mjs our-loader|our-extraction <folder> [threads]   (the PDF batch's steps between bare
//   pdf.js and the CLI, dealt to threads as bare-pdf is: loadDocument alone, everything the loader does with pdf.js;
//   then extractDocument, the loader and the extraction, without the CLI's outputs)
// Prints {"files", "seconds", "peakMB"} as JSON. Plain JavaScript (no tsx) so no compiler sits in the figures.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

const [mode, folder, out, jobs] = isMainThread ? process.argv.slice(2) : [workerData.mode, workerData.folder];
const names = isMainThread ? (await readdir(folder)).sort() : workerData.names;

// pdf.js loaded the way the pipeline loads it (dist/load/pdf-import.js puts back the built-ins its polyfills
// slow down on Node 20), so that the bare figure is the library at its best, not at its slowest.
async function barePdf(bytes) {
  const { loadPdfJs } = await import('../../dist/load/pdf-import.js');
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const document = await task.promise;
  let characters = 0;
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) characters += 'str' in item ? item.str.length : 0;
    page.cleanup();
  }
  await task.destroy();
  return characters;
}

let loaderSettings = null;
async function ourLoader(bytes, name) {
  const { loadDocument } = await import('../../dist/load/index.js');
  const { normaliseExtractOptions } = await import('../../dist/options.js');
  loaderSettings ??= normaliseExtractOptions({});
  return (await loadDocument(bytes, name, loaderSettings)).pages.length;
}

async function ourExtraction(bytes, name) {
  const { extractDocument } = await import('../../dist/pipeline.js');
  return (await extractDocument(bytes, { fileName: name, sourcePath: name })).status;
}

const readers = { 'bare-pdf': (bytes) => barePdf(bytes), 'bare-docx': (bytes) => bareDocx(bytes), 'our-loader': ourLoader, 'our-extraction': ourExtraction };

async function bareDocx(bytes) {
  const mammoth = (await import('mammoth')).default;
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.length;
}

const started = performance.now();
if (mode in readers && isMainThread && Number(out ?? 1) > 1) {
  const threads = Number(out);
  await Promise.all(
    Array.from({ length: threads }, (_, thread) => {
      const share = names.filter((_, index) => index % threads === thread);
      const worker = new Worker(new URL(import.meta.url), { workerData: { mode, folder, names: share } });
      return new Promise((resolve, reject) => {
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a reader thread exited with ${code}`))));
      });
    }),
  );
} else if (mode in readers) {
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(folder, name)));
    await readers[mode](bytes, name);
    // Our readers turn the event loop between files, as the CLI's worker does (src/batch/worker.ts: pdf.js's zlib
    // callbacks would otherwise pile up); bare pdf.js is left as it was measured before.
    if (mode.startsWith('our-')) await new Promise((resolve) => setImmediate(resolve));
  }
} else if (mode === 'pipeline') {
  const { runCli } = await import('../../dist/cli/main.js');
  const io = { out: () => undefined, err: (text) => process.stderr.write(text), stdin: process.stdin, errIsTerminal: false };
  const code = await runCli([folder, '--out', out, '--force', '--quiet', '--jobs', jobs, '--format', 'jsonl,csv'], io);
  if (code > 1) throw new Error(`the CLI exited with ${code}`);
} else if (mode === 'in-process') {
  const { extractDocument } = await import('../../dist/pipeline.js');
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(folder, name))) })));
  const begun = performance.now();
  for (const { name, bytes } of files) await extractDocument(bytes, { fileName: name, sourcePath: name });
  const seconds = (performance.now() - begun) / 1000;
  console.log(JSON.stringify({ files: names.length, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
} else throw new Error(`unknown mode ${mode}`);
if (!isMainThread) process.exit(0);
const seconds = (performance.now() - started) / 1000;
// maxRSS covers the whole process, worker threads included.
console.log(JSON.stringify({ files: names.length, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
