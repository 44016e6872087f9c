// The statistical outputs named as breached, each with the links given for it. Titles and links alternate
// in the cell ("Title A: https://a and https://b  and  Title B (www.b)"); a title's links are those that
// follow it. Notes such as "(link to previous release)" or "Due for release ..." are not titles.
import type { Span } from '../document.js';
import type { Output } from '../record/schema.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { findUrls, trimSpanBy } from './values/text.js';

const notATitle = /^(?:\(.*\)|due (?:for|to be) (?:release|published).*|published .*|link(?:s)? .*|and|&|n\/?a|see .*|available (?:at|from).*)$/i;
const edgeJunk = /[\s()[\]:;,|<>–-]/;
const leadingJoiner = /^(?:and|&)\s+/i;
// A title quoted as a whole ("“Monthly Counts”", mixed quote marks included) is the title without its quotes;
// quotes inside it ("of ‘start to finish’ outcomes") stay.
const wrappingQuotes = /^[“"‘'«]\s*(.*?)\s*[”"’'»]$/s;

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
    const evidence = new EvidenceSet(context);
    let pendingUrls: string[] = [];
    for (const piece of pieces) {
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
