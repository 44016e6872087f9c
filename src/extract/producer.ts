import { info, warning } from '../diagnostics/diagnostic.js';
import { coverNoteProducerPattern } from '../lexicon/citations.js';
import { EvidenceSet, type ExtractContext } from './context.js';
import { defineExtractor, type ExtractedValues, type Extraction } from './types.js';
import { splitAbbreviation } from './values/abbreviation.js';
import { findEmail, phonePattern } from './values/people.js';
import { paragraphs } from './values/text.js';
import { roleOrOrganisationWords } from '../lexicon/people.js';
import { findProducer } from '../lexicon/producers.js';
import { allMatches } from '../matches.js';

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

// A capitalised word of a person's name (not a word that starts a role or an organisation).
const nameWord = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * A flattened table can run the next cell (the person's name and address) onto the producer: "Westmoor Data Office
 * Jane Doe jane.doe@westmoor.gov.uk". Where the cell holds an e-mail address or a telephone number, the producer
 * ends before it and before the name just before it.
 */
export function withoutGluedContact(value: string): string {
  const email = findEmail(value);
  const phone = allMatches(phonePattern, value).find((match) => match[0].replace(/\D/g, '').length >= 10);
  const contactAt = Math.min(email?.start ?? value.length, phone?.index ?? value.length);
  if (contactAt === value.length) return value;
  const words = allMatches(/\S+/g, value.slice(0, contactAt).replace(/[\s,;:–-]+$/, ''));
  const text = (index: number) => words[index]?.[0] ?? '';
  let keep = words.length;
  while (keep > 1 && words.length - keep < 4 && nameWord.test(text(keep - 1)) && !roleOrOrganisationWords.has(text(keep - 1))) keep -= 1;
  // A name has two words at least; with none, the producer still ends before the address.
  if (words.length - keep === 1) keep = words.length;
  const last = words[keep - 1];
  return last ? value.slice(0, last.index + last[0].length) : value;
}

/**
 * The producer's id in the table of UK statistics producers, so that spellings and abbreviations of one body count
 * once. Looked up, not read: the path is derived. A name the table does not know keeps its spelling and is warned
 * of, so the table can be extended.
 */
function withCanonical(extraction: Extraction<ExtractedValues['producer']>): Extraction<ExtractedValues['producer']> {
  const { name, abbreviation } = extraction.value;
  if (name === null && abbreviation === null) return extraction;
  const known = findProducer(name, abbreviation);
  if (known) {
    // Its evidence is the written name (or the letters) it was looked up by.
    const source = extraction.evidence['producer.name'] ?? extraction.evidence['producer.abbreviation'];
    return {
      ...extraction,
      value: { ...extraction.value, canonical: known.id },
      evidence: source ? { ...extraction.evidence, 'producer.canonical': source } : extraction.evidence,
      derived: [...(extraction.derived ?? []), 'producer.canonical'],
    };
  }
  const written = [name, abbreviation && `(${abbreviation})`].filter(Boolean).join(' ');
  const message = warning('producer-unknown', `The producer "${written}" is not in the table of UK statistics producers; it is counted under its own name.`, 'producer.canonical');
  return { ...extraction, messages: [...extraction.messages, message] };
}

const notStated = {
  value: { name: null, abbreviation: null, canonical: null },
  evidence: {},
  messages: [warning('field-not-found', 'The producer organisation is not stated in the report.', 'producer.name')],
};

/**
 * With no producer cell, the producer named as the subject of the Authority's cover note ("... has reported to the
 * UK Statistics Authority a breach"), which precedes the report on the Authority's pages. Read from the account,
 * not a cell: graded medium.
 */
function producerFromCoverNote(context: ExtractContext): Extraction<ExtractedValues['producer']> | null {
  const preamble = context.sectionSpan('preamble') ?? { start: 0, end: Math.min(context.text.length, 3000) };
  const body = context.slice(preamble);
  const match = coverNoteProducerPattern.exec(body);
  const written = match?.[1];
  if (!match || !written) return null;
  const start = preamble.start + match.index + match[0].indexOf(written);
  const parts = splitAbbreviation(written);
  const evidence = new EvidenceSet(context).add('producer.name', { start: start + parts.nameRange[0], end: start + parts.nameRange[1] });
  if (parts.abbreviationRange) evidence.add('producer.abbreviation', { start: start + parts.abbreviationRange[0], end: start + parts.abbreviationRange[1] });
  const message = info('field-not-found', 'The report has no producer cell; the producer is read from the Authority\'s note before the report.', 'producer.name');
  const name = parts.name.replace(/\s+/g, ' ');
  return withCanonical({ value: { name, abbreviation: parts.abbreviation, canonical: null }, evidence: evidence.byPath, messages: [message] });
}

/** The producer organisation, with a bracketed or leading abbreviation split off. */
export const producerExtractor = defineExtractor({
  name: 'producer',
  field: 'producer',
  extract(context) {
    const evidence = new EvidenceSet(context);
    const field = context.field('producer');
    const first = field ? paragraphs(context.text, field.value)[0] : undefined;
    if (!field || !first) return producerFromCoverNote(context) ?? notStated;
    const cut = tailLength(context.slice(first));
    const raw = withoutGluedContact(context.slice(first).slice(cut).replace(danglingLabel, ''));
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
    return withCanonical({ value: { name: name || null, abbreviation: parts.abbreviation, canonical: null }, evidence: evidence.byPath, messages });
  },
});
