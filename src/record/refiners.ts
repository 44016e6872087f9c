// Cross-field rules, run in order after all extractors. Each one comments the rule it enforces.
import { warning } from '../diagnostics/diagnostic.js';
import type { Refiner } from '../extract/types.js';
import { standardTime } from '../extract/timing.js';
import { narrativeSpans } from '../extract/narrative.js';
import { findDates, minutesBetween } from '../extract/values/dates.js';

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
    // The day the release was due, when the account names it, else the day of the breach.
    const day = values.timeline.find((event) => event.kind === 'scheduled' && event.at.length === 10)?.at ?? values.occurrence.start;
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

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const weekdayWord = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s/i;

/** The weekday written with a date ("Monday 3 March 2021" -> 1), or null when none is. */
function writtenWeekday(written: string): number | null {
  const match = weekdayWord.exec(written);
  return match ? weekdays.indexOf((match[1] ?? '').toLowerCase()) : null;
}

const weekdayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

/**
 * A breach by sharing or comment before release, whose report says when the release itself came out and gives no
 * other schedule: the release came out at its time, which is the scheduled time. Marked derived, graded low.
 */
export const scheduledFromOnTimeRelease: Refiner = {
  name: 'scheduled-from-on-time-release',
  refine(values, state) {
    const type = values.breachType;
    if (values.timing.scheduled || (type !== 'pre_release_access' && type !== 'premature_comment')) return;
    const release = values.timeline.find((event) => event.kind === 'published' && event.at.length > 10);
    if (!release) return;
    values.timing.scheduled = release.at;
    state.evidence['timing.scheduled'] = release.evidence;
    state.derived.add('timing.scheduled');
    state.confidence['timing.scheduled'] = 'low';
  },
};

/**
 * An occurrence date whose year contradicts the report: when the account states the same day and month with another
 * year, and that reading is consistent with the report (a breach cannot follow its report; a weekday written with
 * the account's date fits its year and not the cell's), the account's date is used; occurrence.text keeps the date
 * as written, and a warning says what changed.
 */
export const occurrenceYearFromNarrative: Refiner = {
  name: 'occurrence-year-from-narrative',
  refine(values, state, context) {
    const { start, end } = values.occurrence;
    const reportDate = values.reportDate;
    if (!start || start !== end) return;
    const afterReport = reportDate !== null && start > reportDate;
    const stated = narrativeSpans(context).flatMap((span) =>
      findDates(context.slice(span))
        .filter((date) => date.dayKnown && date.yearKnown && date.date.slice(5) === start.slice(5))
        .map((date) => ({ ...date, span: { start: span.start + date.span.start, end: span.start + date.span.end } })),
    );
    if (stated.length === 0 || stated.some((date) => date.date === start)) return;
    // The account's weekday settles the year: it fits the account's date, and not the cell's.
    const weekdayFits = (date: (typeof stated)[number]) => {
      const weekday = writtenWeekday(context.slice(date.span));
      return weekday !== null && weekday === weekdayOf(date.date) && weekday !== weekdayOf(start);
    };
    const candidates = [...new Set(stated.filter((date) => afterReport || weekdayFits(date)).map((date) => date.date))].filter(
      (date) => reportDate === null || date <= reportDate,
    );
    const replacement = candidates.length === 1 ? stated.find((date) => date.date === candidates[0]) : undefined;
    if (!replacement) return;
    const why = afterReport
      ? `after the report itself (${reportDate})`
      : `but the account gives the same day with its weekday in ${replacement.date.slice(0, 4)}`;
    state.messages.push(
      warning('date-corrected', `The date of occurrence is written as ${start}, ${why}; the report's account dates it ${replacement.date}, which the record uses.`, 'occurrence.start', state.evidence['occurrence.start'] ?? null),
    );
    values.occurrence.start = replacement.date;
    values.occurrence.end = replacement.date;
    state.evidence['occurrence.start'] = context.evidence(replacement.span);
    state.evidence['occurrence.end'] = context.evidence(replacement.span);
  },
};

/**
 * Stated times that contradict the kind of breach, or a stated number of minutes that contradicts the stated times,
 * are kept as read, with a warning: one of them is wrong, and a reader should check which.
 */
export const timingConsistency: Refiner = {
  name: 'timing-consistency',
  refine(values, state) {
    const { scheduled, actual, delayMinutes, earlyMinutes } = values.timing;
    if (!scheduled || !actual) return;
    const late = actual > scheduled;
    const say = (reason: string, field: string) => state.messages.push(warning('timing-inconsistent', reason, field, state.evidence[field] ?? null));
    if (values.breachType === 'late_release' && actual < scheduled) {
      say(`The report reads as a late release, but the statistics are said to be out at ${actual.slice(11)} on ${actual.slice(0, 10)}, before the scheduled ${scheduled.replace('T', ' ')}.`, 'timing.actual');
    }
    if (values.breachType === 'early_release' && late) {
      say(`The report reads as an early release, but the statistics are said to be out at ${actual.replace('T', ' ')}, after the scheduled ${scheduled.replace('T', ' ')}.`, 'timing.actual');
    }
    const between = Math.abs(minutesBetween(scheduled, actual));
    const stated = late ? delayMinutes : earlyMinutes;
    const field = late ? 'timing.delayMinutes' : 'timing.earlyMinutes';
    // Minutes within five of the times agree (times are often rounded); a stated span that is off by more is doubtful.
    if (stated !== null && !state.derived.has(field) && Math.abs(stated - between) > 5) {
      say(`The report states ${stated} minutes, but its times (${scheduled.slice(11)} scheduled, ${actual.slice(11)} actual) are ${between} minutes apart; the record keeps the stated ${stated}.`, field);
    }
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

export const defaultRefiners: readonly Refiner[] = [occurrenceYearFromNarrative, scheduledFromPractice, scheduledFromOnTimeRelease, timingByBreachType, timingConsistency, reportBeforeBreach];
