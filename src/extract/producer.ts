import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { splitAbbreviation } from './values/abbreviation.js';
import { paragraphs } from './values/text.js';

// A cell cut by the end of an excerpt can end in a label's first words ("Name and contact details of").
const danglingLabel = /\s*\b(?:Name and contact details.*|Name of .*|Date of .*|Title and link.*)$/s;
// A label word cut by the converter leaves its tail as the value's start ("Name of producer organ isation Defra",
// "...organ-\nisation"): lowercase pieces that end the label's last word are not the producer.
const labelTail = /^([a-z]+)(?:[ \t]*-?[ \t\n]+([a-z]+))?[ \t\n]+(?=\p{Lu})/u;
const labelLastWords = ['organisation', 'organization'];

function tailLength(value: string): number {
  const match = labelTail.exec(value);
  if (!match) return 0;
  const joined = (match[1] ?? '') + (match[2] ?? '');
  return labelLastWords.some((word) => word.endsWith(joined) && joined.length >= 3) ? match[0].length : 0;
}
const unfinished = /(?:\b(?:and|of|for|the|&)|,)$/i;

/** The producer organisation, with a bracketed or leading abbreviation split off. */
export const producerExtractor = defineExtractor({
  name: 'producer',
  field: 'producer',
  extract(context) {
    const evidence = new EvidenceSet(context);
    const field = context.field('producer');
    const first = field ? paragraphs(context.text, field.value)[0] : undefined;
    if (!field || !first) {
      return {
        value: { name: null, abbreviation: null },
        evidence: {},
        messages: [warning('field-not-found', 'The producer organisation is not stated in the report.', 'producer.name')],
      };
    }
    const cut = tailLength(context.slice(first));
    const raw = context.slice(first).slice(cut).replace(danglingLabel, '');
    const span = { start: first.start + cut, end: first.start + cut + raw.length };
    const parts = splitAbbreviation(context.slice(span));
    const name = parts.name.replace(/\s+/g, ' ');
    evidence.add('producer.name', { start: span.start + parts.nameRange[0], end: span.start + parts.nameRange[1] });
    if (parts.abbreviationRange) evidence.add('producer.abbreviation', { start: span.start + parts.abbreviationRange[0], end: span.start + parts.abbreviationRange[1] });
    const messages = [];
    const reachesEnd = context.text.slice(field.value.end).trim() === '' || raw.length + cut < context.slice(first).length;
    if (unfinished.test(name) || (reachesEnd && field.value.end >= context.text.length - 1)) {
      messages.push(warning('possibly-truncated', `The producer name "${name}" may be cut off: the text ends or breaks off there.`, 'producer.name', context.evidence(span)));
    }
    if (/\)\s+and\s+.*\(/.test(context.slice(span))) {
      messages.push(warning('ambiguous-value', `Several producers are named jointly ("${name}"); the record keeps them as one name.`, 'producer.name', context.evidence(span)));
    }
    return { value: { name: name || null, abbreviation: parts.abbreviation }, evidence: evidence.byPath, messages };
  },
});
