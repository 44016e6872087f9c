// The PDF batch comparison of `npm run bench -- --pdf-batch`: the whole CLI with --jobs 2, run as a user runs it
// (npx; the launcher run directly, as an installed breach-extract is; node on the launcher), against the machine's limit measured in the same rounds: bare pdf.js
// getTextContent on one and on two worker threads, and poppler's pdftotext two at a time, over the same files; and
// between the two, our loader alone and the loader with the extraction on two threads, which say where the gap is.
// The files are copies of real breach-report PDFs (../shared/corpus/rendered/pdf when present, else the fixtures).
// Each round runs every command once, in turn, so that the machine's drift falls on all of them alike; the table
// gives the median of each command's wall time and of each round's ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cliRunFlags } from './launcher-flags.js';

interface Command {
  name: string;
  run: (folder: string, out: string) => void;
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function sourcePdfs(root: string): string[] {
  const rendered = join(root, '..', 'shared', 'corpus', 'rendered', 'pdf');
  const folder = existsSync(rendered) ? rendered : join(root, 'fixtures', 'pdf');
  return readdirSync(folder).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(folder, name));
}

function batchFolder(root: string, sources: string[], size: number): string {
  const folder = join(root, '.bench', `pdf-batch-${size}`);
  if (existsSync(folder) && readdirSync(folder).length === size) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < size; index += 1) {
    const source = sources[index % sources.length] ?? '';
    copyFileSync(source, join(folder, `${String(index).padStart(5, '0')}-${source.split('/').pop() ?? ''}`));
  }
  return folder;
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

export function pdfBatchTable(root: string, sizes: number[], rounds: number): string {
  const measure = join(root, 'scripts', 'bench', 'measure.mjs');
  const quiet = { cwd: root, stdio: 'ignore' as const };
  const cliFlags = cliRunFlags(root, 2);
  const commands: Command[] = [
    { name: 'bare pdf.js, 1 thread', run: (folder) => execFileSync(process.execPath, [measure, 'bare-pdf', folder], quiet) },
    { name: 'bare pdf.js, 2 threads', run: (folder) => execFileSync(process.execPath, [measure, 'bare-pdf', folder, '2'], quiet) },
    ...(hasPdftotext
      ? [{ name: 'pdftotext, two at a time', run: (folder: string) => execFileSync('sh', ['-c', `ls "${folder}"/*.pdf | xargs -P 2 -n 25 sh -c 'for f; do pdftotext -layout "$f" /dev/null; done' _`], quiet) }]
      : []),
    // The steps between the limit and the CLI, on two threads as bare pdf.js is (no CLI, no outputs) but with the V8
    // flags of a CLI run with two jobs, to compare with the CLI: what our loader adds to pdf.js, then what the
    // extraction adds to the loader.
    { name: 'our loader alone (loadDocument), 2 threads', run: (folder) => execFileSync(process.execPath, [...cliFlags, measure, 'our-loader', folder, '2'], quiet) },
    { name: 'loader and extraction (extractDocument), 2 threads', run: (folder) => execFileSync(process.execPath, [...cliFlags, measure, 'our-extraction', folder, '2'], quiet) },
    { name: 'breach-extract --jobs 2 via npx', run: (folder, out) => execFileSync('npx', ['breach-extract', folder, '--out', out, '--jobs', '2', '--quiet', '--force'], quiet) },
    // What an installed breach-extract runs (npm links the launcher into node_modules/.bin or onto the PATH): the
    // launcher itself, with the V8 flags of its #! line, and without npx's own start-up.
    { name: 'the same, installed (the launcher run directly)', run: (folder, out) => execFileSync(join(root, 'bin', 'breach-extract.js'), [folder, '--out', out, '--jobs', '2', '--quiet', '--force'], quiet) },
    { name: 'the same via node bin/breach-extract.js (without the #! line\'s flags)', run: (folder, out) => execFileSync(process.execPath, [join(root, 'bin', 'breach-extract.js'), folder, '--out', out, '--jobs', '2', '--quiet', '--force'], quiet) },
  ];
  const out = join(root, '.bench', 'pdf-batch-out');
  const sources = sourcePdfs(root);
  const columns = sizes.map((size) => {
    const folder = batchFolder(root, sources, size);
    const times = commands.map(() => [] as number[]);
    for (let round = 0; round < rounds; round += 1) {
      commands.forEach((command, index) => times[index]?.push(seconds(() => command.run(folder, out))));
      console.error(`  ${size} files, round ${round + 1}: ${commands.map((command, index) => `${command.name} ${times[index]?.at(-1)?.toFixed(2)} s`).join(', ')}`);
    }
    rmSync(out, { recursive: true, force: true });
    // Ratios per round, against bare single-thread pdf.js and against the limit (bare on two threads).
    const ratio = (index: number, to: number) => median(times[index]!.map((time, round) => time / (times[to]?.[round] ?? 1)));
    return commands.map((_, index) => `${median(times[index] ?? []).toFixed(2)} s (${ratio(index, 0).toFixed(2)}x 1 thread, ${ratio(index, 1).toFixed(2)}x 2 threads)`);
  });
  const header = ['command', ...sizes.map((size) => `${size} files: median wall (vs bare pdf.js)`)];
  const rows = commands.map((command, index) => [command.name, ...columns.map((column) => column[index] ?? '')]);
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
