import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import type { ExtractContext } from './context.js';
import { findDates, type FoundDate } from './values/dates.js';

/**
 * The date of the report: its own cell in the 2018 table, or the date written at the end of the 2009
 * template's "... submitting this report, and date of report" cell.
 */
export const reportDateExtractor = defineExtractor({
  name: 'report-date',
  field: 'reportDate',
  extract(context) {
    const own = context.field('reportDate');
    const reporter = context.field('reporter');
    const fromReporter = reporter && /date of (?:the )?report/i.test(context.slice(reporter.label));
    const cell = own && own.value.end > own.value.start ? own.value : fromReporter ? reporter.value : null;
    if (!cell) return { value: null, evidence: {}, messages: [warning('field-not-found', 'The date of the report is not stated.', 'reportDate')] };
    const dates = findDates(context.slice(cell));
    // In the 2009 contact cell the report date comes last, after any address.
    let date = own && own.value.end > own.value.start ? dates[0] : dates.at(-1);
    const messages = [];
    if (!date) {
      date = withBreachYear(context, context.slice(cell)) ?? undefined;
      if (date) messages.push(warning('date-corrected', `The report date "${context.slice(cell).slice(0, 40)}" gives no year; ${date.date.slice(0, 4)} is taken from the date of the breach, which the report cannot precede.`, 'reportDate', context.evidence(cell)));
    }
    if (!date) {
      return { value: null, evidence: {}, messages: [warning('date-unparsed', `The report date "${context.slice(cell).slice(0, 60)}" could not be read as a date.`, 'reportDate', context.evidence(cell))] };
    }
    const span = { start: cell.start + date.span.start, end: cell.start + date.span.end };
    return { value: date.date, evidence: new EvidenceSet(context).add('reportDate', span).byPath, messages };
  },
});

/**
 * A report date written without its year ("12 March") takes the year of the breach's first stated date (the
 * occurrence cell, else the circumstances section), or the next year when that would date the report before it.
 */
function withBreachYear(context: ExtractContext, written: string): FoundDate | null {
  const occurrence = context.field('occurrenceDate');
  const circumstances = context.sectionSpan('circumstances');
  const source = occurrence && occurrence.value.end > occurrence.value.start ? occurrence.value : circumstances;
  if (!source) return null;
  const breach = findDates(context.slice(source)).filter((found) => found.yearKnown).map((found) => found.end ?? found.date).sort().at(0);
  if (!breach) return null;
  const year = Number(breach.slice(0, 4));
  const same = findDates(written, year)[0];
  if (!same || same.yearKnown) return null;
  return same.date >= breach ? same : (findDates(written, year + 1)[0] ?? null);
}
