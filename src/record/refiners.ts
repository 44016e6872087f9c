// Cross-field rules, run in order after all extractors. Each one comments the rule it enforces.
import { warning } from '../diagnostics/diagnostic.js';
import type { Refiner } from '../extract/types.js';
import { standardTime } from '../extract/timing.js';

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

export const defaultRefiners: readonly Refiner[] = [scheduledFromPractice, timingByBreachType, reportBeforeBreach];
