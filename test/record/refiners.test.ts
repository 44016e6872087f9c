import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const report = (occurrence: string, reportDate: string, account: string) =>
  [
    'REPORT OF A BREACH OF THE CODE OF PRACTICE FOR STATISTICS',
    '1. Core Information',
    'Title and link to statistical output\tQuarterly Ferry Passenger Statistics',
    'Name of producer organisation\tDepartment for Harbours',
    `Date of breach report\t${reportDate}`,
    '2. Circumstances of breach',
    'Relevant principle(s) and practice(s)\tT3.6',
    `Date of occurrence of breach\t${occurrence}`,
    '',
    account,
  ].join('\n');

const extract = (text: string) => extractDocument(new TextEncoder().encode(text), { fileName: 'report.txt' });

describe('occurrence date that contradicts the report', () => {
  it('takes the year from the account when the written year puts the breach after its report', async () => {
    const record = await extract(report('3 March 2022', '10 March 2021', 'The bulletin due at 09:30 on 3 March 2021 was published at 10:15 on 3 March 2021.'));
    expect(record.occurrence.start).toBe('2021-03-03');
    expect(record.occurrence.end).toBe('2021-03-03');
    expect(record.occurrence.text).toBe('3 March 2022');
    expect(record.evidence['occurrence.start']?.quote).toContain('3 March 2021');
    expect(record.warnings.some((text) => text.startsWith('occurrence.start: ') && text.includes('2021-03-03'))).toBe(true);
  });

  it('keeps the written date, and warns, when nothing in the report settles it', async () => {
    const record = await extract(report('27 June 2013', '11 June 2013', 'The portal was not available until 10:10.'));
    expect(record.occurrence.start).toBe('2013-06-27');
    expect(record.reportDate).toBe('2013-06-11');
    expect(record.warnings.some((text) => text.startsWith('reportDate: ') && text.includes('before the breach'))).toBe(true);
  });

  it('leaves a consistent date alone', async () => {
    const record = await extract(report('3 March 2021', '10 March 2021', 'The bulletin due at 09:30 on 3 March 2021 was published at 10:15 on 3 March 2021.'));
    expect(record.occurrence.start).toBe('2021-03-03');
    expect(record.diagnostics.filter((diagnostic) => diagnostic.code === 'date-corrected')).toEqual([]);
  });
});
