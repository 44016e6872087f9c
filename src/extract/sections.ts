import { sectionNames, type SectionName } from '../record/schema.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { trimSpanBy } from './values/text.js';

/** The text of each canonical section (null where the report has none). */
export const sectionsExtractor = defineExtractor({
  name: 'sections',
  field: 'sections',
  extract(context) {
    const evidence = new EvidenceSet(context);
    const value = Object.fromEntries(sectionNames.map((name) => [name, null])) as Record<SectionName, string | null>;
    for (const name of sectionNames) {
      const span = context.sectionSpan(name);
      if (!span) continue;
      const trimmed = trimSpanBy(context.text, span);
      value[name] = context.slice(trimmed);
      evidence.add(`sections.${name}`, trimmed);
    }
    return { value, evidence: evidence.byPath, messages: [] };
  },
});
