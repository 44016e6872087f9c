import { guidanceLabels } from '../lexicon/labels.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { trimSpanBy } from './values/text.js';

/** The impact section's text, without the template's guidance line. */
export const impactExtractor = defineExtractor({
  name: 'impact',
  field: 'impact',
  extract(context) {
    const section = context.sectionSpan('impact');
    if (!section) return { value: null, evidence: {}, messages: [] };
    const guidanceEnd = context.doc.fields.filter((field) => field.section === 'impact' && guidanceLabels.has(field.key)).reduce((end, field) => Math.max(end, field.label.end), section.start);
    const span = trimSpanBy(context.text, { start: guidanceEnd, end: section.end }, /[\s\-|]/);
    if (span.end <= span.start) return { value: null, evidence: {}, messages: [] };
    return { value: context.slice(span), evidence: new EvidenceSet(context).add('impact', span).byPath, messages: [] };
  },
});
