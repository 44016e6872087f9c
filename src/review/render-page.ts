// review.html: one self-contained page to check every value of a batch against the report it came from. Pure:
// records and their normalised texts in, one HTML string out. All document text is escaped; the page loads
// nothing (its Content-Security-Policy forbids it).
import type { BreachRecord } from '../record/schema.js';
import { breachesPerYearSvg } from './year-chart.js';
import { formatMinutes, percent } from '../summary/format.js';
import { summariseRecords, type Count } from '../summary/summarise.js';
import { escapeHtml } from './escape.js';
import { fieldRows, type FieldRow, type FieldStatus } from './field-rows.js';
import { highlightText } from './highlight.js';
import { pageScript } from './page-script.js';
import { pageStyle } from './page-style.js';

export interface ReviewEntry {
  record: BreachRecord;
  /** The normalised text every evidence span points into; null when the file could not be read. */
  text: string | null;
}

const statusLabels: Record<FieldStatus, string> = {
  stated: 'stated',
  derived: 'derived',
  'no-evidence': 'no evidence',
  'not-stated': 'not stated',
};

// Whole-section spans would paint most of the text; the sections are named in the field table instead.
const isHighlighted = (key: string) => !key.startsWith('sections.');

function fieldRowHtml(row: FieldRow): string {
  const name = row.evidenceKey
    ? `<button type="button" class="field-link" data-ev="${escapeHtml(row.evidenceKey)}" title="Show the evidence in the text">${escapeHtml(row.path)}</button>`
    : `<code class="field">${escapeHtml(row.path)}</code>`;
  const page = row.page === null ? '' : ` (p. ${row.page})`;
  const warnings = row.warnings.map((reason) => `<div class="field-warning">⚠ ${escapeHtml(reason)}</div>`).join('');
  const grade = row.confidence ? ` <span class="grade ${row.confidence}" title="confidence">${row.confidence}</span>` : '';
  return `<tr class="${row.status}"><td>${name}</td><td class="value">${row.value === '' ? '—' : escapeHtml(row.value)}${warnings}</td><td><span class="status ${row.status}">${statusLabels[row.status]}${page}</span>${grade}</td></tr>`;
}

/** The evidence key of a timeline event, for the highlight and its button. */
const timelineKey = (index: number) => `timeline[${index}]`;

/** The report's timeline, in time order: each moment with its kind, its words, and a button to its place. */
function timelineHtml(record: BreachRecord): string {
  if (record.timeline.length === 0) return '';
  const items = record.timeline.map((event, index) => {
    const when = event.at.replace('T', ' ');
    const derived = event.derived ? ' <span class="derived-mark" title="placed by arithmetic">(derived)</span>' : '';
    return `<li class="event ${event.kind}"><button type="button" class="field-link" data-ev="${timelineKey(index)}" title="Show in the text"><time>${escapeHtml(when)}</time></button> <span class="kind">${event.kind}</span>${derived} <q>${escapeHtml(event.evidence.quote)}</q></li>`;
  });
  return `<h3 class="timeline-title">Timeline</h3><ol class="timeline">${items.join('')}</ol>`;
}

function reportHtml(entry: ReviewEntry, index: number): string {
  const { record, text } = entry;
  const warningCount = record.warnings.length;
  const spans = Object.entries(record.evidence)
    .filter(([key]) => isHighlighted(key))
    .map(([key, evidence]) => ({ key, start: evidence.start, end: evidence.end }))
    .concat(record.timeline.map((event, index) => ({ key: timelineKey(index), start: event.evidence.start, end: event.evidence.end })));
  const document = text === null ? `<p class="no-text">No text: ${record.status === 'failed' ? 'the file could not be read.' : 'the text was not kept.'}</p>` : `<pre class="doc">${highlightText(text, spans)}</pre>`;
  const fields =
    record.status === 'failed'
      ? ''
      : `<table class="fields"><thead><tr><th>field</th><th>value</th><th>status</th></tr></thead><tbody>${fieldRows(record).map(fieldRowHtml).join('')}</tbody></table>${timelineHtml(record)}`;
  return [
    `<article class="report status-${record.status}" id="report-${index + 1}" data-record-id="${escapeHtml(record.recordId)}" data-warnings="${warningCount}">`,
    `<h2><span class="badge ${record.status}">${record.status}</span>${warningCount > 0 ? `<span class="badge warn">${warningCount} warning${warningCount === 1 ? '' : 's'}</span>` : ''}${escapeHtml(record.source.path)}</h2>`,
    `<div class="meta">record <code>${escapeHtml(record.recordId)}</code> · ${escapeHtml(record.source.format ?? 'unknown format')}${record.source.pages === null ? '' : ` · ${record.source.pages} pages`}${record.codeEdition ? ` · ${record.codeEdition} Code` : ''}</div>`,
    record.error ? `<p class="error">Failed: ${escapeHtml(record.error)}</p>` : '',
    warningCount > 0 && record.status !== 'failed' ? `<ul class="warnings">${record.warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join('')}</ul>` : '',
    `<div class="body"><div>${fields}</div><div>${document}</div></div>`,
    '</article>',
  ].join('\n');
}

function countsTable(title: string, counts: readonly Count[], limit = 8): string {
  const shown = counts.slice(0, limit);
  const more = counts.length - shown.length;
  const rows = shown.map(({ key, count }) => `<tr><td>${escapeHtml(key)}</td><td>${count}</td></tr>`).join('');
  return `<table><tr><th colspan="2">${escapeHtml(title)}</th></tr>${rows}${more > 0 ? `<tr><td colspan="2">and ${more} more</td></tr>` : ''}</table>`;
}

function overviewHtml(records: readonly BreachRecord[]): string {
  const summary = summariseRecords(records);
  const { delay } = summary;
  const delayRows = [
    `<tr><td>median</td><td>${delay.medianMinutes === null ? '—' : formatMinutes(delay.medianMinutes)}</td></tr>`,
    `<tr><td>largest</td><td>${delay.largest ? `${formatMinutes(delay.largest.minutes)} (${escapeHtml(delay.largest.sourcePath)})` : '—'}</td></tr>`,
  ].join('');
  const fill = summary.fillRates.map(({ field, filled, of }) => `<tr><td>${escapeHtml(field)}</td><td>${percent(filled, of)}</td></tr>`).join('');
  return [
    '<div class="overview">',
    `<figure><figcaption>Breaches per year, by type</figcaption>${breachesPerYearSvg(summary.byYearAndType)}</figure>`,
    countsTable('By breach type', summary.byBreachType),
    countsTable('By producer', summary.byProducer),
    `<table><tr><th colspan="2">Delay (${delay.reports} late releases)</th></tr>${delayRows}</table>`,
    `<details><summary>Fill rate of each field</summary><table>${fill}</table></details>`,
    '</div>',
  ].join('\n');
}

/**
 * The page before the reports: its head, the counts and overview of every record, the index. It needs the records
 * but not their texts, so a page written report by report (streamed) keeps only the records.
 */
export function reviewPageHead(records: readonly BreachRecord[], title = 'breach-extract review'): string {
  const count = (status: BreachRecord['status']) => records.filter((record) => record.status === status).length;
  const withWarnings = records.filter((record) => record.warnings.length > 0).length;
  const index = records
    .map((record, position) => `<a href="#report-${position + 1}" class="${record.status}">${escapeHtml(record.source.path)}${record.status === 'ok' ? '' : ` (${record.status})`}</a>`)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<header class="page">
<h1>${escapeHtml(title)}</h1>
<p class="counts">${records.length} reports: ${count('ok')} ok, ${count('partial')} partial, <span class="${count('failed') > 0 ? 'error' : ''}">${count('failed')} failed</span>; ${withWarnings} with warnings. Click a field name to see its evidence in the text.</p>
${overviewHtml(records)}
<div class="controls"><label><input type="checkbox" id="only-warnings"> Only reports with warnings (${withWarnings})</label></div>
</header>
<nav class="index">${index}</nav>
<main>
`;
}

/** One report's part of the page (the `index`th report, from 0), with its text; the parts are joined by newlines. */
export function reviewReportHtml(entry: ReviewEntry, index: number): string {
  return reportHtml(entry, index);
}

/** The page after the reports. */
export const reviewPageTail = `
</main>
<script>${pageScript}</script>
</body>
</html>
`;

export function renderReviewPage(entries: readonly ReviewEntry[], title = 'breach-extract review'): string {
  const head = reviewPageHead(entries.map((entry) => entry.record), title);
  return `${head}${entries.map(reportHtml).join('\n')}${reviewPageTail}`;
}
