// The review page in a real browser: Debian's chromium, driven by playwright-core. Clicking a field highlights its
// evidence and brings it into view, the warnings filter works, the page loads nothing from the network and logs
// no errors. A screenshot is left in the temporary folder for a person to look at.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFileWithText } from '../../src/api.js';
import { renderReviewPage, type ReviewEntry } from '../../src/review/render-page.js';

const fixtures = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'fixtures');
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path): path is string => Boolean(path && existsSync(path)));
export const screenshotPath = process.env.REVIEW_SCREENSHOT ?? join(tmpdir(), 'breach-extract-review.png');

if (!chromiumPath) console.warn('review page browser test skipped: no chromium binary (install Debian\'s chromium package, or set CHROMIUM_PATH)');

const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!chromiumPath)('review.html in headless Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'breach-extract-review-'));
  const entries: ReviewEntry[] = [];
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    // The fixtures' producers are made up, so the producer table warns of each; one report names a real producer
    // so that the batch has a report without warnings.
    const known = join(folder, 'known-producer.txt');
    const template = readFileSync(join(fixtures, 'reports', '2018-tab-table-early-release.txt'), 'utf8');
    writeFileSync(known, template.replace(/(Name of producer organisation\t).*/, '$1Office for National Statistics (ONS)'));
    entries.push(await extractFileWithText(known, { sourcePath: 'known-producer.txt' }));
    entries.push(await extractFileWithText(join(fixtures, 'reports', '2009-late-release.txt'), { sourcePath: '2009-late-release.txt' }));
    entries.push(await extractFileWithText(join(fixtures, 'pdf', 'report-2009.pdf'), { sourcePath: 'report-2009.pdf' }));
    entries.push(await extractFileWithText(join(fixtures, 'bad', 'encrypted.pdf'), { sourcePath: 'encrypted.pdf' }));
    const file = join(folder, 'review.html');
    writeFileSync(file, renderReviewPage(entries));
    // A fresh profile folder each run: no state carried over from another run.
    context = await chromium.launchPersistentContext(join(folder, 'profile'), { executablePath: chromiumPath, headless: true, args: launchArgs, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await context?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Whether the element is inside the window and inside the visible part of its scrolling text box. */
  const inView = (selector: string) =>
    page.$eval(selector, (element) => {
      const box = element.getBoundingClientRect();
      const pane = element.closest('pre.doc')?.getBoundingClientRect();
      const inWindow = box.top >= 0 && box.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
      return inWindow && (!pane || (box.top >= pane.top && box.bottom <= pane.bottom));
    });

  it('lists every report, the failed one standing out with its reason', async () => {
    expect(await page.locator('article.report').count()).toBe(entries.length);
    const failed = page.locator('article.report.status-failed');
    expect(await failed.count()).toBe(1);
    expect(await failed.locator('.error').textContent()).toContain('encrypted PDF');
  });

  it('highlights a field\'s evidence and scrolls it into view when the field is clicked', async () => {
    // The last corrective action of the PDF report: far down its text box, out of view until clicked.
    const report = page.locator('article.report', { hasText: 'report-2009.pdf' }).first();
    const record = entries[2]?.record;
    const key = `correctiveActions[${(record?.correctiveActions.length ?? 1) - 1}]`;
    const quote = record?.evidence[key]?.quote;
    expect(quote).toBeTruthy();
    await report.scrollIntoViewIfNeeded();
    const markSelector = `article.report:nth-of-type(3) pre.doc mark[data-ev~="${key.replace(/[[\]]/g, '\\$&')}"]`;
    expect(await inView(markSelector)).toBe(false);
    await report.locator(`button.field-link[data-ev="${key}"]`).click();
    const active = report.locator('pre.doc mark.active');
    expect(await active.count()).toBeGreaterThan(0);
    expect((await active.allTextContents()).join('')).toBe(quote);
    expect(await inView('mark.active')).toBe(true);
    expect(await report.locator('button.field-link.selected').getAttribute('data-ev')).toBe(key);
  });

  it('moves the highlight to another field on the next click', async () => {
    const report = page.locator('article.report').first();
    await report.locator('button.field-link[data-ev="producer.name"]').click();
    const active = report.locator('pre.doc mark.active');
    expect((await active.allTextContents()).join('')).toBe(entries[0]?.record.evidence['producer.name']?.quote);
    expect(await inView('article.report:first-of-type mark.active')).toBe(true);
    await page.screenshot({ path: screenshotPath });
  });

  it('shows only the reports with warnings when the filter is on, and all again when it is off', async () => {
    const withWarnings = entries.filter((entry) => entry.record.warnings.length > 0).length;
    expect(withWarnings).toBeGreaterThan(0);
    expect(withWarnings).toBeLessThan(entries.length);
    await page.locator('#only-warnings').check();
    expect(await page.locator('article.report:visible').count()).toBe(withWarnings);
    expect(await page.locator('article.report.status-failed:visible').count()).toBe(1);
    await page.locator('#only-warnings').uncheck();
    expect(await page.locator('article.report:visible').count()).toBe(entries.length);
  });

  it('shows the breaches-per-year chart', async () => {
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(0);
  });

  it('logs no console errors and asks for nothing over the network', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
