// Fuzzing the batch with mutated fixture bytes, bounded in count and time: flipped bytes, cuts, repeated and
// inserted slices, and the kinds the hostile-file campaign found (NUL bytes, UTF-16 without a byte-order mark, a
// PDF header inside a text, a page box of 1e38 units, runs of form feeds, names with escape sequences). Nothing
// crashes or hangs, every input comes out with a status, and a file that failed or was skipped has a reason that
// is a sentence of ours (one line, no parser fragments), not what a library threw.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/worker-pool.js';
import { writeBatch } from '../../src/batch/write-batch.js';
import { defaultLimits } from '../../src/options.js';
import { recordStatuses, type BreachRecord } from '../../src/record/schema.js';
import { fixtures, noise, temporaryFolder } from './make-inputs.js';

const sources = [
  'pdf/report-2018.pdf',
  'pdf/report-2009.pdf',
  'docx/report-2009.docx',
  'odt/report-2018.odt',
  'doc/report-2009.doc',
  'reports/2018-tab-table-early-release.txt',
  'reports/2018-web-page-pre-release-access.html',
  'reports/2009-release-arrangements.md',
];
// Two of each kind of mutation (see mutate) for every source.
const mutationKinds = 9;
const mutantsPerSource = 2 * mutationKinds;

/** A deterministic pseudo-random source, so a failure can be replayed from its seed. */
function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state ^ (state >>> 15), 2246822519) + 3266489917) >>> 0;
    return state % below;
  };
}

const splice = (bytes: Uint8Array, at: number, inserted: Uint8Array) => new Uint8Array([...bytes.subarray(0, at), ...inserted, ...bytes.subarray(at)]);

function mutate(bytes: Uint8Array, seed: number): Uint8Array {
  const next = random(seed);
  const copy = new Uint8Array(bytes);
  switch (seed % mutationKinds) {
    case 0: // flip a few bytes anywhere
      for (let count = 1 + next(20); count > 0; count -= 1) copy[next(copy.length)] = next(256);
      return copy;
    case 1: // cut the file short
      return copy.subarray(0, next(copy.length));
    case 2: {
      // repeat a slice
      const start = next(copy.length);
      return splice(copy, next(copy.length), copy.subarray(start, start + next(2000)));
    }
    case 3: // insert noise
      return splice(copy, next(copy.length), noise(1 + next(500), seed));
    case 4: // a few NUL bytes
      for (let count = 1 + next(3); count > 0; count -= 1) copy[next(copy.length)] = 0;
      return copy;
    case 5: // the file as UTF-16 without a byte-order mark (for a binary file, every byte followed by a zero)
      return new Uint8Array(Buffer.from(Buffer.from(copy).toString('latin1'), 'utf16le'));
    case 6: {
      // a PDF header on a line of its own near the start (as a text quoting it has it, not inside markup)
      const lineStart = copy.indexOf(0x0a, next(Math.min(copy.length, 900))) + 1;
      return splice(copy, lineStart > 0 && lineStart < 1000 ? lineStart : 0, Buffer.from('%PDF-1.7\n'));
    }
    case 7: {
      // page boxes of 1e38 units
      const text = Buffer.from(copy).toString('latin1');
      return new Uint8Array(Buffer.from(text.replace(/\/MediaBox\s*\[[^\]]*\]/g, '/MediaBox [0 0 1e38 1e38]').replace(/\/MediaBox\s*\[[^\]]*\]/g, '/MediaBox [0 0 100000000000000000000000000000000000000 1e38]'), 'latin1'));
    }
    default: // a run of form feeds
      return splice(copy, next(copy.length), Buffer.alloc(1 + next(3000), '\f'));
  }
}

// Names with what a terminal would obey: an escape sequence, a bell, a right-to-left override.
const hostileNameParts = ['', '\x1b[2J', '\x07', '\u202e'];

/** A reason a person reads: one line of ours, with no parser fragments. */
const rawParserText = /[\t\n<>{}]|Cannot read propert|is not a function|Not implemented|undefined|xmldom|\bat \w+ \(/;
describe('fuzzed inputs', () => {
  const root = temporaryFolder('fuzz');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives every mutated file a status and never crashes or hangs', async () => {
    const input = join(root, 'in');
    mkdirSync(input);
    const names: string[] = [];
    // The mutants that must still read as reports: the kinds once misread, on the sources they apply to.
    const mustRead = new Set<string>();
    sources.forEach((source, sourceIndex) => {
      const bytes = readFileSync(join(fixtures, source));
      for (let index = 0; index < mutantsPerSource; index += 1) {
        const seed = sourceIndex * 1000 + index;
        const name = `mutant-${String(seed).padStart(4, '0')}${hostileNameParts[index % hostileNameParts.length] ?? ''}-${source.split('/').pop() ?? ''}`;
        writeFileSync(join(input, name), mutate(bytes, seed));
        names.push(name);
        const kind = seed % mutationKinds;
        const isText = !/\.(pdf|docx|odt|doc)$/.test(source);
        if ((isText && (kind === 4 || kind === 5 || kind === 6)) || (source.endsWith('.pdf') && kind === 7)) mustRead.add(join(input, name));
      }
    });
    const pool = new WorkerPool(2, 10_000);
    try {
      const result = await writeBatch([input], { outDir: join(root, 'out'), formats: ['jsonl'], jobs: 2, pool, limits: defaultLimits, timeoutMs: 10_000, force: true });
      expect(result.completed).toBe(true);
      const records = readFileSync(join(root, 'out', 'records.jsonl'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as BreachRecord);
      // Recorded by their path from the working directory: the folder given, then the name.
      expect(records.map((record) => record.source.path)).toEqual(names.sort().map((name) => join(input, name)));
      expect(mustRead.size).toBe(2 * 3 * 3 + 2 * 2);
      for (const path of mustRead) expect(records.find((record) => record.source.path === path)?.status, path).toMatch(/^(ok|partial)$/);
      for (const record of records) {
        expect(recordStatuses, record.source.path).toContain(record.status);
        if (record.status === 'failed' || record.status === 'skipped') {
          expect(record.error, record.source.path).toMatch(/\w/);
          expect(record.error, record.source.path).not.toMatch(rawParserText);
          expect(record.error?.length ?? 0, record.source.path).toBeLessThan(200);
        }
        // An internal error is a bug in the pipeline, not a bad file.
        expect(record.error ?? '', record.source.path).not.toMatch(/internal error/);
      }
    } finally {
      await pool.close();
    }
  });
});
