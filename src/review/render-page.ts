// review.html: one self-contained page to check every value of a batch against the report it came from. Pure:
// records and their normalised texts in, one HTML string out. All document text is escaped; the page loads
// nothing (its Content-Security-Policy forbids it).
import { createHash } from 'node:crypto';
import { codebookRows, practiceTitle } from '../codebook/codebook.js';
import { correctableFields, correctionText } from '../record/corrections.js';
import type { BreachRecord } from '../record/schema.js';
import { breachesPerYearSvg } from './year-chart.js';
import { formatMinutes, percent } from '../summary/format.js';
import { producerKey, summariseRecords, type Count } from '../summary/summarise.js';
import { escapeHtml } from './escape.js';
import { fieldRows, fieldStatuses, type FieldRow, type FieldStatus } from './field-rows.js';
import { highlightText } from './highlight.js';
import { pageScript } from './page-script.js';
import { pageStyle } from './page-style.js';

export interface ReviewEntry {
  record: BreachRecord;
  /** The normalised text every evidence span points into; null when the file could not be read. */
  text: string | null;
  /** A link to the source file from where the page is (a relative path, URL-encoded); none when not known. */
  sourceHref?: string | null;
}

const statusLabels: Record<FieldStatus, string> = {
  stated: 'stated',
  derived: 'derived',
  corrected: 'corrected',
  'no-evidence': 'no evidence',
  'not-stated': 'not stated',
};

// Whole-section spans would paint most of the text; the sections are named in the field table instead.
const isHighlighted = (key: string) => !key.startsWith('sections.');

const correctable = new Set(correctableFields);

/** A link to the source at a page (PDF viewers open "#page=N"), or the page number alone. */
function pageHtml(page: number | null, sourceHref: string | null): string {
  if (page === null) return '';
  return sourceHref ? ` (<a href="${escapeHtml(`${sourceHref}#page=${page}`)}" target="_blank" rel="noopener">p. ${page}</a>)` : ` (p. ${page})`;
}

function fieldRowHtml(record: BreachRecord, row: FieldRow, sourceHref: string | null): string {
  const name = row.evidenceKey
    ? `<button type="button" class="field-link" data-ev="${escapeHtml(row.evidenceKey)}" title="Show the evidence in the text">${escapeHtml(row.path)}</button>`
    : `<code class="field">${escapeHtml(row.path)}</code>`;
  const warnings = row.warnings.map((reason) => `<div class="field-warning">⚠ ${escapeHtml(reason)}</div>`).join('');
  const grade = row.confidence ? ` <span class="grade ${row.confidence}" title="confidence">${row.confidence}</span>` : '';
  const note = row.note === null ? '' : `<div class="correction-note">corrected: ${escapeHtml(row.note || 'no note')}</div>`;
  const code = row.field === 'practices' && row.value ? /^([^:]+):/.exec(row.value)?.[1] : undefined;
  const title = code ? practiceTitle(code) : null;
  const titled = title ? ` <span class="code-title">(${escapeHtml(title)})</span>` : '';
  // The edit box of a field goes on its first row; its current value, in the form corrections.csv takes.
  const edit =
    row.first && correctable.has(row.field)
      ? `<button type="button" class="edit" data-field="${escapeHtml(row.field)}" data-value="${escapeHtml(correctionText(record, row.field))}"${row.note === null ? '' : ` data-note="${escapeHtml(row.note)}"`} title="Correct this value">edit</button>`
      : '';
  const value = row.value === '' ? '—' : escapeHtml(row.value);
  return `<tr class="${row.status}" data-field="${escapeHtml(row.field)}"><td>${name}</td><td class="value">${value}${titled}${note}${warnings}</td><td><span class="status ${row.status}">${statusLabels[row.status]}${pageHtml(row.page, sourceHref)}</span>${grade}</td><td>${edit}</td></tr>`;
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

/** What the filters and the search read from a report, lower case where typed text is matched. */
function reportAttributes(record: BreachRecord, rows: readonly FieldRow[]): string {
  const producer = record.status === 'failed' ? '' : producerKey(record);
  const searchable = [record.source.path, record.recordId, producer, record.producer.name ?? '', record.breachKey ?? '', ...record.outputs.map((output) => output.title)]
    .join(' ')
    .toLowerCase();
  const fieldStatuses = [...new Set(rows.map((row) => row.status))].sort().join(' ');
  return [
    `data-record-id="${escapeHtml(record.recordId)}"`,
    `data-warnings="${record.warnings.length}"`,
    `data-status="${record.status}"`,
    `data-type="${escapeHtml(record.breachType ?? '')}"`,
    `data-producer="${escapeHtml(producer)}"`,
    `data-fields="${fieldStatuses}"`,
    `data-checked="${record.checked ? 'true' : 'false'}"`,
    `data-search="${escapeHtml(searchable)}"`,
  ].join(' ');
}

function reportHtml(entry: ReviewEntry, index: number): string {
  const { record, text } = entry;
  const sourceHref = entry.sourceHref ?? null;
  const warningCount = record.warnings.length;
  const spans = Object.entries(record.evidence)
    .filter(([key]) => isHighlighted(key))
    .map(([key, evidence]) => ({ key, start: evidence.start, end: evidence.end }))
    .concat(record.timeline.map((event, index) => ({ key: timelineKey(index), start: event.evidence.start, end: event.evidence.end })));
  const document = text === null ? `<p class="no-text">No text: ${record.status === 'failed' ? 'the file could not be read.' : 'the text was not kept.'}</p>` : `<pre class="doc">${highlightText(text, spans)}</pre>`;
  const rows = record.status === 'failed' ? [] : fieldRows(record);
  const fields =
    record.status === 'failed'
      ? ''
      : `<table class="fields"><thead><tr><th>field</th><th>value</th><th>status</th><th></th></tr></thead><tbody>${rows.map((row) => fieldRowHtml(record, row, sourceHref)).join('')}</tbody></table>${timelineHtml(record)}`;
  const path = escapeHtml(record.source.path);
  const source = sourceHref ? `<a class="source" href="${escapeHtml(sourceHref)}" target="_blank" rel="noopener" title="Open the report">${path}</a>` : path;
  const checked = `<label class="mark"><input type="checkbox" class="mark-checked"${record.checked ? ' checked' : ''}> checked</label>`;
  return [
    `<article class="report status-${record.status}" id="report-${index + 1}" ${reportAttributes(record, rows)}>`,
    `<h2><span class="badge ${record.status}">${record.status}</span>${warningCount > 0 ? `<span class="badge warn">${warningCount} warning${warningCount === 1 ? '' : 's'}</span>` : ''}${source}${checked}</h2>`,
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

function options(values: readonly { value: string; label: string }[]): string {
  return values.map(({ value, label }) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`).join('');
}

/** Search, filters, the keys, and the export of the person's marks and edits as corrections.csv. */
function controlsHtml(records: readonly BreachRecord[], withWarnings: number): string {
  const counted = (values: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, label: `${value} (${count})` }));
  };
  const read = records.filter((record) => record.status !== 'failed');
  return `<div class="controls">
<input type="search" id="search" placeholder="Search path, producer, output, record id (/)" aria-label="Search">
<select id="filter-status" aria-label="Status"><option value="">any status</option>${options(counted(records.map((record) => record.status)))}</select>
<select id="filter-type" aria-label="Breach type"><option value="">any breach type</option>${options(counted(read.map((record) => record.breachType ?? '')))}</select>
<select id="filter-producer" aria-label="Producer"><option value="">any producer</option>${options(counted(read.map(producerKey)))}</select>
<select id="filter-field" aria-label="Field status"><option value="">any field status</option>${options(fieldStatuses.map((status) => ({ value: status, label: `a field ${statusLabels[status]}` })))}</select>
<label><input type="checkbox" id="only-warnings"> only with warnings (${withWarnings})</label>
<label><input type="checkbox" id="hide-checked"> hide checked</label>
<span id="shown-count" aria-live="polite"></span>
</div>
<div class="controls">
<button type="button" id="export">Export corrections.csv</button> <span id="edit-count"></span>
<span class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous report, <kbd>w</kbd> next warning, <kbd>c</kbd> mark checked, <kbd>/</kbd> search. Marks and edits are kept by this browser until exported; <code>breach-extract --corrections corrections.csv</code> applies them.</span>
</div>
<textarea id="export-text" readonly hidden aria-label="corrections.csv"></textarea>`;
}

/** The codebook, from the one source docs/fields.md and the workbook use. */
function codebookHtml(): string {
  const rows = codebookRows()
    .map((row) => {
      // The source as text, not a link: the page points nowhere outside the batch.
      const source = row.source ? `<span class="source-url">${escapeHtml(row.source)}</span>` : '';
      return `<tr><td>${escapeHtml(row.list)}</td><td><code>${escapeHtml(row.code)}</code></td><td>${escapeHtml(row.title)}</td><td>${escapeHtml(row.edition ?? '')}</td><td>${source}</td></tr>`;
    })
    .join('');
  return `<details class="codebook"><summary>Codebook: statuses, breach types and the Code's practices</summary><table><thead><tr><th>list</th><th>code</th><th>meaning</th><th>edition</th><th>source</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

/** The browser keeps marks and edits under this key: the same batch re-run finds them again. */
function pageKey(records: readonly BreachRecord[]): string {
  return createHash('sha256')
    .update(records.map((record) => record.recordId).sort().join(','))
    .digest('hex')
    .slice(0, 16);
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
<body data-page-key="${pageKey(records)}">
<header class="page">
<h1>${escapeHtml(title)}</h1>
<p class="counts">${records.length} reports: ${count('ok')} ok, ${count('partial')} partial, <span class="${count('failed') > 0 ? 'error' : ''}">${count('failed')} failed</span>; ${withWarnings} with warnings; ${records.filter((record) => record.checked).length} checked, ${records.filter((record) => record.corrections.length > 0).length} corrected. Click a field name to see its evidence in the text.</p>
${overviewHtml(records)}
${controlsHtml(records, withWarnings)}
${codebookHtml()}
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
