// The summary as charts, for people who would rather look than read a table: breaches per year by type, breaches
// by producer, and the distribution of delays of late releases. Each is a standalone SVG (its fonts inline, no
// script, nothing loaded); a PNG of each is drawn from the SVG where @napi-rs/canvas can be loaded.
import type { BreachRecord } from '../record/schema.js';
import { escapeHtml } from '../review/escape.js';
import { breachesPerYearSvg } from '../review/year-chart.js';
import { summariseRecords, type Count } from './summarise.js';

export interface Chart {
  /** File name without extension. */
  name: string;
  title: string;
  svg: string;
}

/**
 * An SVG the page's stylesheet styled, made to stand alone: its own white background, and its fonts as attributes
 * rather than CSS, which SVG renderers without a style engine (skia's, for the PNG) read as well.
 */
function standalone(svg: string, title: string): string {
  const fonts = 'font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="11" fill="#333"';
  const match = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  const width = Number(match?.[1] ?? 400);
  const height = Number(match?.[2] ?? 200);
  // Room above the plot for the title.
  const header = 22;
  const inner = svg
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/class="total"/g, 'class="total" font-weight="bold"');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height + header}" viewBox="0 0 ${width} ${height + header}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<g ${fonts}>`,
    `<text x="8" y="15" font-size="13" font-weight="bold">${escapeHtml(title)}</text>`,
    `<g transform="translate(0 ${header})">`,
    inner,
    '</g>',
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

const bars = { rowHeight: 18, labelWidth: 260, plotWidth: 300, top: 6 } as const;

/** Horizontal bars, one per row, largest first; labels cut to fit. */
export function horizontalBarsSvg(rows: readonly Count[], label: string): string {
  const most = Math.max(1, ...rows.map((row) => row.count));
  const width = bars.labelWidth + bars.plotWidth + 40;
  const height = bars.top + Math.max(1, rows.length) * bars.rowHeight + 6;
  const parts = rows.map((row, index) => {
    const y = bars.top + index * bars.rowHeight;
    const length = (row.count / most) * bars.plotWidth;
    const name = row.key.length > 42 ? `${row.key.slice(0, 41)}…` : row.key;
    return [
      `<text x="${bars.labelWidth - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(name)}</text>`,
      `<rect x="${bars.labelWidth}" y="${y + 2}" width="${length.toFixed(1)}" height="${bars.rowHeight - 5}" fill="#0072B2"><title>${escapeHtml(`${row.key}: ${row.count}`)}</title></rect>`,
      `<text x="${(bars.labelWidth + length + 4).toFixed(1)}" y="${y + 12}" class="total">${row.count}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="chart">${parts.join('\n')}</svg>`;
}

/** The delay bands of the histogram, in minutes (upper bound, inclusive). */
export const delayBands: readonly { label: string; upTo: number }[] = [
  { label: 'up to 5 min', upTo: 5 },
  { label: '6-15 min', upTo: 15 },
  { label: '16-30 min', upTo: 30 },
  { label: '31-60 min', upTo: 60 },
  { label: '1-2 hours', upTo: 120 },
  { label: '2-4 hours', upTo: 240 },
  { label: '4-24 hours', upTo: 1440 },
  { label: 'over a day', upTo: Number.POSITIVE_INFINITY },
];

/** How many late releases fall in each delay band. */
export function delayDistribution(records: readonly BreachRecord[]): Count[] {
  const delays = records.filter((record) => record.status !== 'failed').flatMap((record) => (record.timing.delayMinutes === null ? [] : [record.timing.delayMinutes]));
  return delayBands.map((band, index) => {
    const above = index === 0 ? -1 : (delayBands[index - 1]?.upTo ?? -1);
    return { key: band.label, count: delays.filter((minutes) => minutes > above && minutes <= band.upTo).length };
  });
}

/** The summary's charts, in the order they are written. */
export function summaryCharts(records: readonly BreachRecord[], topProducers = 20): Chart[] {
  const summary = summariseRecords(records);
  const producers = summary.byProducer.slice(0, topProducers);
  const more = summary.byProducer.length - producers.length;
  const delays = delayDistribution(records);
  const late = delays.reduce((sum, band) => sum + band.count, 0);
  const charts = [
    { name: 'breaches-per-year', title: 'Breaches per year, by type', svg: breachesPerYearSvg(summary.byYearAndType) },
    {
      name: 'breaches-by-producer',
      title: `Breaches by producer${more > 0 ? ` (the ${producers.length} with most; ${more} more)` : ''}`,
      svg: horizontalBarsSvg(producers, 'Breaches by producer'),
    },
    { name: 'delays', title: `Delay of late releases (${late} with minutes stated)`, svg: horizontalBarsSvg(delays, 'Delay of late releases') },
  ];
  return charts.map((chart) => ({ ...chart, svg: standalone(chart.svg, chart.title) }));
}

/**
 * The chart as PNG, drawn from its SVG by @napi-rs/canvas (already installed for OCR), at twice the size for a
 * sharp image; null where that package cannot be loaded.
 */
export async function chartPng(svg: string): Promise<Buffer | null> {
  let canvasModule: typeof import('@napi-rs/canvas');
  try {
    canvasModule = await import('@napi-rs/canvas');
  } catch {
    return null;
  }
  const image = new canvasModule.Image();
  image.src = Buffer.from(svg);
  const scale = 2;
  const canvas = canvasModule.createCanvas(Math.ceil(image.width * scale), Math.ceil(image.height * scale));
  const context = canvas.getContext('2d');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return canvas.encode('png');
}
