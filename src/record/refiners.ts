// Cross-field rules, run in order after all extractors. Each one comments the rule it enforces.
import { warning } from '../diagnostics/diagnostic.js';
import type { Refiner } from '../extract/types.js';
import { standardTime } from '../extract/timing.js';
import { narrativeSpans } from '../extract/narrative.js';
import { findDates } from '../extract/values/dates.js';

/** The breach type decides which timing figures apply: minutes late only for late releases, early only for early ones. */
export const timingByBreachType: Refiner = {
  name: 'timing-by-breach-type',
  refine(values, state) {
    const type = values.breachType;
    if (type === null) return;
    const drop = (key: 'delayMinutes' | 'earlyMinutes' | 'exposureMinutes') => {
      values.timing[key] = null;
      delete state.evidence[`timing.${key}`];
      state.derived.delete(`timing.${key}`);
    };
    if (type !== 'late_release') drop('delayMinutes');
    if (type !== 'early_release') drop('earlyMinutes');
    if (type === 'late_release') drop('exposureMinutes');
  },
};

/**
 * A late or early release whose report gives no scheduled time was due at the standard time that the practice
 * cited quotes ("released to all users at 9.30am"), on the day of the breach. Marked as derived.
 */
export const scheduledFromPractice: Refiner = {
  name: 'scheduled-from-practice',
  refine(values, state, context) {
    const type = values.breachType;
    const day = values.occurrence.start;
    if (values.timing.scheduled || !day || (type !== 'late_release' && type !== 'early_release')) return;
    const standard = standardTime(context, day);
    if (!standard) return;
    values.timing.scheduled = standard.at;
    state.evidence['timing.scheduled'] = context.evidence(standard.span);
    state.derived.add('timing.scheduled');
    // The Code's rule, not the report's account: an inference.
    state.confidence['timing.scheduled'] = 'low';
  },
};

/**
 * An occurrence date whose year contradicts the report: when the narrative states the same day and month with
 * another year, and that reading is consistent with the report date (a breach cannot follow its report), the
 * narrative's date is used; occurrence.text keeps the date as written, and a warning says what changed.
 */
export const occurrenceYearFromNarrative: Refiner = {
  name: 'occurrence-year-from-narrative',
  refine(values, state, context) {
    const { start, end } = values.occurrence;
    const reportDate = values.reportDate;
    // Only a breach dated after its own report is contradicted; reading every date of the account costs time.
    if (!start || start !== end || reportDate === null || start <= reportDate) return;
    const stated = narrativeSpans(context).flatMap((span) =>
      findDates(context.slice(span)).filter((date) => date.dayKnown && date.yearKnown).map((date) => ({ ...date, span: { start: span.start + date.span.start, end: span.start + date.span.end } })),
    );
    const sameDay = stated.filter((date) => date.date.slice(5) === start.slice(5));
    if (sameDay.some((date) => date.date === start)) return;
    const candidates = [...new Set(sameDay.map((date) => date.date))].filter((date) => date <= reportDate);
    const replacement = candidates.length === 1 ? sameDay.find((date) => date.date === candidates[0]) : undefined;
    if (!replacement) return;
    state.messages.push(
      warning('date-corrected', `The date of occurrence is written as ${start}, after the report itself (${reportDate}); the report's account dates it ${replacement.date}, which the record uses.`, 'occurrence.start', state.evidence['occurrence.start'] ?? null),
    );
    values.occurrence.start = replacement.date;
    values.occurrence.end = replacement.date;
    state.evidence['occurrence.start'] = context.evidence(replacement.span);
    state.evidence['occurrence.end'] = context.evidence(replacement.span);
  },
};

/** A report dated before the breach it reports is kept as written, with a warning. */
export const reportBeforeBreach: Refiner = {
  name: 'report-before-breach',
  refine(values, state) {
    const { reportDate } = values;
    const start = values.occurrence.start;
    if (reportDate && start && reportDate < start) {
      state.messages.push(
        warning('date-order', `The report is dated ${reportDate}, before the breach it reports (${start}); the date is kept as written.`, 'reportDate', state.evidence.reportDate ?? null),
      );
    }
  },
};

export const defaultRefiners: readonly Refiner[] = [occurrenceYearFromNarrative, scheduledFromPractice, timingByBreachType, reportBeforeBreach];
