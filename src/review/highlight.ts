// The report's normalised text as escaped HTML, with every evidence span wrapped in <mark>. Spans may overlap or
// share a start (occurrence.text and occurrence.start often quote the same words), so the text is cut at every
// span boundary and each piece lists, in data-ev, the fields whose evidence covers it.
import { escapeHtml } from './escape.js';

export interface HighlightSpan {
  /** The evidence key, e.g. producer.name or practices[0]; it names the span in data-ev. */
  key: string;
  start: number;
  end: number;
}

export function highlightText(text: string, spans: readonly HighlightSpan[]): string {
  const usable = spans.filter((span) => span.start >= 0 && span.end > span.start && span.end <= text.length);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const pieces: string[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const from = cuts[index] ?? 0;
    const to = cuts[index + 1] ?? from;
    const piece = escapeHtml(text.slice(from, to));
    const covering = usable.filter((span) => span.start <= from && span.end >= to).map((span) => span.key);
    pieces.push(covering.length === 0 ? piece : `<mark data-ev="${escapeHtml(covering.join(' '))}">${piece}</mark>`);
  }
  return pieces.join('');
}
