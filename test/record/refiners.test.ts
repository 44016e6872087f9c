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

  // 3 March 2021 was a Wednesday, 3 March 2020 a Tuesday.
  it.each([
    ['Wednesday 3 March 2021', 'On Wednesday 3 March 2021 the bulletin was published at 10:15.'],
    ['Wed, 3rd March 2021', 'The release due on Wed, 3rd March 2021 went live at 10:15.'],
    ['wednesday 3 March 2021 after the time', 'At 10:15 on wednesday 3 March 2021 the tables were published.'],
  ])('takes the year from the account when its weekday fits that year and not the cell\'s (%s)', async (_name, account) => {
    const record = await extract(report('3 March 2020', '10 March 2021', account));
    expect(record.occurrence.start).toBe('2021-03-03');
    expect(record.occurrence.text).toBe('3 March 2020');
    expect(record.warnings.some((text) => text.startsWith('occurrence.start: ') && text.includes('weekday'))).toBe(true);
    expect(record.confidence['occurrence.start']).not.toBe('high');
  });

  it.each([
    ['a weekday that fits neither year', 'On Friday 3 March 2021 the bulletin was published at 10:15.'],
    ['a weekday that fits the cell\'s year', 'On Tuesday 3 March 2021 the bulletin was published at 10:15.'],
    ['no weekday', 'On 3 March 2021 the bulletin was published at 10:15.'],
  ])('keeps the cell\'s year when the account\'s weekday does not settle it (%s)', async (_name, account) => {
    const record = await extract(report('3 March 2020', '10 March 2021', account));
    expect(record.occurrence.start).toBe('2020-03-03');
  });

  it('leaves a consistent date alone', async () => {
    const record = await extract(report('3 March 2021', '10 March 2021', 'The bulletin due at 09:30 on 3 March 2021 was published at 10:15 on 3 March 2021.'));
    expect(record.occurrence.start).toBe('2021-03-03');
    expect(record.diagnostics.filter((diagnostic) => diagnostic.code === 'date-corrected')).toEqual([]);
  });
});

describe('stated times that contradict the breach', () => {
  const inconsistent = (record: { diagnostics: { code: string; field: string | null }[] }) =>
    record.diagnostics.filter((diagnostic) => diagnostic.code === 'timing-inconsistent').map((diagnostic) => diagnostic.field);

  it.each([
    ['a delay stated with times the wrong way round', 'Because of a delay of 30 minutes in the upload, the release was published late. It was due to be published at 10:00 and was published at 09:30.'],
    ['a late release whose only time is before its schedule', 'The server failure delayed the release, which was due at 11:00. It was published late; the page went live at 10:45.'],
    ['a failure to publish on time with an earlier time', 'The team was unable to publish on time because of a website outage. The bulletin was scheduled for 9.30am and was released at 9.10am.'],
  ])('warns when a late release is said to be out before its scheduled time (%s)', async (_name, account) => {
    const record = await extract(report('3 March 2021', '10 March 2021', account));
    expect(record.breachType).toBe('late_release');
    expect(inconsistent(record)).toContain('timing.actual');
  });

  it.each([
    ['"a delay of 15 minutes" with times an hour apart', 'There was a delay of 15 minutes. The bulletin was due to be published at 09:30 and was published at 10:30.', 'timing.delayMinutes'],
    ['"20 minutes late" with times 45 minutes apart', 'The tables were released 20 minutes late: due at 09:30, they went live at 10:15.', 'timing.delayMinutes'],
    ['"two hours early" with times 10 minutes apart', 'The release went live two hours early by mistake: it was published at 09:20, though due at 09:30.', 'timing.earlyMinutes'],
  ])('warns when stated minutes contradict the stated times (%s)', async (_name, account, field) => {
    const record = await extract(report('3 March 2021', '10 March 2021', account));
    expect(inconsistent(record)).toContain(field);
  });

  it('says nothing when the minutes and times agree', async () => {
    const record = await extract(report('3 March 2021', '10 March 2021', 'There was a delay of 40 minutes: due at 09:30, the bulletin was published at 10:10.'));
    expect(inconsistent(record)).toEqual([]);
  });
});

describe('the schedule of a sharing or comment breach, from its on-time release', () => {
  it.each([
    ['An analyst e-mailed the tables to a colleague not on the pre-release access list. The bulletin was released at 9.30am on 3 March 2021.', 'pre_release_access', '2021-03-03T09:30'],
    ['The Minister said the figure had fallen before the statistics were published. They went live at 07:00 on 3 March 2021.', 'premature_comment', '2021-03-03T07:00'],
    ['The figures were sent to a private company not on the list; the release was published at 10:00 on 3 March 2021 as usual.', 'pre_release_access', '2021-03-03T10:00'],
  ])('takes the release time as the schedule (%#)', async (account, type, scheduled) => {
    const text = report('3 March 2021', '10 March 2021', account).replace('\tT3.6', '\tT3.4');
    const record = await extract(text);
    expect(record.breachType).toBe(type);
    expect(record.timing.scheduled).toBe(scheduled);
    expect(record.derived).toContain('timing.scheduled');
    expect(record.confidence['timing.scheduled']).toBe('low');
  });
});
