import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';

/** The Code edition, from the template's structure and citation style (see sections/edition.ts). */
export const codeEditionExtractor = defineExtractor({
  name: 'code-edition',
  field: 'codeEdition',
  extract(context) {
    const { value, span } = context.doc.edition;
    return {
      value,
      evidence: new EvidenceSet(context).add('codeEdition', span).byPath,
      messages: value ? [] : [warning('template-unknown', 'Could not tell whether the report follows the 2009 or the 2018 Code template.', 'codeEdition')],
    };
  },
});
