// Release timing: the pre-announced time, when the statistics actually became public, and minutes late,
// early, or wrongly exposed. Stated durations win; otherwise minutes are derived from two stated times and
// marked as derived. Which of these apply to the breach is settled afterwards by the timing refiner.
import { info, warning } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../record/schema.js';
import type { Span } from '../document.js';
import { EvidenceSet, type ExtractContext } from './context.js';
import { narrativeSpans } from './narrative.js';
import { eventTimeline, type TimelineMoment } from './timeline.js';
import { defineExtractor, type ExtractedValues } from './types.js';
import { findTimes, minutesBetween } from './values/dates.js';
import { durationSource, parseDuration } from './values/durations.js';
import { numberWordPattern } from './values/text.js';
import { allMatches } from '../matches.js';

export { parseDuration } from './values/durations.js';

interface Found {
  minutes: number;
  span: Span;
}

const durationPattern = new RegExp(durationSource, 'i');
// The core every stated duration has: an amount and its unit ("2 hours", "a day", "fifteen minutes").
const durationCore = new RegExp(`(?:${numberWordPattern}|half)\\s*(?:minute|min|hour|hr|day|week)`, 'gi');
// How far a lead or a trail reaches from the core it surrounds (the longest lead, "available ... for a period
// of less than", is under 100 characters).
const reachBefore = 160;
const reachAfter = 140;

/**
 * The stretches of the narrative that can hold a stated duration: only the text around an amount and a unit is
 * searched (the duration patterns are slow over a whole narrative). Each stretch starts and ends at white space,
 * so that no word boundary appears where the text was cut.
 */
function durationStretches(context: ExtractContext, spans: Span[]): Span[] {
  const stretches: Span[] = [];
  for (const span of spans) {
    const body = context.slice(span);
    for (const unit of allMatches(durationCore, body)) {
      let start = Math.max(0, unit.index - reachBefore);
      let end = Math.min(body.length, unit.index + unit[0].length + reachAfter);
      while (start > 0 && !/\s/.test(body[start - 1] ?? '')) start -= 1;
      while (end < body.length && !/\s/.test(body[end] ?? '')) end += 1;
      const last = stretches.at(-1);
      // Overlapping stretches of one span are one stretch; stretches never join across spans.
      if (last && last.start >= span.start && last.end >= span.start + start) last.end = Math.max(last.end, span.start + end);
      else stretches.push({ start: span.start + start, end: span.start + end });
    }
  }
  return stretches;
}

/** A stated duration with the words that must lead to it and trail it. */
function durationPhrase(lead: string, trail: string): RegExp {
  return new RegExp(`${lead}${durationSource}${trail}`, 'gi');
}

/** Every duration matched by a durationPhrase in the stretches, as minutes. */
function statedDurations(context: ExtractContext, stretches: Span[], pattern: RegExp): Found[] {
  const found: Found[] = [];
  for (const span of stretches) {
    for (const match of allMatches(pattern, context.slice(span))) {
      const duration = parseDuration(durationPattern.exec(match[0])?.[0] ?? '');
      if (duration !== null) found.push({ minutes: duration, span: { start: span.start + match.index, end: span.start + match.index + match[0].length } });
    }
  }
  return found;
}

export interface DatedTime {
  at: string;
  span: Span;
}

const uploadVerb = /\b(?:up)?load(?:ed)?\b/i;

// The verbs of a withdrawal, as a lead for "deleted within two minutes".
const withdrawnLead = '\\b(?:withdrawn|removed|taken down|deleted|revoked|pulled|taken offline|unpublished)\\b';

// The stated durations, by what the words around them say they measure.
const delayedByPhrase = durationPhrase('\\b(?:delay(?:ed)? (?:of|by)(?: about| around| approximately| up to)?|(?:published|released|available) (?:within|after))\\s+', '');
const lateByPhrase = durationPhrase('\\b', '\\s+(?:late\\b|behind (?:schedule|time)|after (?:the|its) (?:scheduled|pre-announced|announced|planned) (?:release )?(?:time|release))');
const earlyByPhrase = durationPhrase('\\b', '\\s+(?:ahead of (?:schedule|the (?:scheduled|pre-announced|planned)|time)|before (?:the )?(?:pre-announced|scheduled|planned|official)|early\\b|earlier than (?:scheduled|planned|pre-announced|announced|intended|due)|prior to (?:the )?(?:scheduled|pre-announced|release|publication))');
const exposedForPhrase = durationPhrase('\\b(?:live|available|accessible|visible|up|online|published)\\b[^.]{0,40}?\\bfor (?:a period of |a total of )?(?:less than |under |about |around |approximately |roughly |just |up to |some |as long as |no more than |no longer than )?', '');
const fixedLaterPhrase = durationPhrase('\\(?\\s*', '\\s+later\\b');
const withdrawnWithinPhrase = durationPhrase(`${withdrawnLead}[^.]{0,40}?\\b(?:within|after) (?:about |around |approximately |less than |under |just )?`, '');
const forWhileLivePhrase = durationPhrase(
  '(?:^|[.;:]\\s+|\\n)for (?:about |around |approximately |less than |under |just |some )?',
  '\\b[^.]{0,120}?\\b(?:was|were|had been|remained|stayed)\\s+(?:\\w+\\s+)?(?:live|available|visible|public|accessible|up|online|on the (?:web)?site)\\b',
);
const withinWithdrawnPhrase = durationPhrase('\\bwithin (?:about |around |approximately |less than |under |just )?', `\\b[^.]{0,60}?${withdrawnLead}`);

/**
 * How long the statistics were out, from the timeline: from the first moment they went out (published or shared)
 * to the withdrawal after it, when both are timed and the same day.
 */
function exposureWindow(timeline: TimelineMoment[]): { minutes: number; span: Span } | null {
  // Taken down, or else put right (a wrong link or file was out until it was corrected).
  const withdrawal = timeline.find((moment) => moment.kind === 'withdrawn') ?? timeline.find((moment) => moment.kind === 'corrected');
  if (!withdrawal) return null;
  const out = timeline
    .filter((moment) => (moment.kind === 'published' || moment.kind === 'shared') && moment.at <= withdrawal.at)
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  if (!out) return null;
  const minutes = minutesBetween(out.at, withdrawal.at);
  return minutes > 0 && minutes < 1440 ? { minutes, span: withdrawal.span } : null;
}

/**
 * Whole days early, when the account dates the publication and the release it was due on but gives no times ("put
 * on the website on 3 April, a month ahead of its 3 May release"): the days between them, as the spec counts "2 days
 * ahead" (2880 minutes).
 */
function daysEarly(moments: TimelineMoment[]): { minutes: number; span: Span } | null {
  const days = daysOff(moments, 'first');
  return days && days.days < 0 ? { minutes: -days.days * 1440, span: days.span } : null;
}

/** Whole days late, likewise: "due on 3 May, it was not published until 5 May" is 2880 minutes late. */
function daysLate(moments: TimelineMoment[]): { minutes: number; span: Span } | null {
  const days = daysOff(moments, 'last');
  return days && days.days > 0 ? { minutes: days.days * 1440, span: days.span } : null;
}

/** Days from the first scheduled date to the first (or last) date-only publication, when no time is given for either. */
function daysOff(moments: TimelineMoment[], which: 'first' | 'last'): { days: number; span: Span } | null {
  const planned = moments.find((moment) => moment.kind === 'scheduled');
  const dated = moments.filter((moment) => moment.kind === 'published' && moment.at.length === 10).sort((a, b) => a.at.localeCompare(b.at));
  const out = which === 'first' ? dated[0] : dated.at(-1);
  if (!planned || !out || moments.some((moment) => moment.kind === 'published' && moment.at.length > 10)) return null;
  return { days: Math.round((Date.parse(out.at) - Date.parse(planned.at.slice(0, 10))) / 86_400_000), span: out.span };
}

/**
 * Without a stated time of release, the standard time the practice cited quotes, on the day the account says the
 * release was due ("meant to be published on 12 May") or else the day of the breach.
 */
export function standardReference(context: ExtractContext, earlier: Partial<ExtractedValues>): string | null {
  const plannedDay = eventTimeline(context, earlier).find((moment) => moment.kind === 'scheduled' && moment.at.length === 10)?.at;
  return standardTime(context, plannedDay ?? earlier.occurrence?.start ?? null)?.at ?? null;
}

export function standardTime(context: ExtractContext, day: string | null): DatedTime | null {
  const field = context.field('practices');
  const time = field && day ? findTimes(context.slice(field.value))[0] : undefined;
  if (!field || !time || !day) return null;
  return { at: `${day}T${time.time}`, span: { start: field.value.start + time.span.start, end: field.value.start + time.span.end } };
}

export const timingExtractor = defineExtractor({
  name: 'timing',
  field: 'timing',
  extract(context, earlier) {
    const value: ExtractedValues['timing'] = { scheduled: null, actual: null, delayMinutes: null, earlyMinutes: null, exposureMinutes: null };
    const evidence = new EvidenceSet(context);
    const derived: string[] = [];
    const messages: Diagnostic[] = [];
    // Minutes worked out rather than stated: the value, where it came from, and the derived mark.
    const setDerived = (key: 'delayMinutes' | 'earlyMinutes', found: { minutes: number; span: Span | null } | null) => {
      if (!found) return;
      value[key] = found.minutes;
      evidence.add(`timing.${key}`, found.span);
      derived.push(`timing.${key}`);
    };
    const spans = narrativeSpans(context);
    const occurrence = earlier.occurrence?.start ?? null;

    const timeline = eventTimeline(context, earlier).filter((moment) => moment.at.length > 10);
    // Scheduled: the first release time the narrative states as the plan ("due to be published at 07:00 on ...").
    const planned = timeline.find((moment) => moment.kind === 'scheduled');
    if (planned) {
      value.scheduled = planned.at;
      evidence.add('timing.scheduled', planned.span);
      if (planned.derived) derived.push('timing.scheduled');
    }
    // A scheduled date a whole year off the occurrence date is a typing slip: the occurrence date settles it.
    if (value.scheduled && occurrence && value.scheduled.slice(5, 10) === occurrence.slice(5, 10) && value.scheduled.slice(0, 4) !== occurrence.slice(0, 4)) {
      messages.push(warning('date-corrected', `The scheduled release is written as ${value.scheduled.slice(0, 10)}, but the breach happened on ${occurrence}; the record uses ${occurrence}.`, 'timing.scheduled'));
      value.scheduled = `${occurrence}${value.scheduled.slice(10)}`;
    }

    // Without a stated schedule, the standard time quoted by the practice cited (the Code's 9.30am) is the
    // reference that decides which stated times were late or early. It becomes timing.scheduled only when the
    // breach turns out to be a late or early release (see the scheduled-from-practice refiner).
    const reference = value.scheduled ?? standardReference(context, earlier);

    // Actual: when the statistics are said to have become available after the scheduled time, or the first time
    // before it (an early release).
    const actuals = timeline.filter((moment) => moment.kind === 'published');
    const late = reference ? actuals.filter((item) => item.at > reference) : [];
    const early = reference ? actuals.filter((item) => item.at < reference) : actuals;
    // Of several late times, the last is when every output was out; a file "uploaded" to a site after the statistics
    // were already public elsewhere is a copy, so uploads count only when nothing else was said to be out.
    const firm = late.filter((item) => !uploadVerb.test(item.verb));
    const lateOnes = firm.length > 0 ? firm : late;
    // Out before its time, taken down, and put out again later: the early appearance is the breach.
    const firstEarly = [...early].sort((a, b) => a.at.localeCompare(b.at))[0];
    const withdrawnAfter = firstEarly && timeline.some((moment) => moment.kind === 'withdrawn' && moment.at > firstEarly.at);
    const actual = withdrawnAfter || lateOnes.length === 0 ? firstEarly : lateOnes.reduce((a, b) => (b.at > a.at ? b : a));
    if (actual) {
      value.actual = actual.at;
      evidence.add('timing.actual', actual.span);
    }

    // Stated durations.
    const stretches = durationStretches(context, spans);
    const delays = statedDurations(context, stretches, delayedByPhrase);
    const lateBy = statedDurations(context, stretches, lateByPhrase);
    const earlies = statedDurations(context, stretches, earlyByPhrase);
    const exposures = statedDurations(context, stretches, exposedForPhrase);
    const fixedLater = statedDurations(context, stretches, fixedLaterPhrase);
    const stated = [...delays, ...lateBy];
    if (stated.length > 0) {
      const largest = stated.reduce((a, b) => (b.minutes > a.minutes ? b : a));
      value.delayMinutes = largest.minutes;
      evidence.add('timing.delayMinutes', largest.span);
    } else if (reference && value.actual && value.actual > reference) {
      // Derived minutes point at the stated time they were computed from.
      setDerived('delayMinutes', { minutes: minutesBetween(reference, value.actual), span: actual?.span ?? null });
    } else {
      setDerived('delayMinutes', daysLate(eventTimeline(context, earlier)));
    }
    if (earlies.length > 0) {
      const largest = earlies.reduce((a, b) => (b.minutes > a.minutes ? b : a));
      value.earlyMinutes = largest.minutes;
      evidence.add('timing.earlyMinutes', largest.span);
    } else if (reference && value.actual && value.actual < reference) {
      setDerived('earlyMinutes', { minutes: minutesBetween(value.actual, reference), span: actual?.span ?? null });
    } else {
      setDerived('earlyMinutes', daysEarly(eventTimeline(context, earlier)));
    }
    const withdrawnWithin = [
      ...statedDurations(context, stretches, withdrawnWithinPhrase),
      // "Within two minutes the post had been deleted"
      ...statedDurations(context, stretches, withinWithdrawnPhrase),
      // "For approximately 8 minutes on the afternoon of 9 March the data were live"
      ...statedDurations(context, stretches, forWhileLivePhrase),
    ];
    const exposure = exposures[0] ?? withdrawnWithin[0] ?? fixedLater.find((item) => /fix|remov|correct|withdr|revert|taken down/i.test(context.text.slice(Math.max(0, item.span.start - 200), item.span.end)));
    if (exposure) {
      value.exposureMinutes = exposure.minutes;
      evidence.add('timing.exposureMinutes', exposure.span);
    } else {
      const window = exposureWindow(timeline);
      if (window) {
        value.exposureMinutes = window.minutes;
        evidence.add('timing.exposureMinutes', window.span);
        derived.push('timing.exposureMinutes');
      }
    }
    if (value.delayMinutes !== null && !value.actual && value.scheduled) {
      // "delayed by 38 minutes" from 07:00 gives 07:38 by arithmetic.
      const at = new Date(Date.parse(`${value.scheduled}:00Z`) + value.delayMinutes * 60000).toISOString().slice(0, 16);
      value.actual = at;
      evidence.add('timing.actual', stated.reduce((a, b) => (b.minutes > a.minutes ? b : a)).span);
      derived.push('timing.actual');
      messages.push(info('field-not-found', `The actual release time is not stated; it is taken as the scheduled time plus the stated delay (${at.slice(11)}).`, 'timing.actual'));
    }
    return { value, evidence: evidence.byPath, derived, messages };
  },
});
