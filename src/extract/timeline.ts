// The event timeline: every dated or timed statement of the narrative as { at, kind, span }, with the kind read
// from the verb that governs the moment (lexicon/events.ts). Timing and breach type are derived from it.
//
// A moment's date is the date written with it, else the date last written earlier in the same paragraph, else
// the date of occurrence. A clause with no time of its own that says it came "10 minutes later", "within two
// minutes" or "immediately" is placed after the event before it and marked derived.
import type { Span } from '../document.js';
import {
  eventKinds,
  eventPatterns,
  kindPriority,
  relativeAtOnce,
  relativeLater,
  relativeWithin,
  rangeJoin,
  rangeOpen,
  releaseAfterTime,
  spanBeforeRelease,
  type EventKind,
} from '../lexicon/events.js';
import type { ExtractContext } from './context.js';
import { narrativeSpans, sentences } from './narrative.js';
import { parseDuration } from './values/durations.js';
import { defineExtractor, type ExtractedValues } from './types.js';
import { findDates, findTimes, yearOf, type FoundDate, type FoundTime } from './values/dates.js';
import { allMatches } from '../matches.js';

export interface TimelineMoment {
  /** 'YYYY-MM-DDTHH:MM', or 'YYYY-MM-DD' for a statement dated without a time. */
  at: string;
  kind: EventKind;
  /** The time or date as written (for a derived moment, the words that place it). */
  span: Span;
  /** Placed by arithmetic ("10 minutes later") rather than written. */
  derived: boolean;
  /** Order of appearance in the text. */
  order: number;
  /** The phrase that gives the kind, as written ("went live", "uploaded"); empty when none did. */
  verb: string;
}

interface Cue {
  kind: EventKind;
  start: number;
  end: number;
}

// "the published list", "a released version": the participle is an adjective there, not an event.
const adjectiveBefore = /(?:^|\s)(?:the|a|an|its|their|our|this|that|previously|already|recently|latest|last)\s+$/i;
// "due to be sent", "should have been published": a plan or a duty, not something that happened. A plan to
// publish states the schedule; any other planned event is no event at all.
const plannedBefore = /\b(?:due to (?:be|have)|(?:cannot|can ?not|must not|may not|are not to|is not to) be|scheduled to be|supposed to be|meant to be|should (?:have been|be|not be)|would (?:be|have been)|was to be|were to be|intended to be|planned to be)\s+$/i;
const negatedBefore = /\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?$|\b(?:no|none of the)\s+(?:[\w-]+\s+){0,3}$|\bat no (?:point|time)\b[^.]{0,40}$/i;
// "the page was set to go live automatically": a publication planned, which states the schedule.
const plannedInside = /\b(?:set|due|going|meant|supposed|scheduled|planned|expected) to\b/i;
// "the Minister's briefing, planned for 10am": the plan of another event, not of the release.
const otherEventBefore = /\b(?:meeting|briefing|call|interview|conference|visit|event|session|appointment|lunch|launch)s?\b[^.]{0,30}$/i;

function cuesIn(body: string): Cue[] {
  const cues: Cue[] = [];
  for (const kind of eventKinds) {
    for (const match of allMatches(eventPatterns[kind], body)) {
      const before = body.slice(Math.max(0, match.index - 40), match.index);
      let actual: EventKind | null = kind;
      if (kind === 'published' && plannedInside.test(match[0])) actual = 'scheduled';
      else if (kind === 'scheduled' && otherEventBefore.test(before)) actual = null;
      else if ((kind === 'published' || kind === 'shared') && /^\w+ed\b/i.test(match[0]) && adjectiveBefore.test(before)) actual = null;
      else if (kind !== 'scheduled' && plannedBefore.test(before)) actual = kind === 'published' ? 'scheduled' : null;
      // "had not been published": a negated event did not happen ("not available until" is its own phrase).
      else if (kind !== 'scheduled' && !/^not\b/i.test(match[0]) && negatedBefore.test(before)) actual = null;
      if (actual) cues.push({ kind: actual, start: match.index, end: match.index + match[0].length });
    }
  }
  // Where two phrases end together the longer wins, then the one listed first in kindPriority.
  cues.sort((a, b) => a.end - b.end || a.start - b.start || kindPriority.indexOf(a.kind) - kindPriority.indexOf(b.kind));
  return cues.filter((cue, index) => index === 0 || cues[index - 1]?.end !== cue.end);
}

// How far a verb reaches forward to the time it governs ("published on the website at 09:41", "circulated the
// statistics to named individuals on the list at 1.15pm"), and how far an opening "At 3.14pm" reaches to its verb.
const reachForward = 160;
const reachToVerb = 120;

// A moment that opens its clause ("At 3.14pm on 15th July an official forwarded ...", "..., but at 10:05 a user
// noticed") belongs to the verb after it, not to the one before.
const opensClause = /(?:^|[,;:(]\s*|\b(?:and|but|then|when|until|although|while|whereas|after|before)\s+)(?:at|from|by|around|about|shortly after)\s+$/i;

const ownClauseEnds = /[.;]|\b(?:as|because|since|which|who|so that|while|whereas|although)\b/i;

interface Governing {
  kind: EventKind;
  verb: string;
}

/** The kind of the moment written at `at` in the sentence, from the verb that governs it. */
function kindOfMoment(body: string, at: Span, cues: Cue[]): Governing | null {
  const of = (cue: Cue): Governing => ({ kind: cue.kind, verb: body.slice(cue.start, cue.end) });
  const release = releaseAfterTime.exec(body.slice(at.end));
  if (release) return { kind: 'scheduled', verb: release[0].trim() };
  // The verb after a moment is its own only up to a clause of another verb ("At 8.52am the team declined, as the
  // bulletin was going live at 9.30am": the team's verb is not in the lexicon, "going live" is not theirs).
  const after = cues.find((cue) => cue.start >= at.end && !ownClauseEnds.test(body.slice(at.end, cue.start)));
  if (after && opensClause.test(body.slice(Math.max(0, at.start - 40), at.start)) && after.start - at.end <= reachToVerb) return of(after);
  const governing = cues.filter((cue) => cue.end <= at.start && at.start - cue.end <= reachForward).at(-1);
  // A semicolon between the verb and the moment ends the verb's clause.
  if (governing && !body.slice(governing.end, at.start).includes(';')) return of(governing);
  // "09:45 - the file was uploaded": a moment with no verb before it takes a verb close after it, in its own clause
  // ("opened at 10:30, and the page was republished" is another clause).
  // "until 11:05, when the tables became available" is the time's own clause.
  const between = after ? body.slice(at.end, after.start) : '';
  if (after && after.start - at.end <= 60 && (!/[,;]/.test(between) || /^\s*,\s*(?:when|at which (?:point|time))\b[^,;]*$/i.test(between))) return of(after);
  return null;
}

function addMinutes(at: string, minutes: number): string {
  return new Date(Date.parse(`${at}:00Z`) + minutes * 60000).toISOString().slice(0, 16);
}

/** "10 minutes" -> 10, "two hours" -> 120, "24 hours" -> 1440, seconds -> 0; null for what is no span ("a few"). */
export function spanMinutes(text: string): number | null {
  if (/^\S+\s+(?:second|sec)s?$/i.test(text.trim())) return /^(?:a\s+)?few\b/i.test(text.trim()) ? null : 0;
  return parseDuration(text);
}

/** The clauses of a sentence: each cue's reach, up to the next cue. */
function clausesOf(body: string, cues: Cue[]): { cue: Cue; text: string; start: number }[] {
  return cues.map((cue, index) => {
    const next = cues[index + 1];
    const end = Math.min(next ? next.start : body.length, cue.end + 80);
    return { cue, text: body.slice(cue.end, end), start: cue.end };
  });
}

// A word every relative placing needs (relativeLater, relativeWithin, relativeAtOnce), without the word boundaries
// those patterns have: a clause is cut out of its sentence, so it can have a boundary where the sentence has none.
const mayPlaceRelative = /later|after|within|immediately|at once|straight ?away|instantly/i;

/** The sentences of the narrative grouped by paragraph (a blank line starts one): a date carries only within its paragraph. */
function paragraphsOf(context: ExtractContext): Span[][] {
  const paragraphs: Span[][] = [];
  for (const span of narrativeSpans(context)) {
    const body = context.slice(span);
    let from = 0;
    for (const gap of [...allMatches(/\n[ \t]*\n/g, body), null]) {
      const to = gap ? gap.index : body.length;
      if (to > from) paragraphs.push(sentences(context.text, { start: span.start + from, end: span.start + to }));
      if (gap) from = gap.index + gap[0].length;
    }
  }
  return paragraphs;
}

/** The timeline of a document, read once (timing and breach type both use it). */
export function eventTimeline(context: ExtractContext, earlier: Partial<ExtractedValues>): TimelineMoment[] {
  return context.memo('timeline', () => readTimeline(context, earlier));
}

function readTimeline(context: ExtractContext, earlier: Partial<ExtractedValues>): TimelineMoment[] {
  const occurrence = earlier.occurrence?.start ?? null;
  const year = yearOf(occurrence) ?? yearOf(earlier.reportDate);
  const moments: TimelineMoment[] = [];
  let order = 0;
  const push = (moment: Omit<TimelineMoment, 'order'>) => moments.push({ ...moment, order: order++ });
  for (const paragraph of paragraphsOf(context)) {
    // The dates written so far in the paragraph: the last of any kind dates a further plan, the last of what happened
    // dates further happenings (a plan's date, "scheduled for 23 November", is not when the next things happened).
    const carried: { plan: string | null; happening: string | null } = { plan: null, happening: null };
    for (const sentence of paragraph) {
      const body = context.slice(sentence);
      const times = findTimes(body);
      const dates = findDates(body, year).filter((date) => date.dayKnown);
      // The verbs matter only to a moment the sentence writes or places; most sentences have none.
      if (times.length === 0 && dates.length === 0 && !mayPlaceRelative.test(body)) continue;
      const cues = cuesIn(body);
      const used = new Set<FoundDate>();
      const at = (span: Span): Span => ({ start: sentence.start + span.start, end: sentence.start + span.end });
      const dayFor = (date: FoundDate | undefined, kind: EventKind | undefined) =>
        date?.date ?? (kind === 'scheduled' ? carried.plan : carried.happening) ?? occurrence;
      for (const time of times) {
        const date = dateOf(time, dates);
        if (date) used.add(date);
        // "at 9.30am, 24 hours before planned release" is not the release: it dates the release itself.
        const tail = Math.max(time.span.end, date && date.span.end > time.span.start ? date.span.end : 0);
        const before = spanBeforeRelease.exec(body.slice(tail));
        const minutes = before ? spanMinutes(before[1] ?? '') : null;
        const planDay = dayFor(date, 'scheduled');
        if (minutes && planDay) {
          push({ at: addMinutes(`${planDay}T${time.time}`, minutes), kind: 'scheduled', verb: before?.[0].trim() ?? '', span: at(time.span), derived: true });
          continue;
        }
        // The end of a stretch ("between 5.30pm and 5.33pm" on the site) is when it came down again.
        const previousTime = times[times.indexOf(time) - 1];
        const closesRange =
          previousTime !== undefined &&
          rangeJoin.test(body.slice(previousTime.span.end, time.span.start)) &&
          rangeOpen.test(body.slice(Math.max(0, previousTime.span.start - 12), previousTime.span.start));
        const opening = closesRange ? moments.at(-1) : undefined;
        const governing: Governing | null =
          opening && (opening.kind === 'published' || opening.kind === 'shared')
            ? { kind: 'withdrawn', verb: body.slice(previousTime?.span.end ?? time.span.start, time.span.start).trim() }
            : kindOfMoment(body, time.span, cues);
        const day = dayFor(date, governing?.kind);
        if (governing && day) push({ at: `${day}T${time.time}`, ...governing, span: at(time.span), derived: false });
      }
      for (const date of dates) {
        if (used.has(date)) continue;
        const governing = kindOfMoment(body, date.span, cues);
        if (governing) push({ at: date.date, ...governing, span: at(date.span), derived: false });
      }
      if (times.length === 0) placeRelativeMoments(body, cues, moments, at, push);
      for (const date of dates.filter((found) => found.yearKnown || year !== null)) {
        carried.plan = date.date;
        if (kindOfMoment(body, date.span, cues)?.kind !== 'scheduled') carried.happening = date.date;
      }
    }
  }
  return moments;
}

/** A date written with the time ("09:30 on 23rd November"), else the nearest after it, else before it. */
function dateOf(time: FoundTime, dates: FoundDate[]): FoundDate | undefined {
  const around = dates.find((date) => date.span.start <= time.span.start && date.span.end >= time.span.end);
  if (around) return around;
  const after = dates.find((date) => date.span.start >= time.span.end);
  const before = [...dates].reverse().find((date) => date.span.end <= time.span.start);
  return after && after.span.start - time.span.end < 40 ? after : before ?? after;
}

/** "noticed around 10 minutes later", "deleted within two minutes", "revoked immediately". */
function placeRelativeMoments(
  body: string,
  cues: Cue[],
  moments: TimelineMoment[],
  at: (span: Span) => Span,
  push: (moment: Omit<TimelineMoment, 'order'>) => void,
): void {
  for (const { cue, text, start } of clausesOf(body, cues)) {
    if (cue.kind === 'scheduled') continue;
    // "10 minutes later" follows the last thing that happened; a schedule is a plan, not a happening.
    const timed = moments.filter((moment) => moment.at.length > 10 && moment.kind !== 'scheduled');
    const previous = timed.at(-1);
    if (!previous) return;
    const later = relativeLater.exec(text);
    const within = cue.kind === 'withdrawn' ? relativeWithin.exec(text) : null;
    const atOnce = relativeAtOnce.exec(text);
    // Something withdrawn "within two minutes" was up two minutes from when it went out.
    const exposing = [...timed].reverse().find((moment) => moment.kind === 'published' || moment.kind === 'shared');
    const found = later ?? within;
    const minutes = found ? spanMinutes(found[1] ?? '') : atOnce ? 0 : null;
    const from = within && !later ? exposing : previous;
    if (minutes === null || !from) continue;
    const match = found ?? atOnce;
    const words = match ? { start: start + match.index, end: start + match.index + match[0].length } : { start: cue.start, end: cue.end };
    push({ at: addMinutes(from.at, minutes), kind: cue.kind, verb: body.slice(cue.start, cue.end), span: at(words), derived: true });
  }
}

export const timelineExtractor = defineExtractor({
  name: 'timeline',
  field: 'timeline',
  extract(context, earlier) {
    const moments = [...eventTimeline(context, earlier)].sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
    const value = moments.map((moment) => ({ at: moment.at, kind: moment.kind, derived: moment.derived, evidence: context.evidence(moment.span) }));
    return { value, evidence: {}, messages: [] };
  },
});
