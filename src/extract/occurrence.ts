import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { findDates, yearOf } from './values/dates.js';
import { paragraphs } from './values/text.js';

/**
 * When the breach happened: the first and last day named in the occurrence cell ("January 2019 to 9 March
 * 2020", several dates on several lines). A date written without a year takes the report date's year.
 */
export const occurrenceExtractor = defineExtractor({
  name: 'occurrence',
  field: 'occurrence',
  extract(context, earlier) {
    const empty = { start: null, end: null, text: null };
    const field = context.field('occurrenceDate');
    const cell = field ? paragraphs(context.text, field.value)[0] : undefined;
    if (!field || !cell) return { value: empty, evidence: {}, messages: [warning('field-not-found', 'The date of occurrence is not stated.', 'occurrence.start')] };
    const written = context.slice(cell);
    const dates = findDates(written, yearOf(earlier.reportDate));
    if (dates.length === 0) {
      return { value: { ...empty, text: written }, evidence: new EvidenceSet(context).add('occurrence.text', cell).byPath, messages: [warning('date-unparsed', `The date of occurrence "${written.slice(0, 60)}" could not be read as a date.`, 'occurrence.start', context.evidence(cell))] };
    }
    const days = dates.flatMap((date) => [{ day: date.date, span: date.span }, ...(date.end ? [{ day: date.end, span: date.span }] : [])]);
    const first = days.reduce((a, b) => (b.day < a.day ? b : a));
    const last = days.reduce((a, b) => (b.day > a.day ? b : a));
    const evidence = new EvidenceSet(context)
      .add('occurrence.text', cell)
      .add('occurrence.start', { start: cell.start + first.span.start, end: cell.start + first.span.end })
      .add('occurrence.end', { start: cell.start + last.span.start, end: cell.start + last.span.end });
    return { value: { start: first.day, end: last.day, text: written.replace(/\s+/g, ' ') }, evidence: evidence.byPath, messages: [] };
  },
});
