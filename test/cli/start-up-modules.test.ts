// What the built CLI loads before its workers start, and what a worker loads before its first file: a module pulled
// in there delays every run. The record schema (zod) once came in through --version's module and held the workers
// back by a tenth of a second; every reader once came in with the pipeline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'start-up-modules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A loader hook that reports every module resolved, and a script that imports the given modules and prints the
// packages (node_modules/<name>) that came with them.
const hook = join(scratch, 'hook.mjs');
writeFileSync(
  hook,
  `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  port.postMessage(resolved.url);
  return resolved;
}
`,
);
const script = join(scratch, 'imports.mjs');
writeFileSync(
  script,
  `import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const urls = [];
const marker = 'data:text/javascript,export default 0';
const seenMarker = new Promise((resolve) => port1.on('message', (url) => (url === marker ? resolve() : urls.push(url))));
register(${JSON.stringify(pathToFileURL(hook).href)}, { data: { port: port2 }, transferList: [port2] });
for (const module of process.argv.slice(2)) await import(module);
await import(marker);
await seenMarker;
port1.close();
// The built CLI itself sits under node_modules/.cache: a name with a dot is no package.
const packages = new Set(urls.flatMap((url) => /.*\\/node_modules\\/((?:@[^/]+\\/)?[^./][^/]*)\\//.exec(url)?.[1] ?? []));
console.log(JSON.stringify([...packages].sort()));
`,
);

function packagesLoadedBy(...modules: string[]): string[] {
  const dist = join(dirname(dirname(builtCli())), 'dist');
  const urls = modules.map((module) => pathToFileURL(join(dist, module)).href);
  return JSON.parse(execFileSync(process.execPath, [script, ...urls], { encoding: 'utf8' })) as string[];
}

describe('modules loaded at start-up', () => {
  it('the command line, before it starts the workers, loads no package', () => {
    expect(packagesLoadedBy('cli/main.js', 'cli/extract-command.js')).toEqual([]);
  });

  it('a worker, before its first file, loads no reader: no pdf.js, mammoth, HTML or XML parser', () => {
    const packages = packagesLoadedBy('pipeline.js', 'batch/record-outputs.js', 'write/json.js', 'batch/cap-sections.js');
    expect(packages).toEqual(expect.arrayContaining(['zod', 'chrono-node']));
    for (const reader of ['pdfjs-dist', 'mammoth', 'parse5', '@xmldom/xmldom', 'word-extractor', 'cfb']) expect(packages).not.toContain(reader);
  });
});
