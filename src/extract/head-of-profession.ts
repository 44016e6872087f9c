import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { readContact } from './values/people.js';

/** The Head of Profession / Lead Official / Senior Statistician, when the report names one separately. */
export const headOfProfessionExtractor = defineExtractor({
  name: 'head-of-profession',
  field: 'headOfProfession',
  extract(context) {
    const field = context.field('headOfProfession');
    if (!field || field.value.end <= field.value.start) return { value: { name: null }, evidence: {}, messages: [] };
    const parts = readContact(context.text, field.value);
    return {
      value: { name: parts.name ? context.slice(parts.name) : null },
      evidence: new EvidenceSet(context).add('headOfProfession.name', parts.name).byPath,
      messages: [],
    };
  },
});
