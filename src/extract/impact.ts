import type { Span } from '../document.js';
import { guidanceLabels } from '../lexicon/labels.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { trimSpanBy } from './values/text.js';

/** A minus sign before a number belongs to the value ("-5 visits"); the dashes trimmed are bullets and rules. */
function withMinusSign(text: string, span: Span): Span {
  return span.start > 0 && text[span.start - 1] === '-' && /\d/.test(text[span.start] ?? '') ? { ...span, start: span.start - 1 } : span;
}

/** The impact section's text, without the template's guidance line. */
export const impactExtractor = defineExtractor({
  name: 'impact',
  field: 'impact',
  extract(context) {
    const section = context.sectionSpan('impact');
    if (!section) return { value: null, evidence: {}, messages: [] };
    const guidanceEnd = context.doc.fields.filter((field) => field.section === 'impact' && guidanceLabels.has(field.key)).reduce((end, field) => Math.max(end, field.label.end), section.start);
    const span = withMinusSign(context.text, trimSpanBy(context.text, { start: guidanceEnd, end: section.end }, /[\s\-|]/));
    if (span.end <= span.start) return { value: null, evidence: {}, messages: [] };
    return { value: context.slice(span), evidence: new EvidenceSet(context).add('impact', span).byPath, messages: [] };
  },
});
