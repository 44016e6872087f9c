// The end of a run: -q still prints the files that failed, the summary groups the reasons files failed or were
// skipped, the fill-rate table comes only with --fill-rates, and --json prints the summary for a machine.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndSummary } from '../../src/cli/summary-text.js';
import { fixtures, runInProcess, type CliRun } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-summary-'));
const inputs = join(root, 'in');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the end of a run', () => {
  const runs: Record<'quiet' | 'plain' | 'fillRates' | 'json' | 'terminal', CliRun> = {} as never;

  beforeAll(async () => {
    mkdirSync(inputs);
    copyFileSync(join(fixtures, 'reports', '2009-late-release.txt'), join(inputs, 'a-good.txt'));
    // Two files failing for one reason, one for another, and one skipped.
    copyFileSync(join(fixtures, 'bad', 'encrypted.pdf'), join(inputs, 'b-locked.pdf'));
    copyFileSync(join(fixtures, 'bad', 'encrypted.pdf'), join(inputs, 'c-locked-too.pdf'));
    copyFileSync(join(fixtures, 'bad', 'truncated.docx'), join(inputs, 'd-broken.docx'));
    writeFileSync(join(inputs, 'e-notes.txt'), 'Shopping list: milk, eggs, bread.\n');
    const common = ['--jobs', '1', '--force'];
    runs.quiet = await runInProcess([inputs, '--out', join(root, 'quiet'), '-q', ...common]);
    runs.plain = await runInProcess([inputs, '--out', join(root, 'plain'), ...common]);
    runs.fillRates = await runInProcess([inputs, '--out', join(root, 'fill'), '--fill-rates', ...common]);
    runs.json = await runInProcess([inputs, '--out', join(root, 'json'), '--json', ...common]);
    runs.terminal = await runInProcess([inputs, '--out', join(root, 'terminal'), ...common], { terminal: true, columns: 50 });
  });

  it('draws the bar within the terminal\'s width on a terminal, and plain lines without one', () => {
    expect(runs.plain.err).not.toContain('\r');
    const drawn = runs.terminal.err.split('\r').map((piece) => piece.replace(/\x1b\[K/g, '').split('\n')[0] ?? '');
    expect(drawn.some((piece) => piece.startsWith('['))).toBe(true);
    for (const piece of drawn.filter((text) => text.startsWith('['))) expect(piece.length).toBeLessThan(50);
  });

  it('with -q prints the failed files, and nothing else', () => {
    expect(runs.quiet.code).toBe(1);
    expect(runs.quiet.out).toBe('');
    expect(runs.quiet.err.trimEnd().split('\n')).toEqual([
      `${join(inputs, 'b-locked.pdf')}: failed: encrypted PDF: a password is needed`,
      `${join(inputs, 'c-locked-too.pdf')}: failed: encrypted PDF: a password is needed`,
      `${join(inputs, 'd-broken.docx')}: failed: the Word document is damaged or cut short (its zip archive cannot be read)`,
    ]);
  });

  it('groups the reasons files failed or were skipped, most frequent first', () => {
    const err = runs.plain.err;
    expect(err).toContain('5 files: 1 ok, 0 partial, 3 failed, 1 skipped');
    const at = err.indexOf('failed:\n');
    expect(err.slice(at)).toMatch(
      /^failed:\n +2 {2}encrypted PDF: a password is needed \(.*b-locked\.pdf and 1 more\)\n +1 {2}the Word document is damaged or cut short \(its zip archive cannot be read\) \(.*d-broken\.docx\)\nskipped:\n +1 {2}.+ \(.*e-notes\.txt\)\n/,
    );
  });

  it('prints the fill-rate table only with --fill-rates', () => {
    expect(runs.plain.err).not.toContain('fill rate');
    expect(runs.plain.err.split('\n').length).toBeLessThan(15);
    expect(runs.fillRates.err).toContain('fill rate of each field (ok and partial records):');
    expect(runs.fillRates.err).toMatch(/ {2}producer\.name +100\.0%/);
  });

  it('prints the summary as JSON on stdout with --json', () => {
    expect(runs.json.code).toBe(1);
    const summary = JSON.parse(runs.json.out) as EndSummary;
    expect(summary).toMatchObject({ files: 5, counts: { ok: 1, partial: 0, failed: 3, skipped: 1 }, exitCode: 1, removed: [] });
    expect(summary.reasons[0]).toEqual({ status: 'failed', reason: 'encrypted PDF: a password is needed', count: 2, paths: [join(inputs, 'b-locked.pdf'), join(inputs, 'c-locked-too.pdf')] });
    expect(summary.written).toContain(join(root, 'json', 'records.jsonl'));
    expect(summary.fillRates['producer.name']).toBe(1);
    expect(runs.json.err).not.toContain('5 files:');
  });
});
