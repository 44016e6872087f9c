import { describe, expect, it } from 'vitest';
import { practicesExtractor } from '../../src/extract/practices.js';
import { quoteOf, run } from '../helpers.js';

// The templates' own headings make the edition detector pick the right Code.
const t2018 = (cell: string) => `1. Core Information\nName of producer organisation\tNorthshire Data Agency\n2. Circumstances of breach\nRelevant principle(s) and practice(s)\t${cell}\nDate of occurrence of breach\t3 May 2020`;
const t2009 = (cell: string) => `1. Background information\n\nName of Producer Organisation\n\nValley Statistics Office\n\n2. Circumstances of breach\n\nRelevant Principle/Protocol and Practice\n\n${cell}\n\nDate of occurrence\n\n3 May 2010`;

interface Row {
  name: string;
  text: string;
  codes: string[];
  /** Evidence quote of each code, in order. */
  quotes?: string[];
}

const rows: Row[] = [
  {
    name: 'reads a 2009 protocol with its practice as Pr2.4',
    text: t2009('Protocol 2 - Release practices Practice 4'),
    codes: ['Pr2.4'],
    quotes: ['Protocol 2 - Release practices Practice 4'],
  },
  {
    name: 'reads a 2009 principle with its practice as P4.3',
    text: t2009('Principle 4 – Practice 3'),
    codes: ['P4.3'],
    quotes: ['Principle 4 – Practice 3'],
  },
  {
    name: 'reads a protocol paragraph as its practice ("Protocol 2: Release Practices, paragraph 8")',
    text: t2009('Protocol 2: Release Practices, paragraph 8'),
    codes: ['Pr2.8'],
    quotes: ['Protocol 2: Release Practices, paragraph 8'],
  },
  {
    name: 'reads every practice of a protocol\'s list ("practices 4 and 6")',
    text: t2009('Protocol 2 practices 4 and 6'),
    codes: ['Pr2.4', 'Pr2.6'],
    quotes: ['Protocol 2 practices 4 and 6', 'Protocol 2 practices 4 and 6'],
  },
  {
    name: 'reads a protocol cited alone as Pr2',
    text: t2009('Protocol 2: Release practices'),
    codes: ['Pr2'],
    quotes: ['Protocol 2'],
  },
  {
    name: 'reads the Pre-release Access to Official Statistics Order as PRA-ORDER',
    text: t2009('The Pre-release Access to Official Statistics Order 2008'),
    codes: ['PRA-ORDER'],
    quotes: ['Pre-release Access to Official Statistics Order'],
  },
  {
    name: 'reads a bare 2018 practice code with its wording',
    text: t2018('T3.6 - Statistics should be released on a timely basis'),
    codes: ['T3.6'],
    quotes: ['T3.6'],
  },
  {
    name: 'lists only the practice when its principle is cited with it',
    text: t2018('Principle T3 – Orderly Release Practice T3.4'),
    codes: ['T3.4'],
    quotes: ['T3.4'],
  },
  {
    name: 'reads a pillar/principle citation as T3',
    text: t2018('Trustworthiness/T3 Orderly release'),
    codes: ['T3'],
    quotes: ['T3'],
  },
  {
    name: 'gives the pillar letter T to a 2018 "Principle 3 ... Practice 6"',
    text: t2018('Principle 3 Orderly release, Practice 6'),
    codes: ['T3.6'],
    quotes: ['Principle 3 Orderly release, Practice 6'],
  },
  {
    name: 'reads every practice of a bracketed list and drops their principle',
    text: t2018('Orderly release (Principle T3, Practices T3.3, T3.4, T3.6)'),
    codes: ['T3.3', 'T3.4', 'T3.6'],
    quotes: ['T3.3', 'T3.4', 'T3.6'],
  },
  {
    name: 'reads a practices cell from a markdown pipe row',
    text: '## 2. Circumstances of breach\n\n| Information needed | Response |\n|---|---|\n| Relevant principle(s) and practice(s) | T3.1 |\n| Date of occurrence of breach | 3 May 2020 |',
    codes: ['T3.1'],
    quotes: ['T3.1'],
  },
  {
    name: 'gives no practices when the cell cites none',
    text: t2018('Not known at this stage'),
    codes: [],
  },
  {
    name: 'gives no practices when the cell is empty and the next line is the next label',
    text: '2. Circumstances of breach\nRelevant principle(s) and practice(s)\nDate of occurrence of breach\t3 May 2020',
    codes: [],
  },
  {
    name: 'ignores a practice code written outside the practices cell',
    text: '2. Circumstances of breach\nNature of breach\tWe think T3.6 may apply.\nRelevant principle(s) and practice(s)\tT3.4\nDate of occurrence of breach\t3 May 2020',
    codes: ['T3.4'],
    quotes: ['T3.4'],
  },
  // The Order breached, said outside the practices cell: cover note, account; the template preamble is no citation.
  {
    name: 'adds PRA-ORDER from an Authority cover note that reports a breach of the Order',
    text: `The Valley Statistics Office has reported to the UK Statistics Authority a breach of the Pre-release Access to Official Statistics Order 2008.\n\n${t2009('Protocol 2, paragraph 8')}`,
    codes: ['Pr2.8', 'PRA-ORDER'],
    quotes: ['Protocol 2, paragraph 8', 'Pre-release Access to Official Statistics Order'],
  },
  {
    name: 'adds PRA-ORDER from a cover note that reports "a breach of the Code ... and of the ... Order" to the Regulator',
    text: `The Valley Statistics Office has reported to the Office for Statistics Regulation a breach of the Code of Practice for Statistics and of the Pre-release Access to Official Statistics Order 2008.\n\n${t2018('T3.4')}`,
    codes: ['T3.4', 'PRA-ORDER'],
  },
  {
    name: 'adds PRA-ORDER from an account saying the Order was breached',
    text: `${t2018('T3.4')}\n\nSending the tables early breached the Pre-release Access to Official Statistics (Scotland) Order 2008.`,
    codes: ['T3.4', 'PRA-ORDER'],
  },
  {
    name: 'adds PRA-ORDER from an account saying the release was in contravention of the Order',
    text: `${t2018('T3.4')}\n\nThis was a contravention of the Pre-Release Access to Official Statistics Order.`,
    codes: ['T3.4', 'PRA-ORDER'],
  },
  {
    name: 'does not read the template preamble that names the Orders in general as a citation',
    text: `This document reports a breach of the Code of Practice for Statistics, or the relevant Pre-release Access to Official Statistics Orders.\n${t2018('T3.6')}`,
    codes: ['T3.6'],
  },
  {
    name: 'does not read an Order named without a breach word as a citation',
    text: `${t2018('T3.4')}\n\nThe staff given access outside the terms of the Pre-release Access to Official Statistics Order kept it to themselves.`,
    codes: ['T3.4'],
  },
  // A 2018 principle cited by its title only, unless one of its practices is cited.
  { name: 'reads a principle cited by its title alone as its code', text: t2018('Orderly release'), codes: ['T3'], quotes: ['Orderly release'] },
  { name: 'reads a principle title after its pillar name, wrapped', text: t2018('Value – Clarity and\ninsight'), codes: ['V3'] },
  { name: 'reads two principle titles in a list', text: t2018('Trustworthiness: Data governance; Quality: Sound methods'), codes: ['T6', 'Q2'] },
  { name: 'drops a principle title when one of its practices is cited', text: t2018('Orderly release – practice T3.6'), codes: ['T3.6'] },
  // The same words inside a practice's quoted wording are prose, not a citation of another principle.
  {
    name: 'does not read a title inside the wording of a cited practice',
    text: t2018('T3.4 – Arrangements should support the accessibility of the statistics to all users'),
    codes: ['T3.4'],
  },
  {
    name: 'does not read a title on the wrapped second line of a practice quotation',
    text: t2018('Practice T3.3 – Access before release should be limited,\nwith sound methods of control'),
    codes: ['T3.3'],
  },
  {
    name: 'reads a title after a principle number and a full stop',
    text: t2018('Principle 3. Orderly release; T3.6'),
    codes: ['T3.6'],
  },
  { name: 'reads a title heading a list item after a pipe cell edge', text: t2018('| Value: Accessibility |'), codes: ['V2'] },
];

describe('practicesExtractor', () => {
  it.each(rows)('$name', (row) => {
    const result = run(practicesExtractor, row.text);
    expect(result.result.value.map((practice) => practice.code)).toEqual(row.codes);
    (row.quotes ?? []).forEach((quote, index) => expect(quoteOf(result, `practices[${index}]`)).toBe(quote));
    expect(Object.keys(result.result.evidence)).toHaveLength(row.codes.length);
  });

  it('keeps the wording as cited from the code to the end of its line', () => {
    const result = run(practicesExtractor, t2018('T3.6 - Statistics should be released on a timely basis'));
    expect(result.result.value[0]?.text).toBe('T3.6 - Statistics should be released on a timely basis');
  });
});
