// Small text helpers the extractors share.
import type { Span } from '../../document.js';
import { allMatches } from '../../matches.js';

/** Collapses white space (line breaks included) to single spaces. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The span with leading and trailing white space and the given characters removed. */
export function trimSpanBy(text: string, span: Span, strip = /[\s]/): Span {
  let { start, end } = span;
  while (start < end && strip.test(text[start] ?? '')) start += 1;
  while (end > start && strip.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** Paragraphs of a span (split on blank lines), as trimmed spans. */
export function paragraphs(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  const pattern = /\n[ \t]*\n/g;
  let from = 0;
  for (const match of [...allMatches(pattern, body), null]) {
    const to = match ? match.index : body.length;
    const piece = trimSpanBy(text, { start: span.start + from, end: span.start + to });
    if (piece.end > piece.start) out.push(piece);
    if (match) from = match.index + match[0].length;
  }
  return out;
}

/** Lines of a span, as trimmed non-empty spans. */
export function lines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  while (from <= span.end) {
    let to = text.indexOf('\n', from);
    if (to === -1 || to > span.end) to = span.end;
    const piece = trimSpanBy(text, { start: from, end: to });
    if (piece.end > piece.start) out.push(piece);
    from = to + 1;
  }
  return out;
}

const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, half: 0.5,
};

/** "8", "eight", "a" -> a number; null when it is not one. */
export function parseNumber(word: string): number | null {
  const cleaned = word.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(cleaned)) return Number(cleaned);
  // "fifty-three", "twenty five"
  const compound = /^(twenty|thirty|forty|fifty)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(cleaned);
  if (compound) return (numberWords[compound[1] ?? ''] ?? 0) + (numberWords[compound[2] ?? ''] ?? 0);
  return numberWords[cleaned] ?? null;
}

// Compound tens come first, so that "fifty-three" is not read as "three".
export const numberWordPattern = '\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty';

export const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]+(?:\([^\s<>()]*\)[^\s<>()"'\]]*)*/gi;

/** URLs in a text with their spans; trailing sentence punctuation is not part of a URL. */
export function findUrls(text: string): { url: string; span: Span }[] {
  const out: { url: string; span: Span }[] = [];
  for (const match of allMatches(urlPattern, text)) {
    let url = match[0].replace(/[.,;:!?'’)\]]+$/, '');
    // A closing bracket that closes one opened inside the URL ("wiki/Item_(thing)") is part of it.
    while (match[0].length > url.length && match[0][url.length] === ')' && (url.match(/\(/g) ?? []).length > (url.match(/\)/g) ?? []).length) {
      url = match[0].slice(0, url.length + 1);
    }
    out.push({ url, span: { start: match.index, end: match.index + url.length } });
  }
  return out;
}
