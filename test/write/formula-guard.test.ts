// The CSV formula guard looks past leading white space and knows the full-width forms (issue 12): file names and
// producer names can carry them, and a spreadsheet would run them as formulas.
import { describe, expect, it } from 'vitest';
import { cellText, neutraliseFormula } from '../../src/write/csv-text.js';

describe('the formula guard', () => {
  it.each([
    '=HYPERLINK("http://x.example","y")',
    ' =1+1',
    '\u00a0=1+1',
    '\u3000+1',
    '\u200b@SUM(A1)',
    '\uff1d1+1',
    '  \uff0bcmd',
    '\uff20x',
    '-2+3',
    '\t=1',
    '\r=1',
  ])('neutralises %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(cellText(cell)).toBe(`'${cell}`);
  });

  it.each(['Office for National Statistics', ' spaced name', '1 = 1', 'a-b', '', '＝'.slice(1)])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});
