import { describe, expect, it } from 'vitest';
import type { CodeEdition } from '../../../src/record/schema.js';
import { parsePracticeCodes } from '../../../src/extract/values/practices.js';

const cases: [string, CodeEdition | null, string[]][] = [
  ['Protocol 2 - Release practices Practice 4', '2009', ['Pr2.4']],
  ['Protocol 2, Practice 8', '2009', ['Pr2.8']],
  // Further practices named after the first belong to the same protocol, up to the next one.
  ['Protocol 2: Release practices – Practice 5 (release to all users) and Practice 8 (accidental release)', '2009', ['Pr2.5', 'Pr2.8']],
  ['Protocol 2 Practice 4; Practice 7 also applies', '2009', ['Pr2.4', 'Pr2.7']],
  ['Protocol 2 Practice 4. Protocol 3 Practice 1', '2009', ['Pr2.4', 'Pr3.1']],
  ['Protocol 2: Release Practices, paragraph 8', '2009', ['Pr2.8']],
  ['Protocol 2 practices 4 and 6', '2009', ['Pr2.4', 'Pr2.6']],
  ['Protocol 2 Practice 4 and Protocol 3', '2009', ['Pr2.4', 'Pr3']],
  ['Protocol 2', '2009', ['Pr2']],
  ['Principle 4 – Practice 3', '2009', ['P4.3']],
  ['Principle 8, Practices 3 and 5', '2009', ['P8.3', 'P8.5']],
  ['Principle 8', '2009', ['P8']],
  ['Principle 8, Practice 3', null, ['P8.3']],
  ['Principle 3 Orderly release, Practice 6', '2018', ['T3.6']],
  ['Principle 3 Orderly release, Practice 6', null, ['T3.6']],
  ['T3.6 - Statistics should be released on a timely basis', '2018', ['T3.6']],
  ['Principle T3 – Orderly Release Practice T3.4', '2018', ['T3.4']],
  ['Trustworthiness/T3 Orderly release', '2018', ['T3']],
  ['(Principle T3, Practices T3.3, T3.4, T3.6)', '2018', ['T3.3', 'T3.4', 'T3.6']],
  ['T3.6 and Q1.2', '2018', ['T3.6', 'Q1.2']],
  ['V2.1', '2018', ['V2.1']],
  ['The Pre-release Access to Official Statistics Order 2008', '2009', ['PRA-ORDER']],
  ['Pre-release Access to Statistics (Wales) Order 2009', '2009', ['PRA-ORDER']],
  ['Protocol 2, Practice 4 and the Pre-release Access to Official Statistics Order 2008', '2009', ['Pr2.4', 'PRA-ORDER']],
  ['T3.6, T3.6 again', '2018', ['T3.6']],
  ['None identified', '2018', []],
  ['', null, []],
  ['paragraph 8 of the guidance', '2009', []],
];

describe('parsePracticeCodes', () => {
  it.each(cases)('%j (%s) -> %j', (text, edition, codes) => {
    const found = parsePracticeCodes(text, edition);
    expect(found.map((item) => item.code)).toEqual(codes);
    for (const item of found) {
      expect(item.span.start).toBeGreaterThanOrEqual(0);
      expect(item.span.end).toBeLessThanOrEqual(text.length);
      expect(item.span.start).toBeLessThan(item.span.end);
    }
  });

  it('spans a protocol citation from "Protocol" to its practice number', () => {
    const text = 'see Protocol 2, Practice 8 here';
    const [first] = parsePracticeCodes(text, '2009');
    expect(first && text.slice(first.span.start, first.span.end)).toBe('Protocol 2, Practice 8');
  });
});
