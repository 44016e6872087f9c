// The statistical outputs named as breached, each with the links given for it. Titles and links alternate
// in the cell ("Title A: https://a and https://b  and  Title B (www.b)"); a title's links are those that
// follow it. Notes such as "(link to previous release)" or "Due for release ..." are not titles.
import type { Span } from '../document.js';
import type { Output } from '../record/schema.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { findUrls, trimSpanBy } from './values/text.js';
import { allMatches } from '../matches.js';

const notATitle = /^(?:\(.*\)|due (?:for|to be) (?:release|published).*|published .*|link(?:s)? .*|and|&|n\/?a|see .*|available (?:at|from).*)$/i;
const edgeJunk = /[\s()[\]:;,|<>–•*·-]/;
const leadingJoiner = /^(?:and|&)\s+/i;
// A title quoted as a whole ("“Monthly Counts”", mixed quote marks included) is the title without its quotes;
// quotes inside it ("of ‘start to finish’ outcomes") stay.
const wrappingQuotes = /^[“"‘'«]\s*(.*?)\s*[”"’'»]$/s;

// A line that is a title on its own ends with the period it covers ("..., 2019-20", "June 2021", "Q3 2021") or is an
// item of a list (": Title", "- Title", "• Title").
const listItem = /^\s*(?:[:•*·]|-(?=\s))/;
const endsWithPeriod = /(?:\b(?:19|20)\d{2}(?:[-/–](?:\d{2}|\d{4}))?|\b(?:Q[1-4]|quarter \d))\s*\)?$/i;

/** The lines of a cell grouped into titles: one per list item, or one per line that ends with its period. */
function titleLines(lines: readonly string[]): string[][] {
  const items = lines.filter((line) => line.trim() !== '');
  if (items.length < 2) return [items];
  // Every line after the first an item (the first one's marker went with the label's separator).
  if (items.slice(1).every((line) => listItem.test(line))) return items.map((line) => [line]);
  const complete = items.every((line, index) => endsWithPeriod.test(line.trim()) && (index === 0 || /^\s*\p{Lu}/u.test(line.replace(listItem, ''))));
  return complete ? items.map((line) => [line]) : [items];
}

/** A piece of the cell as one piece per title; the piece's links go with its last title. */
function splitTitles(text: string, piece: { span: Span; urlsAfter: string[] }): { span: Span; urlsAfter: string[] }[] {
  const lines = allMatches(/[^\n]+/g, text.slice(piece.span.start, piece.span.end)).filter((line) => !notATitle.test(line[0].trim()));
  const groups = titleLines(lines.map((line) => line[0]));
  if (groups.length < 2) return [piece];
  return lines.map((line, index) => ({
    span: { start: piece.span.start + line.index, end: piece.span.start + line.index + line[0].length },
    urlsAfter: index === lines.length - 1 ? piece.urlsAfter : [],
  }));
}

export const outputsExtractor = defineExtractor({
  name: 'outputs',
  field: 'outputs',
  extract(context) {
    const field = context.field('output');
    if (!field || field.value.end <= field.value.start) return { value: [], evidence: {}, messages: [] };
    const cell = field.value;
    const text = context.slice(cell);
    const urls = findUrls(text);
    // Pieces of text between links; each paragraph of a piece may be a title.
    const pieces: { span: Span; urlsAfter: string[] }[] = [];
    let from = 0;
    const flush = (to: number, following: string[]) => {
      for (const part of text.slice(from, to).split(/\n[ \t]*\n/)) {
        const offset = text.indexOf(part, from);
        pieces.push({ span: { start: cell.start + offset, end: cell.start + offset + part.length }, urlsAfter: [] });
        from = offset + part.length;
      }
      const last = pieces.at(-1);
      if (last) last.urlsAfter.push(...following);
    };
    for (const { url, span } of urls) {
      flush(span.start, [/^www\./i.test(url) ? `http://${url}` : url]);
      from = span.end;
    }
    flush(text.length, []);
    const value: Output[] = [];
    // Several titles, one a line, stay apart; a title wrapped over lines is joined (below).
    const titled = pieces.flatMap((piece) => splitTitles(context.text, piece));
    const evidence = new EvidenceSet(context);
    let pendingUrls: string[] = [];
    for (const piece of titled) {
      let span = trimSpanBy(context.text, piece.span, edgeJunk);
      const joiner = leadingJoiner.exec(context.slice(span));
      if (joiner) span = { start: span.start + joiner[0].length, end: span.end };
      const lines = context.slice(span).split('\n').filter((line) => !notATitle.test(line.trim()));
      const joined = lines.join(' ').replace(/\s+/g, ' ').replace(/[\s:;,(–-]+$/, '').trim();
      const unquoted = wrappingQuotes.exec(joined)?.[1];
      // "“A” and “B”" is two quoted names, not one quoted title.
      const title = unquoted !== undefined && !/[“”"]/.test(unquoted) ? unquoted : joined;
      if (title === '' || notATitle.test(title)) {
        // Links with no title of their own belong to the title before them.
        const previous = value.at(-1);
        if (previous) previous.urls.push(...piece.urlsAfter);
        else pendingUrls.push(...piece.urlsAfter);
        continue;
      }
      if (value.some((known) => known.title.toLowerCase() === title.toLowerCase())) continue;
      const firstLineEnd = context.slice(span).indexOf('\n');
      evidence.add(`outputs[${value.length}]`, lines.length > 1 || firstLineEnd === -1 ? span : { start: span.start, end: span.start + firstLineEnd });
      value.push({ title, urls: [...pendingUrls, ...piece.urlsAfter] });
      pendingUrls = [];
    }
    return { value, evidence: evidence.byPath, messages: [] };
  },
});
