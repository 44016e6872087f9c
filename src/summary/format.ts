// The summary as plain text for the terminal: aligned two-column tables, one per question.
import type { Count, RecordsSummary } from './summarise.js';

function block(title: string, rows: readonly [string, string][]): string {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return [title, ...(rows.length === 0 ? ['  (none)'] : rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`))].join('\n');
}

const counted = (counts: readonly Count[]): [string, string][] => counts.map(({ key, count }) => [key, String(count)]);

export function percent(filled: number, of: number): string {
  return of === 0 ? '-' : `${Math.round((100 * filled) / of)}%`;
}

/** Minutes as a researcher reads them: "42 min", "2 h 5 min", "3 d 1 h". */
export function formatMinutes(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = Math.round(minutes % 60);
  if (days > 0) return `${days} d${hours > 0 ? ` ${hours} h` : ''}`;
  if (hours > 0) return `${hours} h${rest > 0 ? ` ${rest} min` : ''}`;
  return `${rest} min`;
}

export function formatSummary(summary: RecordsSummary): string {
  const { byStatus, delay } = summary;
  const delayRows: [string, string][] = [
    ['late releases with a delay', String(delay.reports)],
    ['median delay', delay.medianMinutes === null ? '-' : `${delay.medianMinutes} minutes (${formatMinutes(delay.medianMinutes)})`],
    ['largest delay', delay.largest ? `${delay.largest.minutes} minutes (${formatMinutes(delay.largest.minutes)}), ${delay.largest.sourcePath}` : '-'],
  ];
  return [
    `${summary.reports} report${summary.reports === 1 ? '' : 's'}: ${byStatus.ok} ok, ${byStatus.partial} partial, ${byStatus.failed} failed, ${byStatus.skipped} skipped`,
    block('By year (of the breach, else of the report)', counted(summary.byYear)),
    block('By producer', counted(summary.byProducer)),
    block('By breach type', counted(summary.byBreachType)),
    block('Delay', delayRows),
    block(
      `Fill rate (of ${summary.reports - byStatus.failed} reports read)`,
      summary.fillRates.map(({ field, filled, of }) => [field, `${percent(filled, of).padStart(4)}  (${filled}/${of})`]),
    ),
  ].join('\n\n');
}
