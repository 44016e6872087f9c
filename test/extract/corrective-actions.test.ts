import { describe, expect, it } from 'vitest';
import { correctiveActionsExtractor } from '../../src/extract/corrective-actions.js';
import type { CorrectiveAction } from '../../src/record/schema.js';
import { quoteOf, run } from '../helpers.js';

const report = (body: string) => `3. Impact of the breach\nLimited.\n\n4. Corrective actions (taken or planned) to prevent the breach recurring\n${body}`;

const rows: { name: string; body: string; actions: CorrectiveAction[]; quotes?: string[] }[] = [
  {
    name: 'reads one action per bullet',
    body: '- Add a second check before upload.\n- Move the release to a staffed day.',
    actions: [
      { text: 'Add a second check before upload.', term: null },
      { text: 'Move the release to a staffed day.', term: null },
    ],
    quotes: ['Add a second check before upload.', 'Move the release to a staffed day.'],
  },
  {
    name: 'reads bullet glyphs as list markers',
    body: '• Retrain the publishing team.\n• Review the release checklist.',
    actions: [
      { text: 'Retrain the publishing team.', term: null },
      { text: 'Review the release checklist.', term: null },
    ],
  },
  {
    name: 'reads one action per numbered item',
    body: '1. Lock the folder until release.\n2) Audit folder permissions monthly.',
    actions: [
      { text: 'Lock the folder until release.', term: null },
      { text: 'Audit folder permissions monthly.', term: null },
    ],
    quotes: ['Lock the folder until release.', 'Audit folder permissions monthly.'],
  },
  {
    name: 'reads one action per paragraph and joins a wrapped line to its paragraph',
    body: 'The team will publish with a second\nperson present.\n\nThe upload tool will be replaced.',
    actions: [
      { text: 'The team will publish with a second person present.', term: null },
      { text: 'The upload tool will be replaced.', term: null },
    ],
    quotes: ['The team will publish with a second\nperson present.', 'The upload tool will be replaced.'],
  },
  {
    name: 'does not count an introduction ending with ":" as an action',
    body: 'The following actions have been agreed:\n- Test the upload script.\n- Publish a revised timetable.',
    actions: [
      { text: 'Test the upload script.', term: null },
      { text: 'Publish a revised timetable.', term: null },
    ],
  },
  {
    name: 'sets the term from "Short term:" and "Longer-Term" headings of their own',
    body: 'Short term:\n- Check the embargo flag by hand.\n\nLonger-Term\n- Replace the scheduler.',
    actions: [
      { text: 'Check the embargo flag by hand.', term: 'short' },
      { text: 'Replace the scheduler.', term: 'long' },
    ],
    quotes: ['Check the embargo flag by hand.', 'Replace the scheduler.'],
  },
  {
    name: 'sets the term from a label opening the paragraph and keeps the rest as the action',
    body: 'Short term: the team will double-check release times.\n\nLong term: a new publishing system will be procured.',
    actions: [
      { text: 'the team will double-check release times.', term: 'short' },
      { text: 'a new publishing system will be procured.', term: 'long' },
    ],
    quotes: ['the team will double-check release times.', 'a new publishing system will be procured.'],
  },
  {
    name: 'gives no actions when the section is absent',
    body: '',
    actions: [],
  },
  // One sentence a line, no blank lines: each line is an action; a wrapped paragraph is still one.
  {
    name: 'reads lines that each end a sentence as one action each',
    body: 'The statistician has been reminded of the rules.\nE-mails will now be checked by a second person.\nIn the longer term the list will move to a restricted folder.',
    actions: [
      { text: 'The statistician has been reminded of the rules.', term: null },
      { text: 'E-mails will now be checked by a second person.', term: null },
      { text: 'In the longer term the list will move to a restricted folder.', term: null },
    ],
  },
  {
    name: 'reads the answer after a guidance label and a tab as the first action',
    body: 'Describe the short-term actions made to redress the situation and the longer term changes to procedures etc\tStaff were reminded.\nA second check was added.',
    actions: [
      { text: 'Staff were reminded.', term: null },
      { text: 'A second check was added.', term: null },
    ],
  },
  {
    name: 'keeps a paragraph wrapped over lines as one action',
    body: 'The publishing team will add a second check of the release time to the\nchecklist. It will be signed off by the Head of Profession before each release.',
    actions: [{ text: 'The publishing team will add a second check of the release time to the checklist. It will be signed off by the Head of Profession before each release.', term: null }],
  },
];

describe('correctiveActionsExtractor', () => {
  it.each(rows)('$name', (row) => {
    const text = row.body === '' ? '3. Impact of the breach\nLimited.' : report(row.body);
    const result = run(correctiveActionsExtractor, text);
    expect(result.result.value).toEqual(row.actions);
    (row.quotes ?? []).forEach((quote, index) => expect(quoteOf(result, `correctiveActions[${index}]`)).toBe(quote));
    expect(Object.keys(result.result.evidence)).toHaveLength(row.actions.length);
  });
});

describe('a section opened by its first grouping', () => {
  it('reads "Short-term actions" on a line of its own as the start of the actions, with its term', () => {
    const text = '| Date of occurrence of breach | 4 May 2021 |\n\nThe release was late.\n\nShort-term actions\n- A holding note was placed on the calendar.\nLonger-term actions\n- A second publisher will be trained.';
    const { result } = run(correctiveActionsExtractor, text);
    expect(result.value).toEqual([
      { text: 'A holding note was placed on the calendar.', term: 'short' },
      { text: 'A second publisher will be trained.', term: 'long' },
    ]);
  });
});
