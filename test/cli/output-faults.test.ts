// Faults of the output folder: a disk that fills up or a rename that fails while the outputs are put in place.
// The outputs of a run change together or not at all: on any failure the temporaries are removed, the earlier
// run's outputs stay whole, and the CLI says what went wrong in one line with its sysexits code.
// The faults are injected into node:fs/promises as this process sees it (the workers only parse).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { fixtures, runInProcess } from './run.js';

/** Which file's writes or rename fail, and how; null: no fault. */
const fault: { name: string | null; on: 'write' | 'rename'; code: string } = { name: null, on: 'write', code: 'ENOSPC' };

function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${syscall}`);
  error.code = code;
  error.syscall = syscall;
  return error;
}

/** The handle of a file whose name starts with the faulty name: its writes fail as on a full disk. */
function faultyHandle(handle: FileHandle, path: string): FileHandle {
  return new Proxy(handle, {
    get(target, property) {
      if (property === 'write' && fault.name !== null && fault.on === 'write' && basename(path).startsWith(fault.name)) {
        const code = fault.code;
        return () => Promise.reject(errnoError(code, 'write'));
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof actual.open>) => faultyHandle(await actual.open(...args), String(args[0]));
  const rename = async (from: string, to: string) => {
    if (fault.name !== null && fault.on === 'rename' && basename(to) === fault.name) throw errnoError(fault.code, 'rename');
    return actual.rename(from, to);
  };
  return { ...actual, default: { ...actual, open, rename }, open, rename };
});

const root = mkdtempSync(join(tmpdir(), 'breach-extract-output-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  fault.name = null;
});

const reports = join(fixtures, 'reports');
const firstReport = join(reports, '2009-late-release.txt');

/** Every file in the folder and its state folder, by name, with its content. */
function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of [out, join(out, '.breach-extract')]) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile()) files[join(folder, entry.name).slice(out.length + 1)] = readFileSync(join(folder, entry.name), 'utf8');
    }
  }
  return files;
}

/** The names of files added, removed or changed between two snapshots (the journal aside: it keeps what was read). */
function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  names.delete('.breach-extract/journal.jsonl');
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

function expectOneLine(err: string): void {
  expect(err).not.toMatch(/\n\s+at /);
  expect(err).not.toContain('internal error');
  expect(err.trimEnd().split('\n')).toHaveLength(1);
}

/** A folder holding the outputs of a run over one report, CSV, JSON Lines and the review page. */
async function earlierRun(name: string): Promise<{ out: string; before: Record<string, string> }> {
  const out = join(root, name);
  const run = await runInProcess([firstReport, '--out', out, '--format', 'jsonl,csv', '--review', '--jobs', '1', '--quiet']);
  expect(run.code, run.err).toBe(0);
  return { out, before: snapshot(out) };
}

describe('a full disk while the outputs are finished', () => {
  it.each(['practices.csv', 'review.html', 'journal.jsonl'])(
    'keeps every earlier output when writing %s fails, removes the temporaries, exits 74',
    async (name) => {
      const { out, before } = await earlierRun(`full-${name}`);
      Object.assign(fault, { name, on: 'write', code: 'ENOSPC' });
      const run = await runInProcess([reports, '--out', out, '--format', 'jsonl,csv', '--review', '--jobs', '1', '--quiet']);
      expect(run.code).toBe(exitCodes.ioError);
      expect(run.err).toContain('no space left on the device');
      expect(run.err).toContain(`the outputs already in ${out} are unchanged`);
      expectOneLine(run.err);
      // The journal keeps what this run read (so the next run resumes); every output is as the earlier run left it.
      expect(changedFiles(before, snapshot(out))).toEqual([]);
    },
  );
});

describe('a rename that fails while the outputs are put in place', () => {
  it('puts back the outputs already renamed, so the earlier set stays whole', async () => {
    const { out, before } = await earlierRun('rename');
    Object.assign(fault, { name: 'manifest.json', on: 'rename', code: 'EIO' });
    const run = await runInProcess([reports, '--out', out, '--format', 'jsonl,csv', '--review', '--jobs', '1', '--quiet']);
    expect(run.code).toBe(exitCodes.ioError);
    expect(run.err).toContain('input/output error');
    expectOneLine(run.err);
    expect(changedFiles(before, snapshot(out))).toEqual([]);
  });

  it('writes the whole new set when nothing fails', async () => {
    const { out, before } = await earlierRun('no-fault');
    const run = await runInProcess([reports, '--out', out, '--format', 'jsonl,csv', '--review', '--jobs', '1', '--quiet']);
    expect(run.code, run.err).toBe(0);
    const after = snapshot(out);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(changedFiles(before, after)).toEqual(Object.keys(after).filter((name) => !name.startsWith('.')).sort());
  });
});
