// Each fixture report exists as text and as PDF or DOCX: all must give the same labelled fields.
import { describe, expect, it } from 'vitest';
import { labelledFields, loadFixture } from './fixture-helpers.js';

describe.each([
  ['pdf/report-2018.txt', 'pdf/report-2018.pdf'],
  ['pdf/report-2009.txt', 'pdf/report-2009.pdf'],
  ['docx/report-2018.txt', 'docx/report-2018.docx'],
  ['docx/report-2009.txt', 'docx/report-2009.docx'],
])('%s and %s', (textPath, otherPath) => {
  it('have the same labelled fields', async () => {
    const fromText = labelledFields(await loadFixture(textPath));
    const fromOther = labelledFields(await loadFixture(otherPath));
    expect(fromText.length).toBeGreaterThanOrEqual(7);
    expect(fromOther).toEqual(fromText);
  });
});
