// The review page as a checking tool, in headless Chromium, on a batch the CLI wrote: search and filters, the
// keys, the source link, a mark "checked" and an edit, kept across a reload, exported as corrections.csv; then a
// re-run with --corrections applies them, with the correction's provenance, and the summary counts them.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreachRecord } from '../../src/record/schema.js';
import { fixtures, runInProcess } from '../cli/run.js';

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path): path is string => Boolean(path && existsSync(path)));
if (!chromiumPath) console.warn("review workbench browser test skipped: no chromium binary (install Debian's chromium package, or set CHROMIUM_PATH)");

const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const root = mkdtempSync(join(tmpdir(), 'breach-extract-workbench-'));
const reports = join(root, 'reports');
const out = join(root, 'out');
const recordsOf = () => readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as BreachRecord);

describe.skipIf(!chromiumPath)('the review page as a checking tool', () => {
  let context: BrowserContext;
  let page: Page;
  let records: BreachRecord[];
  const problems: string[] = [];
  let exported = '';

  beforeAll(async () => {
    mkdirSync(reports);
    for (const fixture of ['reports/2009-late-release.txt', 'reports/2018-tab-table-early-release.txt', 'pdf/report-2018.pdf', 'reports/2018-excerpt-early-release.txt']) {
      copyFileSync(join(fixtures, fixture), join(reports, fixture.split('/').pop() ?? ''));
    }
    const run = await runInProcess([reports, '--out', out, '--review', '--jobs', '1']);
    expect(run.code, run.err).toBeLessThanOrEqual(1);
    records = recordsOf();
    context = await chromium.launchPersistentContext(join(root, 'profile'), { executablePath: chromiumPath, headless: true, args: launchArgs, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(pathToFileURL(join(out, 'review.html')).href);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const visible = () => page.locator('article.report:visible');

  it('finds reports by search and by each filter', async () => {
    expect(await visible().count()).toBe(records.length);
    await page.locator('#search').fill('tab-table');
    expect(await visible().count()).toBe(1);
    await page.locator('#search').fill('');
    const late = records.filter((record) => record.breachType === 'late_release').length;
    expect(late).toBeGreaterThan(0);
    await page.locator('#filter-type').selectOption('late_release');
    expect(await visible().count()).toBe(late);
    await page.locator('#filter-type').selectOption('');
    const notStated = records.filter((record) => record.status !== 'failed' && record.reporter.email === null).length;
    await page.locator('#filter-field').selectOption('not-stated');
    expect(await visible().count()).toBeGreaterThanOrEqual(notStated);
    await page.locator('#filter-field').selectOption('');
    await page.locator('#filter-status').selectOption('ok');
    expect(await visible().count()).toBe(records.filter((record) => record.status === 'ok').length);
    await page.locator('#filter-status').selectOption('');
    expect(await page.locator('#shown-count').textContent()).toBe(`${records.length} of ${records.length} shown`);
  });

  it('moves between reports and to the next warning with the keys', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('j');
    expect(await page.locator('article.report.current').getAttribute('id')).toBe('report-1');
    await page.keyboard.press('j');
    expect(await page.locator('article.report.current').getAttribute('id')).toBe('report-2');
    await page.keyboard.press('k');
    expect(await page.locator('article.report.current').getAttribute('id')).toBe('report-1');
    const nextWarning = records.findIndex((record, index) => index > 0 && record.warnings.length > 0);
    expect(nextWarning).toBeGreaterThan(0);
    await page.keyboard.press('w');
    expect(await page.locator('article.report.current').getAttribute('id')).toBe(`report-${nextWarning + 1}`);
  });

  it('links each report to its source file, relative to the page, with the PDF page', async () => {
    const pdf = page.locator('article.report', { hasText: 'report-2018.pdf' }).first();
    expect(await pdf.locator('a.source').getAttribute('href')).toBe('../reports/report-2018.pdf');
    const pageLink = pdf.locator('.status a').first();
    expect(await pageLink.getAttribute('href')).toMatch(/^\.\.\/reports\/report-2018\.pdf#page=\d+$/);
  });

  it('marks a report checked and edits a field, kept across a reload', async () => {
    const first = page.locator('#report-1');
    await first.locator('input.mark-checked').check();
    await first.locator('button.edit[data-field="reportDate"]').click();
    await first.locator('tr.editor textarea').fill('2020-02-29');
    await first.locator('tr.editor input.edit-note').fill('date on the signed letter');
    await first.locator('tr.editor button.edit-save').click();
    expect(await first.locator('tr[data-field="reportDate"] .pending').textContent()).toContain('2020-02-29');
    // A list: practices, one code a line.
    await first.locator('button.edit[data-field="practices"]').click();
    await first.locator('tr.editor textarea').fill('T3.6\nT3.1');
    await first.locator('tr.editor button.edit-save').click();
    await page.reload();
    expect(await page.locator('#report-1 input.mark-checked').isChecked()).toBe(true);
    expect(await page.locator('#report-1 tr[data-field="reportDate"] .pending').textContent()).toContain('2020-02-29');
    await page.locator('#hide-checked').check();
    expect(await visible().count()).toBe(records.length - 1);
    await page.locator('#hide-checked').uncheck();
  });

  it('exports the marks and edits as corrections.csv', async () => {
    const download = page.waitForEvent('download');
    await page.locator('#export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('corrections.csv');
    const saved = join(root, 'corrections.csv');
    await file.saveAs(saved);
    exported = readFileSync(saved, 'utf8');
    // A text box holds line breaks as LF.
    expect(await page.locator('#export-text').inputValue()).toBe(exported.replace(/\r\n/g, '\n'));
    const id = records[0]?.recordId;
    expect(exported.split('\r\n')).toEqual([
      'record_id,field,value,note',
      `${id},checked,,`,
      `${id},practices,"T3.6\nT3.1",`,
      `${id},reportDate,2020-02-29,date on the signed letter`,
      '',
    ]);
    expect(problems).toEqual([]);
  });

  it('is applied by a re-run with --corrections, with its provenance, and counted', async () => {
    const run = await runInProcess([reports, '--out', out, '--review', '--jobs', '1', '--corrections', join(root, 'corrections.csv')]);
    expect(run.code, run.err).toBeLessThanOrEqual(1);
    expect(run.err).toContain('corrections: 2 applied to 1 record');
    const [corrected, ...others] = recordsOf();
    expect(corrected?.reportDate).toBe('2020-02-29');
    expect(corrected?.practices.map((practice) => practice.code)).toEqual(['T3.6', 'T3.1']);
    expect(corrected?.checked).toBe(true);
    expect(corrected?.evidence.reportDate).toBeUndefined();
    expect(corrected?.corrections).toEqual([
      { field: 'practices', value: 'T3.6\nT3.1', previous: records[0]?.practices.map((practice) => practice.code).join('\n'), note: '' },
      { field: 'reportDate', value: '2020-02-29', previous: records[0]?.reportDate ?? '', note: 'date on the signed letter' },
    ]);
    expect(others).toEqual(records.slice(1));
    // The new page shows the correction as such, and starts from it: exporting again gives the same file.
    await page.reload();
    const row = page.locator('#report-1 tr[data-field="reportDate"]');
    expect(await row.getAttribute('class')).toContain('corrected');
    expect(await row.locator('.correction-note').textContent()).toContain('date on the signed letter');
    await page.evaluate(() => globalThis.localStorage.clear());
    await page.reload();
    await page.locator('#export').click();
    expect(await page.locator('#export-text').inputValue()).toBe(exported.replace(/\r\n/g, '\n'));
  });

  it('refuses a value the record contract does not allow, naming the line', async () => {
    const id = records[1]?.recordId;
    writeFileSync(join(root, 'bad.csv'), `record_id,field,value,note\r\n${id},timing.delayMinutes,soon,\r\n`);
    const run = await runInProcess([reports, '--out', out, '--jobs', '1', '--corrections', join(root, 'bad.csv')]);
    expect(run.err).toContain('bad.csv line 2: timing.delayMinutes "soon" was not applied');
    expect(recordsOf()[1]?.timing.delayMinutes).toBe(records[1]?.timing.delayMinutes);
  });
});
