// The narrative part of a report (what happened, and its impact), where breach type and timing cues live.
import type { Span } from '../document.js';
import type { ExtractContext } from './context.js';

/** Spans of the circumstances and impact sections, or the whole text after the preamble when they are absent. */
export function narrativeSpans(context: ExtractContext): Span[] {
  const spans = (['circumstances', 'impact'] as const).map((name) => context.sectionSpan(name)).filter((span): span is Span => span !== null);
  if (spans.length > 0) return spans;
  const preamble = context.sectionSpan('preamble');
  return [{ start: preamble?.end ?? 0, end: context.text.length }];
}

/** Sentences of a span, as spans (a sentence ends at ". ", "! ", "? " or a blank line). */
export function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  const pattern = /[^.!?\n]*(?:[.!?](?!\d)|\n|$)(?:[^.!?\n]*?(?<=\d)\.(?=\d)[^.!?\n]*(?:[.!?]|\n|$))*/g;
  for (const match of body.matchAll(pattern)) {
    if (match[0].trim() === '') {
      if (match[0] === '') pattern.lastIndex += 1;
      continue;
    }
    const leading = match[0].length - match[0].trimStart().length;
    out.push({ start: span.start + match.index + leading, end: span.start + match.index + match[0].trimEnd().length });
  }
  return out;
}
