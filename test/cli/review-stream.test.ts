// The review page is streamed (each report's part written as its record comes, the head last): it is byte for
// byte the page renderReviewPage gives for all the reports at once, and leaves no temporary file behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFileWithText } from '../../src/api.js';
import { sourceLink } from '../../src/cli/review-file.js';
import { renderReviewPage } from '../../src/review/render-page.js';
import { fixtures, runInProcess } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'breach-extract-review-stream-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the streamed review page', () => {
  it('is the page rendered from every report at once, and only review.html is left', async () => {
    const reports = join(fixtures, 'reports');
    const out = join(root, 'out');
    const run = await runInProcess([reports, '--out', out, '--review', '--format', 'jsonl', '--jobs', '2', '--quiet']);
    expect(run.code, run.err).toBe(0);
    const names = readdirSync(reports).sort();
    const entries = [];
    for (const name of names) {
      const { record, text } = await extractFileWithText(join(reports, name));
      entries.push({ record, text, sourceHref: sourceLink(out, record.source.path) });
    }
    expect(readFileSync(join(out, 'review.html'), 'utf8')).toBe(renderReviewPage(entries));
    expect(readdirSync(out).sort()).toEqual(['.breach-extract', 'manifest.json', 'records.jsonl', 'review.html']);
  });
});
