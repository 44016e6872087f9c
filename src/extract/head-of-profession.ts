import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { readContact } from './values/people.js';

// A cell that says there is no separate Head of Profession is an answer, not a name that could not be read.
const noneStated = /^(?:n\/?a|none|not applicable|as above|same as above|see above|-+)\.?$/i;

/** The Head of Profession / Lead Official / Senior Statistician, when the report names one separately. */
export const headOfProfessionExtractor = defineExtractor({
  name: 'head-of-profession',
  field: 'headOfProfession',
  extract(context) {
    const field = context.field('headOfProfession');
    if (!field || field.value.end <= field.value.start) return { value: { name: null }, evidence: {}, messages: [] };
    const parts = readContact(context.text, field.value);
    // Like the reporter's: a filled cell whose name is not read is said, so that the gap is seen and checked.
    const unread = !parts.name && !noneStated.test(context.slice(field.value).trim());
    return {
      value: { name: parts.name ? context.slice(parts.name) : null },
      evidence: new EvidenceSet(context).add('headOfProfession.name', parts.name).byPath,
      messages: unread ? [warning('field-not-found', 'The Head of Profession cell does not start with a person\'s name.', 'headOfProfession.name', context.evidence(field.value))] : [],
    };
  },
});
