// The review page as a string: self-contained, every report listed with its fields, document text escaped, and
// evidence marked where the record says it is.
import { join } from 'node:path';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFileWithText } from '../../src/api.js';
import { failedRecord } from '../../src/record/assemble.js';
import { fieldRows } from '../../src/review/field-rows.js';
import { highlightText } from '../../src/review/highlight.js';
import { renderReviewPage, type ReviewEntry } from '../../src/review/render-page.js';

const fixtures = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'fixtures');

describe('highlightText', () => {
  it('escapes the text and wraps each span, splitting where spans overlap', () => {
    const html = highlightText('a <b> & "c" d', [
      { key: 'x', start: 2, end: 5 },
      { key: 'y', start: 4, end: 9 },
    ]);
    expect(html).toBe('a <mark data-ev="x">&lt;b</mark><mark data-ev="x y">&gt;</mark><mark data-ev="y"> &amp; &quot;</mark>c&quot; d');
  });

  it('ignores spans outside the text or empty', () => {
    expect(highlightText('abc', [{ key: 'x', start: 2, end: 9 }, { key: 'y', start: 1, end: 1 }])).toBe('abc');
  });
});

describe('renderReviewPage', () => {
  const entries: ReviewEntry[] = [];

  beforeAll(async () => {
    entries.push(await extractFileWithText(join(fixtures, 'reports', '2009-late-release.txt'), { sourcePath: '2009-late-release.txt' }));
    entries.push(await extractFileWithText(join(fixtures, 'pdf', 'report-2018.pdf'), { sourcePath: 'report-2018.pdf' }));
    entries.push({ record: failedRecord({ path: 'bad <x>.pdf', sha256: '0'.repeat(64), format: null, pages: null }, 'encrypted PDF: a password is needed'), text: null });
  });

  it('has one article per record, with its status, and the failed file marked as failed with its reason', () => {
    const html = renderReviewPage(entries);
    expect(html.match(/<article class="report/g)).toHaveLength(3);
    expect(html).toContain('class="report status-failed"');
    expect(html).toContain('Failed: encrypted PDF: a password is needed');
    expect(html).toContain('bad &lt;x&gt;.pdf');
  });

  it('loads nothing from elsewhere', () => {
    const html = renderReviewPage(entries);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('marks each evidence span with exactly its quote', () => {
    const [entry] = entries;
    if (!entry?.text) throw new Error('no text');
    const html = renderReviewPage([entry]);
    const marked = [...html.matchAll(/<mark data-ev="([^"]*)">([^<]*)<\/mark>/g)];
    const quote = marked.filter((match) => match[1]?.split(' ').includes('producer.name')).map((match) => match[2]).join('');
    const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(unescape(quote)).toBe(entry.record.evidence['producer.name']?.quote);
  });

  it('escapes document text and values, so a hostile report cannot add markup or script', () => {
    const [entry] = entries;
    if (!entry?.text) throw new Error('no text');
    const hostile = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    const html = renderReviewPage([{ record: { ...entry.record, producer: { name: hostile, abbreviation: null, canonical: null } }, text: `${hostile}\n${entry.text}` }]);
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('lists every field with a status, and links only the fields that have evidence', () => {
    const [entry] = entries;
    if (!entry) throw new Error('no entry');
    const rows = fieldRows(entry.record);
    expect(rows.find((row) => row.path === 'producer.name')).toMatchObject({ status: 'stated', evidenceKey: 'producer.name' });
    expect(rows.find((row) => row.path === 'timing.actual')).toMatchObject({ status: 'stated', evidenceKey: 'timing.actual' });
    // A value computed rather than read is shown as derived.
    const derivedRows = fieldRows({ ...entry.record, derived: ['timing.actual'] });
    expect(derivedRows.find((row) => row.path === 'timing.actual')).toMatchObject({ status: 'derived' });
    expect(rows.find((row) => row.path === 'timing.earlyMinutes')).toMatchObject({ status: 'not-stated', evidenceKey: null });
    expect(rows.some((row) => row.path === 'practices[0]')).toBe(true);
    const html = renderReviewPage([entry]);
    for (const row of rows.filter((candidate) => candidate.evidenceKey)) expect(html).toContain(`data-ev="${row.evidenceKey}"`);
  });

  it("shows each report's timeline in time order, each moment linked to its place in the text", () => {
    const [entry] = entries;
    if (!entry) throw new Error('no entry');
    expect(entry.record.timeline.length).toBeGreaterThan(1);
    const html = renderReviewPage([entry]);
    const timeline = html.split('<ol class="timeline">')[1]?.split('</ol>')[0] ?? '';
    const times = [...timeline.matchAll(/<time>([^<]+)<\/time>/g)].map((match) => match[1]);
    expect(times).toEqual(entry.record.timeline.map((event) => event.at.replace('T', ' ')));
    expect(timeline).toContain('<span class="kind">scheduled</span>');
    expect(timeline).toContain('<span class="kind">published</span>');
    // Each moment's button has a highlighted span in the text to go to.
    entry.record.timeline.forEach((_event, index) => expect(html).toMatch(new RegExp(`<mark data-ev="[^"]*timeline\\[${index}\\]`)));
  });

  it('shows the confidence grade of each value beside its status', () => {
    const [entry] = entries;
    if (!entry) throw new Error('no entry');
    const rows = fieldRows(entry.record);
    expect(rows.find((row) => row.path === 'producer.name')?.confidence).toBe('high');
    expect(rows.find((row) => row.path === 'timing.earlyMinutes')?.confidence).toBeNull();
    expect(renderReviewPage([entry])).toContain('<span class="grade high" title="confidence">high</span>');
  });

  it('shows the summary chart of breaches per year', () => {
    expect(renderReviewPage(entries)).toMatch(/<svg[^>]*aria-label="Breaches per year by type"/);
  });
});
