// Confidence grades: from how each value was found. A labelled cell of the form is high, the account or
// arithmetic medium, an inference low; a warning about a value lowers it one step; a list is as weak as its
// weakest item.
import { describe, expect, it } from 'vitest';
import { gradeOfValue } from '../../src/record/confidence.js';
import { extractDocument } from '../../src/pipeline.js';
import type { BreachRecord } from '../../src/record/schema.js';

const core = (cells: string[]) => ['1. Core Information', ...cells, ''].join('\n');

async function recordOf(...parts: string[]): Promise<BreachRecord> {
  return extractDocument(new TextEncoder().encode(parts.join('\n')), { fileName: 'report.txt' });
}

describe('confidence grades', () => {
  it.each([
    ['a tab-separated cell', 'Name of producer organisation\tWestmoor Data Office'],
    ['a pipe table cell', '| Name of producer organisation | Westmoor Data Office |'],
    ['a label on its own line', 'Name of producer organisation\nWestmoor Data Office'],
  ])('grades a value read from its own labelled cell high (%s)', async (_layout, cell) => {
    const record = await recordOf(core([cell, 'Date of occurrence of breach\t4 May 2021']), '2. Circumstances of breach', 'The release went live at 09:41.');
    expect(record.producer.name).toBe('Westmoor Data Office');
    expect(record.confidence['producer.name']).toBe('high');
    expect(record.confidence['occurrence.start']).toBe('high');
  });

  it.each([
    ['published at 10:12', 'The bulletin was due to be published at 09:30 but was published at 10:12.', '2021-05-04T10:12'],
    ['went live at 10.12am', 'It was scheduled for 9.30am. The page went live at 10.12am.', '2021-05-04T10:12'],
    ['not available until 10:12', 'The tables were due to be released at 09:30 and were not available until 10:12.', '2021-05-04T10:12'],
  ])('grades a time read from the account medium, and minutes worked out from two times medium (%s)', async (_name, account, actual) => {
    const record = await recordOf(core(['Date of occurrence of breach\t4 May 2021']), '2. Circumstances of breach', account);
    expect(record.timing.actual).toBe(actual);
    expect(record.confidence['timing.actual']).toBe('medium');
    expect(record.derived).toContain('timing.delayMinutes');
    expect(record.confidence['timing.delayMinutes']).toBe('medium');
  });

  it('grades a schedule taken from the practice cited (the Code’s 9.30am) low', async () => {
    const record = await recordOf(
      core(['Date of occurrence of breach\t4 May 2021', 'Relevant principle(s) and practice(s)\tT3.6 Statistics should be released at 9.30am on a weekday.']),
      '2. Circumstances of breach',
      'A server fault delayed the release, which went live at 10:05.',
    );
    expect(record.timing.scheduled).toBe('2021-05-04T09:30');
    expect(record.confidence['timing.scheduled']).toBe('low');
  });

  it('grades a breach type inferred from the practice cited low, and one the account makes clear high', async () => {
    const inferred = await recordOf(core(['Relevant principle(s) and practice(s)\tT3.4']), '2. Circumstances of breach', 'A review found a problem.');
    expect(inferred.breachType).toBe('pre_release_access');
    expect(inferred.confidence.breachType).toBe('low');
    const clear = await recordOf(
      core(['Date of occurrence of breach\t4 May 2021']),
      '2. Circumstances of breach',
      'The bulletin was due to be published at 09:30. A fault caused a delay of 40 minutes and it was published late, at 10:10.',
    );
    expect(clear.breachType).toBe('late_release');
    expect(clear.confidence.breachType).toBe('high');
  });

  it('lowers the grade of a value the extraction warns about (a report date written without its year)', async () => {
    const record = await recordOf(core(['Date of breach report\t12 May', 'Date of occurrence of breach\t4 May 2021']), '2. Circumstances of breach', 'Late.');
    expect(record.reportDate).toBe('2021-05-12');
    expect(record.warnings.some((warning) => warning.startsWith('reportDate:'))).toBe(true);
    expect(record.confidence.reportDate).toBe('medium');
  });

  it('gives a list the weakest grade of its items, and an empty value none', () => {
    const record = {
      practices: [{ code: 'T3.6', text: 'T3.6' }, { code: 'T3.4', text: 'T3.4' }],
      timing: { actual: null },
      confidence: { 'practices[0]': 'high', 'practices[1]': 'medium' },
    } as unknown as BreachRecord;
    expect(gradeOfValue(record, 'practices')).toBe('medium');
    expect(gradeOfValue(record, 'timing.actual')).toBeNull();
  });

  it('grades every path that has evidence, and nothing else', async () => {
    const record = await recordOf(core(['Name of producer organisation\tWestmoor Data Office']), '2. Circumstances of breach', 'Nothing else is known.');
    expect(Object.keys(record.confidence).sort()).toEqual([...new Set([...Object.keys(record.evidence), ...record.derived])].sort());
  });
});
