// Breaches per year by type as a small stacked bar chart in inline SVG (no script, no external resources).
import { breachTypes } from '../record/schema.js';
import { escapeHtml } from './escape.js';
import { unknownKey, type YearByType } from '../summary/summarise.js';

/** One colour per breach type, distinct for the colour-blind (Okabe-Ito), grey for unknown. */
export const breachTypeColours: Record<(typeof breachTypes)[number] | typeof unknownKey, string> = {
  late_release: '#E69F00',
  early_release: '#56B4E9',
  pre_release_access: '#009E73',
  unauthorised_access: '#D55E00',
  premature_comment: '#CC79A7',
  release_arrangements: '#0072B2',
  other: '#F0E442',
  unknown: '#999999',
};

const layout = { barWidth: 36, gap: 14, plotHeight: 120, left: 28, top: 18, axis: 22, legendRow: 16 } as const;

export function breachesPerYearSvg(years: readonly YearByType[]): string {
  const types = [...breachTypes, unknownKey] as const;
  const present = types.filter((type) => years.some((year) => year.counts[type] > 0));
  const totals = years.map((year) => types.reduce((sum, type) => sum + year.counts[type], 0));
  const most = Math.max(1, ...totals);
  const plotWidth = Math.max(1, years.length) * (layout.barWidth + layout.gap);
  const width = layout.left + plotWidth + 8;
  const legendTop = layout.top + layout.plotHeight + layout.axis + 6;
  const height = legendTop + present.length * layout.legendRow + 4;
  const scale = layout.plotHeight / most;
  const parts: string[] = [];
  years.forEach((year, index) => {
    const x = layout.left + index * (layout.barWidth + layout.gap) + layout.gap / 2;
    let y = layout.top + layout.plotHeight;
    for (const type of present) {
      const count = year.counts[type];
      if (count === 0) continue;
      const barHeight = count * scale;
      y -= barHeight;
      parts.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${layout.barWidth}" height="${barHeight.toFixed(1)}" fill="${breachTypeColours[type]}"><title>${escapeHtml(`${year.year}: ${count} ${type}`)}</title></rect>`);
    }
    const total = totals[index] ?? 0;
    parts.push(`<text x="${x + layout.barWidth / 2}" y="${(y - 3).toFixed(1)}" text-anchor="middle" class="total">${total}</text>`);
    parts.push(`<text x="${x + layout.barWidth / 2}" y="${layout.top + layout.plotHeight + 15}" text-anchor="middle">${escapeHtml(year.year)}</text>`);
  });
  present.forEach((type, index) => {
    const y = legendTop + index * layout.legendRow;
    parts.push(`<rect x="${layout.left}" y="${y}" width="10" height="10" fill="${breachTypeColours[type]}"/><text x="${layout.left + 16}" y="${y + 9}">${escapeHtml(type)}</text>`);
  });
  const axisY = layout.top + layout.plotHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Breaches per year by type" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="chart">`,
    `<line x1="${layout.left}" y1="${axisY}" x2="${layout.left + plotWidth}" y2="${axisY}" stroke="#555"/>`,
    `<text x="${layout.left - 6}" y="${layout.top + 4}" text-anchor="end">${most}</text><text x="${layout.left - 6}" y="${axisY}" text-anchor="end">0</text>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
