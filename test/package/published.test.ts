// The package as npm publishes it: packed from a fresh copy of the project's files (so that the build is the
// prepare script's, not whatever dist/ holds here), installed from the tarball into a new ES module project and a
// new CommonJS project, and used there as a user would: the API and its types through import and require, the
// package.json and the JSON Schema by their export names, and the CLI with its exit codes. Installs use npm's
// cache first (`npm ci` filled it), so this runs offline once the dependencies have been installed here.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'breach-extract-package-'));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const report = join(root, 'fixtures', 'reports', '2009-late-release.txt');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

interface Run {
  code: number;
  out: string;
  err: string;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' }, maxBuffer: 32 * 1048576 }, (error, out, err) => {
      resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}

async function succeed(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.err}${result.out}`);
  return result.out;
}

/** The files a package is made from, copied without dist/ and with the project's dependencies linked in. */
function stageProject(): string {
  const staging = join(work, 'project');
  mkdirSync(staging);
  for (const name of ['package.json', 'README.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json', 'bin', 'src', 'schemas']) {
    cpSync(join(root, name), join(staging, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(staging, 'node_modules'), 'dir');
  return staging;
}

/** npm pack (which runs the prepare script, the build); returns the tarball and the files in it. */
async function pack(staging: string): Promise<{ tarball: string; files: string[] }> {
  const out = await succeed('npm', ['pack', '--json', '--pack-destination', work], staging);
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error('npm pack gave no tarball');
  return { tarball: join(work, info.filename), files: info.files.map((file) => file.path) };
}

/**
 * An ES module project with the tarball installed, and inside it a CommonJS project of its own (its package.json
 * says so) that finds the same installed package up the folder tree, as Node and TypeScript resolve it: one
 * install instead of two, each of which took 10-15 s here.
 */
async function consumers(tarball: string): Promise<{ esm: string; cjs: string }> {
  const esm = join(work, 'esm-consumer');
  const cjs = join(esm, 'cjs-consumer');
  mkdirSync(cjs, { recursive: true });
  writeFileSync(join(esm, 'package.json'), JSON.stringify({ name: 'esm-consumer', private: true, type: 'module' }));
  writeFileSync(join(cjs, 'package.json'), JSON.stringify({ name: 'cjs-consumer', private: true, type: 'commonjs' }));
  await succeed('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], esm);
  // One type check for both kinds of module: TypeScript reads a .mts file as ES module, a .cts file as CommonJS.
  writeFileSync(
    join(esm, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, typeRoots: [join(root, 'node_modules', '@types')], types: ['node'] },
      files: ['check.mts', 'cjs-consumer/check.cts'],
    }),
  );
  return { esm, cjs };
}

const sample = "new TextEncoder().encode('Name of producer organisation\\tNorthshire Statistics Office\\nDate of breach report\\t3 May 2020\\n')";

const esmScript = `import { extractDocument, recordJsonSchema, SCHEMA_VERSION } from 'breach-extract';
import manifest from 'breach-extract/package.json' with { type: 'json' };
import schema from 'breach-extract/record.schema.json' with { type: 'json' };
const record = await extractDocument(${sample}, { fileName: 'a.txt' });
console.log(JSON.stringify({ producer: record.producer.name, version: manifest.version, schema: schema.title, live: typeof recordJsonSchema, SCHEMA_VERSION }));
`;

const cjsScript = `const api = require('breach-extract');
const manifest = require('breach-extract/package.json');
const schema = require('breach-extract/schemas/record.schema.json');
api.extractDocument(${sample}, { fileName: 'a.txt' }).then((record) => {
  console.log(JSON.stringify({ producer: record.producer.name, version: manifest.version, schema: schema.title, live: typeof api.recordJsonSchema, SCHEMA_VERSION: api.SCHEMA_VERSION }));
});
`;

// Type-checked only: the types of both entry points, used as a TypeScript user would.
const esmTypes = `import { extractDocument, recordsToCsv, type BreachRecord, type RecordStatus } from 'breach-extract';
const record: BreachRecord = await extractDocument(new Uint8Array(), { fileName: 'a.txt' });
const status: RecordStatus = record.status;
const csv: string = recordsToCsv([record], { bom: true });
console.log(status, csv);
`;

const cjsTypes = `import api = require('breach-extract');
import { extractDocument, type BreachRecord } from 'breach-extract';
async function main(): Promise<void> {
  const record: BreachRecord = await extractDocument(new Uint8Array(), { fileName: 'a.txt' });
  const csv: string = api.recordsToCsv([record]);
  console.log(csv);
}
void main();
`;

describe('the published package', () => {
  let files: string[] = [];
  let esm = '';
  let cjs = '';

  beforeAll(async () => {
    const { tarball, files: packed } = await pack(stageProject());
    files = packed;
    ({ esm, cjs } = await consumers(tarball));
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the build, both entry points and their types, the schema and the licence, and no sources', () => {
    for (const path of ['LICENSE', 'README.md', 'package.json', 'bin/breach-extract.js', 'dist/index.js', 'dist/index.d.ts', 'dist/index.cjs', 'dist/index.d.cts', 'dist/cli/main.js', 'dist/batch/worker.js', 'schemas/record.schema.json']) {
      expect(files, path).toContain(path);
    }
    expect(files.filter((path) => path.startsWith('src/') || path.startsWith('test/') || path.startsWith('fixtures/'))).toEqual([]);
  });

  const expected = { producer: 'Northshire Statistics Office', version: packageJson.version, schema: 'Breach record', live: 'function', SCHEMA_VERSION: '1' };

  it('is imported by an ES module project: the API, package.json and the JSON Schema', async () => {
    writeFileSync(join(esm, 'use.mjs'), esmScript);
    const result = await run(process.execPath, ['use.mjs'], esm);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out)).toEqual(expected);
  });

  it('is required by a CommonJS project, with no warning', async () => {
    writeFileSync(join(cjs, 'use.js'), cjsScript);
    const result = await run(process.execPath, ['use.js'], cjs);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out)).toEqual(expected);
    expect(result.err).toBe('');
  });

  it('gives its types to a TypeScript project, in an ES module file and in a CommonJS file', async () => {
    writeFileSync(join(esm, 'check.mts'), esmTypes);
    writeFileSync(join(cjs, 'check.cts'), cjsTypes);
    const result = await run(process.execPath, [tsc, '-p', '.'], esm);
    expect(result.code, result.out).toBe(0);
  }, 120_000);

  it('runs its CLI with the documented exit codes', async () => {
    const cli = join(esm, 'node_modules', '.bin', 'breach-extract');
    const out = join(work, 'cli-out');
    const version = await run(cli, ['--version'], esm);
    expect(version).toEqual({ code: 0, out: `breach-extract ${packageJson.version}\n`, err: '' });
    const extracted = await run(cli, [report, '--out', out, '--jobs', '1'], esm);
    expect(extracted.code, extracted.err).toBe(0);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(join(out, 'records.csv'))).toBe(true);
    // Installed, the package has no example reports: with no paths the CLI says what to give it.
    const noPaths = await run(cli, [], esm);
    expect(noPaths.code).toBe(64);
    expect(noPaths.err).toContain('no paths given');
    expect((await run(cli, ['--colour'], esm)).code).toBe(64);
    expect((await run(cli, [join(work, 'missing.pdf')], esm)).code).toBe(66);
    expect((await run(cli, [report, '--out', '/dev/null/out'], esm)).code).toBe(73);
    expect((await run(cli, ['summary', join(out, 'records.jsonl')], esm)).code).toBe(0);
  }, 120_000);
});
