import { warning } from '../diagnostics/diagnostic.js';
import type { Span } from '../document.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { findUrls } from './values/text.js';

const notApplicable = /^(?:n\/?a|none|not (?:applicable|relevant|yet published|available)|no(?: statement)?|-+|tbc|to follow)\.?$/i;

/** Links to published statements about the breach: the 2018 cell, or the 2009 template's links section. */
export const statementLinksExtractor = defineExtractor({
  name: 'statement-links',
  field: 'statementLinks',
  extract(context) {
    const field = context.field('statementLink');
    const where: Span | null = field ? field.value : context.sectionSpan('links');
    if (!where || where.end <= where.start) return { value: [], evidence: {}, messages: [] };
    const text = context.slice(where);
    const evidence = new EvidenceSet(context);
    const value: string[] = [];
    for (const { url, span } of findUrls(text)) {
      const normal = /^www\./i.test(url) ? `http://${url}` : url;
      if (value.some((known) => known.replace(/\/$/, '') === normal.replace(/\/$/, ''))) continue;
      evidence.add(`statementLinks[${value.length}]`, { start: where.start + span.start, end: where.start + span.end });
      value.push(normal);
    }
    const messages = [];
    if (value.length === 0 && !notApplicable.test(text.trim())) {
      messages.push(warning('field-not-found', `The statement link is given as text without an address ("${text.trim().slice(0, 60)}").`, 'statementLinks', context.evidence(where)));
    }
    return { value, evidence: evidence.byPath, messages };
  },
});
