import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { readContact } from './values/people.js';

/** The person dealing with or submitting the report: name, role, e-mail and telephone from their cell. */
export const reporterExtractor = defineExtractor({
  name: 'reporter',
  field: 'reporter',
  extract(context) {
    const empty = { name: null, role: null, email: null, phone: null };
    const field = context.field('reporter');
    if (!field || field.value.end <= field.value.start) {
      return { value: empty, evidence: {}, messages: [warning('field-not-found', 'No person is named as dealing with the report.', 'reporter.name')] };
    }
    const parts = readContact(context.text, field.value);
    const evidence = new EvidenceSet(context);
    const messages = [];
    let name = parts.name ? context.slice(parts.name) : null;
    if (parts.several) {
      messages.push(warning('ambiguous-value', 'Several people are named as dealing with the report, so no single reporter is recorded.', 'reporter.name', context.evidence(field.value)));
      name = null;
    } else evidence.add('reporter.name', parts.name);
    evidence.add('reporter.role', parts.role).add('reporter.email', parts.email).add('reporter.phone', parts.phone);
    if (!name && !parts.several) messages.push(warning('field-not-found', 'The reporter cell does not start with a person\'s name.', 'reporter.name', context.evidence(field.value)));
    return {
      value: {
        name,
        role: parts.role ? context.slice(parts.role).replace(/\s+/g, ' ') : null,
        email: parts.email ? context.slice(parts.email) : null,
        phone: parts.phone ? context.slice(parts.phone) : null,
      },
      evidence: evidence.byPath,
      messages,
    };
  },
});
