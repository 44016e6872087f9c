// The field labels of both templates' tables, as published reports write them (wrapped, shortened, with or
// without their guidance in brackets). Each key names what the value holds.

export type LabelKey =
  | 'output'
  | 'producer'
  | 'reporter'
  | 'headOfProfession'
  | 'statementLink'
  | 'reportDate'
  | 'practices'
  | 'occurrenceDate'
  | 'nature'
  | 'reasons'
  | 'account'
  | 'impactGuidance'
  | 'actionsGuidance'
  | 'tableHeader';

/** Keys whose value is narrative rather than a short cell. */
export const narrativeLabels: ReadonlySet<LabelKey> = new Set(['nature', 'reasons', 'account', 'impactGuidance', 'actionsGuidance']);

/** Keys whose label is template guidance or a table header: they hold no value of their own. */
/**
 * Cells that hold one short value (a name, a date, a link), never a paragraph: in any layout, such a cell ends at the
 * first blank line when it is the last of its section, because what follows is the account.
 */
export const oneParagraphLabels: ReadonlySet<LabelKey> = new Set(['producer', 'headOfProfession', 'statementLink', 'reportDate', 'occurrenceDate']);

export const guidanceLabels: ReadonlySet<LabelKey> = new Set(['account', 'impactGuidance', 'actionsGuidance', 'tableHeader']);

// A bracketed guidance note directly after a label belongs to the label.
const guidanceNote = '(?:[ \\t]*\\([^()\\n]{0,160}(?:\\n[^()\\n]{0,160})?\\))?';

export const labelLexicon: readonly { key: LabelKey; phrase: string; note?: boolean }[] = [
  { key: 'tableHeader', phrase: 'information needed[ \\t]*(?:\\|[ \\t]*)?response' },
  { key: 'output', phrase: 'title and links? to (?:the )?statistical outputs?', note: true },
  { key: 'output', phrase: 'name of (?:the )?statistical outputs?', note: true },
  { key: 'producer', phrase: 'name of (?:the )?(?:statistical )?producer(?: organi[sz]ation)?', note: true },
  { key: 'reporter', phrase: 'name and contact details of (?:the )?person (?:dealing with|submitting|responsible for) (?:this |the )?(?:breach )?report(?:,? and date of (?:the )?report)?', note: true },
  {
    key: 'reporter',
    phrase: "name and contact details of (?:the )?(?:statistical )?head of profession(?: \\([^()\\n]{0,80}\\))? submitting this report(?:,? and date of (?:the )?report)?",
    note: true,
  },
  { key: 'headOfProfession', phrase: 'name and contact details of (?:the )?(?:statistical )?(?:head of profession(?: for statistics)?|senior statistician|lead official)(?:[ \\t]*(?:or|/)[ \\t]*(?:lead(?: official)?|head of profession(?: for statistics)?))?', note: true },
  { key: 'statementLink', phrase: 'links? to (?:the )?published statements? about (?:the |this )?breach', note: true },
  { key: 'reportDate', phrase: 'date of (?:the )?(?:breach )?report', note: true },
  { key: 'practices', phrase: 'relevant (?:pillars?(?:\\(s\\))?,? )?principles?(?:\\(s\\))?(?:[ \\t]*/[ \\t]*protocols?)?,? (?:and|&) practices?(?:\\(s\\))?', note: true },
  { key: 'practices', phrase: 'relevant principle(?:[ \\t]*/[ \\t]*protocol)?(?: and practice)?', note: true },
  { key: 'occurrenceDate', phrase: 'date(?:\\(s\\))? of (?:the )?occurrence(?: of (?:the )?breach)?', note: true },
  { key: 'nature', phrase: 'nature of (?:the )?breach', note: true },
  { key: 'reasons', phrase: 'reasons? for (?:the )?breach', note: true },
  // The guidance runs to the end of its line, or to the tab or pipe of a table cell after which the answer starts.
  { key: 'account', phrase: 'give an account of what happened[^\\n\\t|]*' },
  { key: 'impactGuidance', phrase: 'provide details of the impact[^\\n\\t|]*' },
  { key: 'actionsGuidance', phrase: 'describe the short[- ]?term actions[^\\n\\t|]*' },
];

export function labelSource(entry: { phrase: string; note?: boolean }, build: (phrase: string) => string): string {
  return build(entry.phrase) + (entry.note ? guidanceNote : '');
}
