// The primary kind of breach, decided from the whole narrative: each cue is a phrase that says what
// happened, weighed; the practice cited only tips the balance, because reports often cite "accidental or
// wrongful early release" for a pre-release sharing. When the strongest kinds are close, a warning says so.
import { createRequire } from 'node:module';
import type nlpFunction from 'compromise';
import { info, warning } from '../diagnostics/diagnostic.js';
import type { BreachType } from '../record/schema.js';
import type { Span } from '../document.js';
import { EvidenceSet, type ExtractContext } from './context.js';
import { narrativeSpans } from './narrative.js';
import { standardReference } from './timing.js';
import { breachCues, hypothetical } from '../lexicon/breach-cues.js';
import { defineExtractor, type ExtractedValues } from './types.js';
import { allMatches } from '../matches.js';

// The practice cited tips close calls: T3.6 / Protocol 2 Practice 4 are about release time, T3.1 about pre-announcement.
const practiceLeaning: Record<string, Exclude<BreachType, 'other'>> = {
  'T3.1': 'release_arrangements',
  'T3.2': 'release_arrangements',
  'T3.6': 'late_release',
  'Pr2.4': 'late_release',
  'T3.3': 'pre_release_access',
  'T3.4': 'pre_release_access',
  'PRA-ORDER': 'pre_release_access',
};

// compromise costs milliseconds a sentence, so it reads only the few words a cue matched, and only when the
// cue's verb is a form that can also be an adjective.
function usedAsVerb(matched: string, verb: string): boolean {
  return compromise()(matched).match(verb).last().has('#Verb');
}

// compromise takes a quarter of a second to load and most reports never need it: it is loaded on first use (its
// CommonJS build, which loads twice as fast as its ES modules and can be loaded without waiting).
let nlp: typeof nlpFunction | null = null;
function compromise(): typeof nlpFunction {
  nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpFunction;
  return nlp;
}

export function scoreBreachTypes(
  context: ExtractContext,
  spans: Span[],
  practiceCodes: string[],
  timing?: ExtractedValues['timing'],
  timingEvidence?: Span,
  reference: string | null = timing?.scheduled ?? null,
) {
  const scores = new Map<BreachType, { score: number; best: Span | null; bestWeight: number }>();
  const add = (type: BreachType, weight: number, span: Span | null) => {
    const entry = scores.get(type) ?? { score: 0, best: null, bestWeight: 0 };
    entry.score += weight;
    if (span && weight > entry.bestWeight) Object.assign(entry, { best: span, bestWeight: weight });
    scores.set(type, entry);
  };
  for (const span of spans) {
    const body = context.slice(span);
    for (const cue of breachCues) {
      for (const match of allMatches(cue.pattern, body)) {
        const verb = cue.verbInGroup === undefined ? undefined : match[cue.verbInGroup];
        if (verb !== undefined && !usedAsVerb(match[0], verb)) continue;
        const before = body.slice(Math.max(0, match.index - 60), match.index);
        if (cue.notAfter?.test(before.slice(-24))) continue;
        // "asked whether the statistics had been published early": a question or a condition, not what happened.
        if (hypothetical.test(before)) continue;
        add(cue.type, cue.weight, { start: span.start + match.index, end: span.start + match.index + match[0].length });
      }
    }
  }
  for (const code of practiceCodes) {
    const leaning = practiceLeaning[code];
    if (leaning) add(leaning, 0.5, null);
  }
  // Stated times settle lateness: available after the scheduled time is late, before it early.
  if (reference && timing?.actual && timing.actual !== reference) {
    add(timing.actual > reference ? 'late_release' : 'early_release', 3, timingEvidence ?? null);
  } else if (timing && timing.delayMinutes !== null && timing.earlyMinutes === null) {
    // Without times to compare, minutes stated late ("75 minutes late") settle it the same way. Minutes early do
    // not: pre-release access opened too early is stated so too ("sent 40 minutes earlier than it should have").
    add('late_release', 3, null);
  }
  return [...scores.entries()].map(([type, entry]) => ({ type, ...entry })).sort((a, b) => b.score - a.score);
}

// The score at which an account's cues make its kind clear: two strong cues, or one and the stated times.
const clearScore = 6;

export const breachTypeExtractor = defineExtractor({
  name: 'breach-type',
  field: 'breachType',
  extract(context, earlier, found) {
    const codes = (earlier.practices ?? []).map((practice) => practice.code);
    // The stated schedule, else the Code's standard time on the day it was due.
    const reference = earlier.timing?.scheduled ?? standardReference(context, earlier);
    const ranked = scoreBreachTypes(context, narrativeSpans(context), codes, earlier.timing, found['timing.actual'], reference);
    const top = ranked[0];
    if (!top || top.score < 2) {
      // With no telling narrative, the practice cited says what kind of rule was broken.
      const leanings = [...new Set(codes.map((code) => practiceLeaning[code]).filter((type) => type !== undefined))];
      const practiceField = context.field('practices');
      if (leanings.length === 1 && leanings[0] && practiceField) {
        return {
          value: leanings[0],
          evidence: new EvidenceSet(context).add('breachType', practiceField.value).byPath,
          confidence: { breachType: 'low' },
          messages: [info('ambiguous-value', `The narrative does not say clearly what kind of breach it was; ${leanings[0].replace(/_/g, ' ')} is inferred from the practice cited.`, 'breachType')],
        };
      }
      return { value: null, evidence: {}, messages: [warning('field-not-found', 'The report does not say clearly what kind of breach it was.', 'breachType')] };
    }
    const messages = [];
    const second = ranked[1];
    if (second && second.score >= 2 && second.score >= top.score * 0.75) {
      messages.push(warning('conflicting-cues', `The report reads partly as ${top.type.replace(/_/g, ' ')} and partly as ${second.type.replace(/_/g, ' ')}; the record keeps ${top.type.replace(/_/g, ' ')}.`, 'breachType', top.best ? context.evidence(top.best) : null));
    }
    // Many cues of one kind and few of any other: the account is clear. Otherwise the reading is only likely.
    const clear = top.score >= clearScore && (second?.score ?? 0) * 3 <= top.score;
    return { value: top.type, evidence: new EvidenceSet(context).add('breachType', top.best).byPath, confidence: { breachType: clear ? 'high' : 'medium' }, messages };
  },
});
