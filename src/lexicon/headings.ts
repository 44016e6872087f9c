// The standard section headings of both template generations, with the synonyms seen in published reports.
import type { SectionName } from '../record/schema.js';

export type HeadingName = SectionName;

export const sectionHeadings: readonly { name: HeadingName; phrase: string }[] = [
  { name: 'core', phrase: 'core information' },
  { name: 'core', phrase: 'background information' },
  { name: 'circumstances', phrase: 'circumstances of (?:the )?breach(?:es)?' },
  { name: 'impact', phrase: 'impact of (?:the )?breach(?:es)?' },
  { name: 'impact', phrase: 'reactions and impact' },
  { name: 'correctiveActions', phrase: 'corrective actions?' },
  // A report without the template's heading can open its actions with their first grouping, on a line of its own.
  { name: 'correctiveActions', phrase: '(?:short|immediate)[- ]?term actions?' },
  { name: 'links', phrase: 'links to (?:any )?published statements?' },
  { name: 'other', phrase: 'any other relevant (?:supporting )?material' },
  { name: 'other', phrase: 'other relevant supporting material' },
];
