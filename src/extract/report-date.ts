import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { findDates } from './values/dates.js';

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
    const date = own && own.value.end > own.value.start ? dates[0] : dates.at(-1);
    if (!date) {
      return { value: null, evidence: {}, messages: [warning('date-unparsed', `The report date "${context.slice(cell).slice(0, 60)}" could not be read as a date.`, 'reportDate', context.evidence(cell))] };
    }
    const span = { start: cell.start + date.span.start, end: cell.start + date.span.end };
    return { value: date.date, evidence: new EvidenceSet(context).add('reportDate', span).byPath, messages: [] };
  },
});
