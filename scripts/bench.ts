// `npm run bench`: speed and memory of the whole pipeline against the bare text extraction of the same files by
// the same libraries (pdf.js getTextContent over every page; mammoth), measured in the same run. Builds a
// corpus of copies of the fixtures in .bench/ (git-ignored). Never part of `npm test`. The in-process column is
// extractDocument file after file on one thread once started: the pipeline without start-up, batch I/O or threads.
//   npm run bench -- [--count 1000] [--big 10000] [--repeat 3]
//   npm run bench -- --pdf-batch 300,3000 [--repeat 3]   (the CLI against bare pdf.js on 1 and 2 threads and pdftotext,
//   with our loader and our extraction on 2 threads between them)
// --big N also measures peak memory over N text reports with two jobs, to compare with the figure for --count.
// The bare extraction is also measured on two threads (the files dealt between two worker threads): how much the
// libraries themselves gain from the second core, next to what the pipeline gains from a second job.
// --repeat N takes every figure N times in rounds (bare, in-process, one job, two jobs, then again) and prints the
// median of each rate and of each round's ratios, and the highest peak. This machine's speed drifts by half over
// minutes, so a ratio is only fair between runs close in time: those of one round.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launcherFlags } from './bench/launcher-flags.js';
import { pdfBatchTable } from './bench/pdf-batch.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    big: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'pdf-batch': { type: 'string' },
  },
});
// --pdf-batch 300,3000: only the PDF batch comparison with the machine's limit (see scripts/bench/pdf-batch.ts).
if (values['pdf-batch'] !== undefined) {
  const sizes = values['pdf-batch'].split(',').map(Number).filter((size) => size > 0);
  console.error(`PDF batches of ${sizes.join(' and ')} files, ${values.repeat} rounds`);
  console.log(pdfBatchTable(root, sizes, Math.max(1, Number(values.repeat))));
  process.exit(0);
}
const repeat = Math.max(1, Number(values.repeat));
const count = Number(values.count);
const big = values.big === undefined ? null : Number(values.big);

interface Measurement {
  files: number;
  seconds: number;
  peakMB: number;
}

// The pipeline runs with the launcher's flags, as `breach-extract` and `npx breach-extract` run it; the bare
// libraries and the in-process extraction (the library as another program imports it) run without.
function measure(...args: string[]): Measurement {
  const flags = args[0] === 'pipeline' ? launcherFlags(root) : [];
  const output = execFileSync(process.execPath, [...flags, join(root, 'scripts', 'bench', 'measure.mjs'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  const last = output.trim().split('\n').pop() ?? '{}';
  const result = JSON.parse(last) as Measurement;
  const detail = args[0]?.startsWith('bare') ? args.slice(2) : args.slice(3);
  console.error(`  ${args[0]} ${detail.join(' ')}: ${result.files} files in ${result.seconds.toFixed(1)} s, peak ${result.peakMB.toFixed(0)} MB`);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** `size` copies of the sources, round robin; text copies get a numbered closing line so that each is its own. */
function corpus(name: string, sources: string[], size: number, text: boolean): string {
  const folder = join(benchDir, `${name}-${size}`);
  if (existsSync(folder) && readdirSync(folder).length === size) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < size; index += 1) {
    const source = sources[index % sources.length] ?? '';
    const target = join(folder, `${String(index).padStart(5, '0')}-${source.split('/').pop() ?? ''}`);
    if (text) writeFileSync(target, `${readFileSync(source, 'utf8')}\n\nCopy ${index}.\n`);
    else copyFileSync(source, target);
  }
  return folder;
}

const fixtures = join(root, 'fixtures');
const pdfs = readdirSync(join(fixtures, 'pdf')).filter((name) => name.endsWith('.pdf')).map((name) => join(fixtures, 'pdf', name));
const docxs = readdirSync(join(fixtures, 'docx')).filter((name) => name.endsWith('.docx')).map((name) => join(fixtures, 'docx', name));
const texts = readdirSync(join(fixtures, 'reports')).map((name) => join(fixtures, 'reports', name));
const out = join(benchDir, 'out');
const rate = (m: Measurement) => m.files / m.seconds;
const rows: string[][] = [];

console.error(`building ${count} copies per format in .bench/ and measuring (each figure from its own process)`);
for (const [format, sources, bare] of [
  ['PDF', pdfs, 'bare-pdf'],
  ['DOCX', docxs, 'bare-docx'],
  ['text', texts, null],
] as const) {
  const folder = corpus(format.toLowerCase(), sources, count, format === 'text');
  console.error(format);
  const rounds: { baseline: Measurement | null; bareTwo: Measurement | null; inProcess: Measurement; one: Measurement; two: Measurement }[] = [];
  for (let round = 0; round < repeat; round += 1) {
    rounds.push({
      baseline: bare ? measure(bare, folder) : null,
      bareTwo: bare ? measure(bare, folder, '2') : null,
      inProcess: measure('in-process', folder),
      one: measure('pipeline', folder, out, '1'),
      two: measure('pipeline', folder, out, '2'),
    });
  }
  const baselines = rounds.flatMap((round) => (round.baseline ? [round.baseline] : []));
  const medianRate = (runs: Measurement[]) => median(runs.map(rate)).toFixed(1);
  const peak = (runs: Measurement[]) => Math.max(...runs.map((run) => run.peakMB)).toFixed(0);
  rows.push([
    format,
    String(count),
    baselines.length > 0 ? medianRate(baselines) : 'n/a',
    medianRate(rounds.map((round) => round.inProcess)),
    medianRate(rounds.map((round) => round.one)),
    medianRate(rounds.map((round) => round.two)),
    baselines.length > 0 ? `${median(rounds.map((round) => round.one.seconds / (round.baseline?.seconds ?? 1))).toFixed(2)}x` : 'n/a',
    `${median(rounds.map((round) => rate(round.two) / rate(round.one))).toFixed(2)}x`,
    baselines.length > 0 ? `${median(rounds.map((round) => (round.bareTwo && round.baseline ? rate(round.bareTwo) / rate(round.baseline) : 0))).toFixed(2)}x` : 'n/a',
    baselines.length > 0 ? peak(baselines) : 'n/a',
    peak(rounds.map((round) => round.one)),
    peak(rounds.map((round) => round.two)),
  ]);
}
if (big !== null) {
  console.error(`text, ${big} files`);
  const folder = corpus('text', texts, big, true);
  const runs = Array.from({ length: repeat }, () => measure('pipeline', folder, out, '2'));
  rows.push(['text', String(big), 'n/a', 'n/a', 'n/a', median(runs.map(rate)).toFixed(1), 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', Math.max(...runs.map((run) => run.peakMB)).toFixed(0)]);
}
rmSync(out, { recursive: true, force: true });

const header = ['format', 'files', 'bare files/s', 'extraction files/s (in-process, one core)', 'pipeline files/s (1 job)', 'pipeline files/s (2 jobs)', 'pipeline time / bare (1 job)', '2 jobs / 1 job speed', 'bare: 2 threads / 1 thread speed', 'bare peak MB', 'peak MB (1 job)', 'peak MB (2 jobs)'];
const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
console.log(table);

// The OCR row: the scanned fixture read with --ocr by the built CLI on one job, in seconds per page (pdf.js
// rendering and tesseract.js; the model and the wasm are loaded once per run, so this includes that start).
const scan = join(fixtures, 'ocr', 'report-2018-scan.pdf');
if (existsSync(scan)) {
  const ocrOut = join(benchDir, 'ocr-out');
  const started = performance.now();
  execFileSync(process.execPath, [join(root, 'bin', 'breach-extract.js'), scan, '--ocr', '--jobs', '1', '--timeout', '600', '--out', ocrOut, '--quiet', '--force'], { stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  const record = JSON.parse(readFileSync(join(ocrOut, 'records.jsonl'), 'utf8').split('\n')[0] ?? '{}') as { source?: { pages?: number } };
  const pages = record.source?.pages ?? 1;
  rmSync(ocrOut, { recursive: true, force: true });
  console.log(`\nOCR (--ocr, 1 job): ${pages} scanned pages in ${seconds.toFixed(1)} s, ${(seconds / pages).toFixed(1)} s a page`);
}
