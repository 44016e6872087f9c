// The narrative part of a report (what happened, and its impact), where breach type and timing cues live.
import type { Span } from '../document.js';
import { narrativeLabels } from '../lexicon/labels.js';
import type { ExtractContext } from './context.js';
import { allMatches } from '../matches.js';

/** The spans minus the given holes (which are sorted and do not overlap each other). */
function subtract(spans: Span[], holes: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (const hole of holes) {
      if (hole.end <= start || hole.start >= span.end) continue;
      if (hole.start > start) out.push({ start, end: hole.start });
      start = Math.max(start, hole.end);
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/**
 * Where the story of the breach is told: the preamble, circumstances and impact sections (or the whole text
 * when none is found), minus the table's labels and short cells such as
 * the practice cited, whose wording ("released to all users at 9.30am") is the rule, not what happened.
 */
export function narrativeSpans(context: ExtractContext): Span[] {
  return context.memo('narrative-spans', () => findNarrativeSpans(context));
}

/** The sentences of the narrative, in order. */
export function narrativeSentences(context: ExtractContext): Span[] {
  return context.memo('narrative-sentences', () => narrativeSpans(context).flatMap((span) => sentences(context.text, span)));
}

function findNarrativeSpans(context: ExtractContext): Span[] {
  // The preamble counts too: on the Authority's pages it summarises the breach before the report itself.
  const sections = (['preamble', 'circumstances', 'impact'] as const).map((name) => context.sectionSpan(name)).filter((span): span is Span => span !== null);
  const spans = sections.length > 0 ? sections : [{ start: 0, end: context.text.length }];
  const holes = context.doc.fields
    .flatMap((field) => (narrativeLabels.has(field.key) ? [field.label] : [field.label, field.value]))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  return subtract(spans, holes);
}

// A sentence ends at ".", "!" or "?" followed by white space (not "9.30" or "e.g."), at a blank line, or
// before a list item; a single line break inside a sentence (wrapped text) does not end it.
const sentenceEnd = /(?<=[.!?]['"’”)]?)\s+(?=["“‘(]?[A-Z0-9])|\n[ \t]*\n|\n(?=[ \t]*(?:- |\d{1,2}[.)] ))/g;

/** Sentences of a span, as trimmed spans. */
export function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  let from = 0;
  const push = (to: number) => {
    const piece = body.slice(from, to);
    const leading = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed !== '') out.push({ start: span.start + from + leading, end: span.start + from + leading + trimmed.length });
  };
  for (const match of allMatches(sentenceEnd, body)) {
    if (/\b(?:e\.g|i\.e|etc|approx|no|vs|Mr|Mrs|Ms|Dr|St)\.$/i.test(body.slice(Math.max(0, match.index - 8), match.index))) continue;
    push(match.index);
    from = match.index + match[0].length;
  }
  push(body.length);
  return out;
}
