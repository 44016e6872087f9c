// Where the records go: an output folder re-used with other formats keeps no stale outputs of the earlier run, and
// `--out -` streams JSON Lines to stdout (messages and progress on stderr) without making a folder named "-".
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordSchema } from '../../src/record/schema.js';
import { fixtures, runInProcess, runProcess } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const reports = join(fixtures, 'reports');

describe('re-running into the same output folder', () => {
  it('removes the outputs an earlier run wrote that this run does not', async () => {
    const out = join(root, 'rerun');
    const first = await runInProcess([reports, '--out', out, '--format', 'csv,json', '--review', '--jobs', '1']);
    expect(first.code, first.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.breach-extract', 'corrective_actions.csv', 'manifest.json', 'outputs.csv', 'practices.csv', 'records.csv', 'records.json', 'review.html', 'timeline.csv']);
    const second = await runInProcess([reports, '--out', out, '--format', 'jsonl', '--jobs', '1']);
    expect(second.code, second.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.breach-extract', 'manifest.json', 'records.jsonl']);
    expect(second.err).toContain(`removed ${join(out, 'records.json')}, ${join(out, 'records.csv')}`);
  });

  it('leaves files of the same names alone in a folder no run wrote to', async () => {
    const out = join(root, 'theirs');
    mkdirSync(out);
    writeFileSync(join(out, 'records.csv'), 'their own file\n');
    const run = await runInProcess([join(reports, '2009-late-release.txt'), '--out', out, '--format', 'jsonl', '--jobs', '1']);
    expect(run.code, run.err).toBe(0);
    expect(readFileSync(join(out, 'records.csv'), 'utf8')).toBe('their own file\n');
  });
});

describe('--out -', () => {
  it('writes one JSON line per report to stdout and the summary to stderr, making no folder', async () => {
    const run = await runProcess([reports, '--out', '-', '--jobs', '1'], { cwd: root });
    expect(run.code, run.err).toBe(0);
    const lines = run.out.trimEnd().split('\n');
    expect(lines).toHaveLength(readdirSync(reports).length);
    for (const line of lines) expect(recordSchema.safeParse(JSON.parse(line)).success).toBe(true);
    expect(run.err).toContain(`${lines.length} files: ${lines.length} ok`);
    expect(existsSync(join(root, '-'))).toBe(false);
  });

  it('refuses formats other than JSON Lines, --review and --json, as usage errors', async () => {
    for (const extra of [['--format', 'csv'], ['--review'], ['--json']]) {
      const run = await runInProcess([reports, '--out', '-', ...extra]);
      expect(run.code, extra.join(' ')).toBe(64);
    }
  });
});
