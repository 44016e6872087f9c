// End to end: every invented report in fixtures/reports through the library (extractFile) and through the real
// CLI, checked against the contract (zod schema, evidence quotes) and against the hand-checked expected records
// in fixtures/expected/<file name>.json, scored with the evaluation's own rules.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { scoreRecord, type Gold } from '../../src/evaluate/score.js';
import { extractDocumentWithText } from '../../src/pipeline.js';
import { recordSchema, type BreachRecord } from '../../src/record/schema.js';
import { recordsToCompanionCsvs } from '../../src/write/companions.js';
import { csvHeader, recordsToCsv } from '../../src/write/csv.js';
import { recordsToJson } from '../../src/write/json.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reportsDir = join(root, 'fixtures', 'reports');
const expectedDir = join(root, 'fixtures', 'expected');
const fixtureNames = readdirSync(reportsDir)
  .filter((name) => !name.startsWith('.'))
  .sort();

/**
 * KNOWN MISSES: fields where the pipeline currently disagrees with the hand-checked expected value.
 * The expected files keep the correct value; these fields are not required to score 1. When a fix makes one of
 * them pass, the "known misses are still misses" test fails: delete the entry here to tighten the suite.
 */
export const knownMisses: Record<string, Record<string, string>> = {};

/** Checks beyond the gold shape: the detected format, and action terms where the report groups them. */
const extraChecks: Record<string, { format: BreachRecord['source']['format']; terms?: (string | null)[]; outputUrls?: string[][] }> = {
  '2009-late-release.txt': { format: 'txt' },
  '2009-pre-release-access-text-export.txt': { format: 'txt' },
  '2009-release-arrangements.md': { format: 'md' },
  '2018-excerpt-early-release.txt': { format: 'txt', outputUrls: [['https://www.boroughlibraries.example/statistics/lending-2022-23']] },
  '2018-glued-labels-unauthorised-access.txt': { format: 'txt', outputUrls: [[]] },
  '2018-inline-html-premature-comment.txt': {
    format: 'txt',
    terms: ['short', 'long'],
    outputUrls: [['https://www.transitstats.example/punctuality/2021-22']],
  },
  '2018-pipe-table-late-release.txt': { format: 'md' },
  '2018-tab-table-early-release.txt': {
    format: 'txt',
    terms: ['short', 'long'],
    outputUrls: [['https://www.newtowns-stats.example/housing-starts/2019-q2']],
  },
  '2018-text-export-page-footers.txt': { format: 'txt' },
  '2018-web-page-pre-release-access.html': { format: 'html', outputUrls: [['https://www.msni.example/stats/fish-landings-2023']] },
};

function expectedFor(name: string): Gold {
  return JSON.parse(readFileSync(join(expectedDir, `${name}.json`), 'utf8')) as Gold;
}

function checkAgainstExpected(name: string, record: BreachRecord): void {
  const misses = knownMisses[name] ?? {};
  const scores = scoreRecord(record, expectedFor(name));
  expect(scores.length).toBeGreaterThan(5);
  const failing = scores
    .filter((score) => score.score < 1 && !(score.field in misses))
    .map((score) => ({ field: score.field, score: score.score, expected: score.expected, actual: score.actual }));
  expect(failing, `${name}: fields below score 1 that are not known misses`).toEqual([]);
}

function checkEvidence(text: string, record: BreachRecord): void {
  for (const [field, evidence] of Object.entries(record.evidence)) {
    expect(evidence.end, `${field}: end >= start`).toBeGreaterThanOrEqual(evidence.start);
    expect(evidence.end, `${field}: end within the text`).toBeLessThanOrEqual(text.length);
    expect(text.slice(evidence.start, evidence.end), `evidence quote of ${field}`).toBe(evidence.quote);
  }
  for (const diagnostic of record.diagnostics) {
    if (diagnostic.place) expect(text.slice(diagnostic.place.start, diagnostic.place.end)).toBe(diagnostic.place.quote);
  }
}

describe('fixtures', () => {
  it('has an expected record and an entry in the extra checks for every report, and nothing else', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(10);
    expect(readdirSync(expectedDir).sort()).toEqual(fixtureNames.map((name) => `${name}.json`));
    expect(Object.keys(extraChecks).sort()).toEqual(fixtureNames);
    for (const name of Object.keys(knownMisses)) expect(fixtureNames).toContain(name);
  });

  it('covers every breach type but "other" at least once', () => {
    const types = new Set(fixtureNames.map((name) => expectedFor(name).breachType));
    for (const type of ['late_release', 'early_release', 'pre_release_access', 'unauthorised_access', 'premature_comment', 'release_arrangements']) {
      expect(types, type).toContain(type);
    }
  });
});

describe('fixtures through the library', () => {
  const records = new Map<string, BreachRecord>();

  beforeAll(async () => {
    for (const name of fixtureNames) records.set(name, await extractFile(join(reportsDir, name), { sourcePath: name }));
  });

  describe.each(fixtureNames)('%s', (name) => {
    const record = () => {
      const found = records.get(name);
      if (!found) throw new Error(`no record for ${name}`);
      return found;
    };

    it('gives a record that validates against the schema, and is not failed', () => {
      expect(() => recordSchema.parse(record())).not.toThrow();
      expect(record().status).not.toBe('failed');
      expect(record().source.path).toBe(name);
    });

    it('has every evidence quote equal to the normalised text at its offsets', async () => {
      const bytes = readFileSync(join(reportsDir, name));
      const result = await extractDocumentWithText(bytes, { fileName: name, sourcePath: name });
      expect(result.document).not.toBeNull();
      expect(result.record).toEqual(record());
      expect(Object.keys(result.record.evidence).length).toBeGreaterThan(0);
      checkEvidence(result.document?.text ?? '', result.record);
    });

    it('matches the hand-checked expected record (apart from the listed known misses)', () => {
      checkAgainstExpected(name, record());
    });

    it('detects the format and keeps action terms and output links', () => {
      const extra = extraChecks[name];
      expect(record().source.format).toBe(extra?.format);
      if (extra?.terms) expect(record().correctiveActions.map((action) => action.term)).toEqual(extra.terms);
      if (extra?.outputUrls) expect(record().outputs.map((output) => output.urls)).toEqual(extra.outputUrls);
    });
  });

  it('known misses are still misses (remove an entry here when the pipeline gets it right)', () => {
    const fixed: string[] = [];
    for (const [name, fields] of Object.entries(knownMisses)) {
      const record = records.get(name);
      if (!record) continue;
      const scores = scoreRecord(record, expectedFor(name));
      for (const field of Object.keys(fields)) {
        const score = scores.find((entry) => entry.field === field);
        if (!score) throw new Error(`${name}: known miss ${field} is not in the expected record`);
        if (score.score === 1) fixed.push(`${name}: ${field}`);
      }
    }
    expect(fixed, 'now correct: delete these from knownMisses').toEqual([]);
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// `npx tsx src/cli/main.ts ...` without npm's start-up cost: the same tsx CLI, run by this Node.
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function runCliProcess(args: string[], cwd = root): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [tsxCli, join(root, 'src/cli/main.ts'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

describe('fixtures through the real CLI', () => {
  let outDir = '';
  let run: Run = { code: -1, stdout: '', stderr: '' };
  // The usage-error runs, started together with the main run so that the suite stays fast.
  const usage: Record<'badFormat' | 'badOption' | 'missingPath' | 'help', Run> = {} as never;
  let noBomDir = '';
  let noBom: Run = { code: -1, stdout: '', stderr: '' };

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'breach-extract-e2e-'));
    const badOut = join(outDir, 'not-written');
    noBomDir = join(outDir, 'no-bom');
    [run, noBom, usage.badFormat, usage.badOption, usage.missingPath, usage.help] = await Promise.all([
      // Run in the reports' folder, so that each source path (the path from the working directory) is the file name.
      runCliProcess(['.', '--out', outDir, '--format', 'jsonl,csv,json', '--review'], reportsDir),
      runCliProcess(['fixtures/reports/2009-late-release.txt', '--out', noBomDir, '--format', 'csv', '--no-bom', '--quiet']),
      runCliProcess(['fixtures/reports', '--out', badOut, '--format', 'xml']),
      runCliProcess(['fixtures/reports', '--out', badOut, '--colour']),
      runCliProcess(['fixtures/no-such-folder', '--out', badOut]),
      runCliProcess(['--help']),
    ]);
  });

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('exits 0 and prints a summary', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${fixtureNames.length} files: `);
    expect(run.stderr).toContain('0 failed');
  });

  it('writes one valid JSONL line per fixture, each matching its expected record', async () => {
    const lines = readFileSync(join(outDir, 'records.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(fixtureNames.length);
    const records = lines.map((line) => recordSchema.parse(JSON.parse(line)));
    // JSONL is written in path order, whatever order the files finish in.
    expect(records.map((record) => record.source.path)).toEqual(fixtureNames);
    for (const record of records) {
      checkAgainstExpected(record.source.path, record);
      // The CLI and the library give the same record for the same file.
      expect(record).toEqual(await extractFile(join(reportsDir, record.source.path), { sourcePath: record.source.path }));
    }
  });

  it('writes the same records as JSON, in path order', () => {
    const json = JSON.parse(readFileSync(join(outDir, 'records.json'), 'utf8')) as BreachRecord[];
    expect(json.map((record) => record.source.path)).toEqual(fixtureNames);
    const jsonl = readFileSync(join(outDir, 'records.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BreachRecord)
      .sort((a, b) => (a.source.path < b.source.path ? -1 : 1));
    expect(json).toEqual(jsonl);
  });

  it('writes each CSV and JSON file byte for byte as the library writers give it for the records of records.jsonl', () => {
    // The batch renders records one at a time in its workers; the files must still be what the writers make of them all.
    const records = readFileSync(join(outDir, 'records.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BreachRecord);
    expect(readFileSync(join(outDir, 'records.csv'), 'utf8')).toBe(recordsToCsv(records, { bom: true }));
    for (const [name, text] of Object.entries(recordsToCompanionCsvs(records, { bom: true }))) expect(readFileSync(join(outDir, name), 'utf8'), name).toBe(text);
    expect(readFileSync(join(outDir, 'records.json'), 'utf8')).toBe(recordsToJson(records));
  });

  it('writes a CSV with the locked header and one row per fixture', () => {
    const rows = parse(readFileSync(join(outDir, 'records.csv'), 'utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(csvHeader());
    expect(rows).toHaveLength(fixtureNames.length + 1);
    const pathColumn = csvHeader().indexOf('source_path');
    expect(rows.slice(1).map((row) => row[pathColumn])).toEqual(fixtureNames);
  });

  it('writes the CSV files with a UTF-8 byte-order mark, and without one for --no-bom', () => {
    for (const name of ['records.csv', 'outputs.csv', 'practices.csv', 'corrective_actions.csv', 'timeline.csv']) {
      expect(readFileSync(join(outDir, name)).subarray(0, 3), name).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(noBom.code, noBom.stderr).toBe(0);
      expect(readFileSync(join(noBomDir, name), 'utf8').startsWith('record_id,'), name).toBe(true);
    }
  });

  it('writes companion rows that join to records.csv on record_id', () => {
    const records = parse(readFileSync(join(outDir, 'records.csv')), { bom: true, columns: true }) as Record<string, string>[];
    const practices = parse(readFileSync(join(outDir, 'practices.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(practices.length).toBeGreaterThanOrEqual(fixtureNames.length);
    const ids = new Set(records.map((row) => row.record_id));
    for (const row of practices) expect(ids).toContain(row.record_id);
  });

  it('writes review.html for --review: one article per fixture, each with its text and evidence marks', () => {
    const html = readFileSync(join(outDir, 'review.html'), 'utf8');
    expect(html.match(/<article class="report/g)).toHaveLength(fixtureNames.length);
    for (const name of fixtureNames) expect(html).toMatch(new RegExp(`>[^<>]*${name.replace(/[.]/g, '\\.')}</a><label class="mark">`));
    expect(html.match(/<pre class="doc">/g)).toHaveLength(fixtureNames.length);
    expect(html).toContain('<mark data-ev="producer.name');
    expect(existsSync(join(noBomDir, 'review.html'))).toBe(false);
    expect(run.stderr).toContain(`review page: ${join(outDir, 'review.html')}`);
  });

  it('exits 64 with a clear message for an unknown format, writing nothing', () => {
    const result = usage.badFormat;
    expect(existsSync(join(outDir, 'not-written'))).toBe(false);
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/unknown format "xml"/);
    expect(result.stderr).toContain('--help');
  });

  it('exits 64 with a clear message for an unknown option', () => {
    const result = usage.badOption;
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/breach-extract: .*--colour/);
  });

  it('exits 66 (no input) with a clear message for a missing path', () => {
    const result = usage.missingPath;
    expect(result.code).toBe(66);
    expect(result.stderr).toContain('fixtures/no-such-folder: no such file or folder');
  });

  it('prints help and exits 0 for --help', () => {
    const result = usage.help;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage:');
    expect(result.stdout).toContain('--format');
    expect(result.stdout).toContain('Exit codes');
  });
});
