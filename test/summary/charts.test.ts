// The summary's charts: each a well-formed standalone SVG whose bars are the summary's counts, names escaped, a PNG
// drawn from it; and `summary --chart DIR` writes them all.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { chartPng, delayBands, delayDistribution, summaryCharts } from '../../src/summary/charts.js';
import { escapeHtml } from '../../src/review/escape.js';
import { summariseRecords } from '../../src/summary/summarise.js';
import { recordToJsonLine } from '../../src/write/json.js';
import { fixtures, runInProcess } from '../cli/run.js';

const work = mkdtempSync(join(tmpdir(), 'breach-extract-charts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let records: BreachRecord[];

beforeAll(async () => {
  const folder = join(fixtures, 'invented');
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  records = await Promise.all(files.map((name) => extractFile(join(folder, name))));
  const first = records[0];
  if (first) records.push({ ...first, recordId: '00000000000000cc', producer: { name: '<script>alert(1)</script> & Co', abbreviation: null, canonical: null } });
});

function parsed(svg: string) {
  const errors: string[] = [];
  const document = new DOMParser({ errorHandler: (level: string, message: string) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return document;
}

describe('summaryCharts', () => {
  it('gives three well-formed SVGs, titled, that load nothing', () => {
    const charts = summaryCharts(records);
    expect(charts.map((chart) => chart.name)).toEqual(['breaches-per-year', 'breaches-by-producer', 'delays']);
    for (const chart of charts) {
      const document = parsed(chart.svg);
      expect(document.documentElement?.nodeName).toBe('svg');
      expect(chart.svg).toContain(chart.title);
      expect(chart.svg).not.toMatch(/<script|href=|url\(/);
    }
  });

  it('draws the summary counts: a bar per producer and the delays by band', () => {
    const summary = summariseRecords(records);
    const [, producers, delays] = summaryCharts(records);
    const titles = (svg: string) => [...svg.matchAll(/<rect [^>]*><title>([^<]*)<\/title>/g)].map((match) => match[1]);
    const shown = summary.byProducer.slice(0, 20);
    expect(titles(producers?.svg ?? '')).toEqual(shown.map((row) => escapeHtml(`${row.key}: ${row.count}`)));
    const late = records.filter((record) => record.timing.delayMinutes !== null);
    expect(late.length).toBeGreaterThan(0);
    const bands = delayDistribution(records);
    expect(bands.map((band) => band.key)).toEqual(delayBands.map((band) => band.label));
    expect(bands.reduce((sum, band) => sum + band.count, 0)).toBe(late.length);
    expect(delays?.svg).toContain(`(${late.length} with minutes stated)`);
  });

  it.each([
    [5, 'up to 5 min'],
    [6, '6-15 min'],
    [60, '31-60 min'],
    [61, '1-2 hours'],
    [1440, '4-24 hours'],
    [1441, 'over a day'],
  ])('puts a delay of %i minutes in the band "%s"', (minutes, band) => {
    const first = records[0];
    if (!first) throw new Error('no records');
    const counts = delayDistribution([{ ...first, timing: { ...first.timing, delayMinutes: minutes } }]);
    expect(counts.filter((row) => row.count > 0).map((row) => row.key)).toEqual([band]);
  });

  it('escapes names, so a hostile producer cannot add markup', () => {
    const [, producers] = summaryCharts(records, 100);
    expect(producers?.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(producers?.svg).not.toContain('<script>');
  });

  it('draws a PNG of each chart', async () => {
    const [chart] = summaryCharts(records);
    const png = await chartPng(chart?.svg ?? '');
    expect(png?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Drawn at twice the SVG's size.
    const width = Number(/width="(\d+)"/.exec(chart?.svg ?? '')?.[1]);
    expect(png?.readUInt32BE(16)).toBe(width * 2);
  });
});

describe('summary --chart', () => {
  it('writes every chart as SVG and PNG into the folder', async () => {
    const jsonl = join(work, 'records.jsonl');
    writeFileSync(jsonl, records.map(recordToJsonLine).join(''));
    const out = join(work, 'charts');
    const run = await runInProcess(['summary', jsonl, '--chart', out]);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['breaches-by-producer', 'breaches-per-year', 'delays'].flatMap((name) => [`${name}.png`, `${name}.svg`]));
    expect(readFileSync(join(out, 'delays.svg'), 'utf8')).toBe(summaryCharts(records)[2]?.svg);
    expect(run.err).toContain(`wrote ${join(out, 'breaches-per-year.svg')}`);
  });
});
