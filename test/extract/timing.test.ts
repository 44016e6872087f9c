import { describe, expect, it } from 'vitest';
import { parseDuration, timingExtractor } from '../../src/extract/timing.js';
import type { ExtractedValues } from '../../src/extract/types.js';
import { quoteOf, run } from '../helpers.js';

const report = (account: string) => `2. Circumstances of breach\n${account}\n\n3. Impact of the breach\nLimited.`;
const on = (day: string): Partial<ExtractedValues> => ({ occurrence: { start: day, end: day, text: day } });

type Timing = ExtractedValues['timing'];

interface Row {
  name: string;
  account: string;
  earlier?: Partial<ExtractedValues>;
  expected: Partial<Timing>;
  quotes?: Partial<Record<keyof Timing, string>>;
  derived?: string[];
}

const rows: Row[] = [
  {
    name: 'reads a scheduled time written "09:30" and dates it by the occurrence',
    account: 'The bulletin was due to be published at 09:30 on the website.',
    earlier: on('2020-05-14'),
    expected: { scheduled: '2020-05-14T09:30' },
    quotes: { scheduled: '09:30' },
  },
  {
    name: 'reads a scheduled time written "9.30am" with its own date',
    account: 'The statistics were scheduled for 9.30am on 14 May 2020.',
    expected: { scheduled: '2020-05-14T09:30' },
    quotes: { scheduled: '9.30am' },
  },
  {
    name: 'dates both times by the date written after them when no occurrence date is known',
    account: 'The release was due to be published at 09:30 on 14 May 2020. It was finally published at 11:45 on 14 May 2020.',
    expected: { scheduled: '2020-05-14T09:30', actual: '2020-05-14T11:45', delayMinutes: 135 },
    derived: ['timing.delayMinutes'],
  },
  {
    name: 'derives the delay from the scheduled and actual times and marks it derived',
    account: 'The release was due to be published at 09:30 on 14 May 2020. It was finally published at 11:45 on 14 May 2020.',
    earlier: on('2020-05-14'),
    expected: { scheduled: '2020-05-14T09:30', actual: '2020-05-14T11:45', delayMinutes: 135, earlyMinutes: null },
    quotes: { scheduled: '09:30', actual: '11:45' },
    derived: ['timing.delayMinutes'],
  },
  {
    name: 'reads a stated delay "a delay of 135 minutes"',
    account: 'A fault caused a delay of 135 minutes.',
    earlier: on('2020-05-14'),
    expected: { delayMinutes: 135 },
    quotes: { delayMinutes: 'delay of 135 minutes' },
  },
  {
    name: 'reads a stated delay in hours and minutes ("2 hours and 15 minutes late")',
    account: 'The tables were released 2 hours and 15 minutes late.',
    earlier: on('2020-05-14'),
    expected: { delayMinutes: 135 },
    quotes: { delayMinutes: '2 hours and 15 minutes late' },
  },
  {
    name: 'derives the actual time from the scheduled time plus a stated delay',
    account: 'The release was due to be published at 07:00. There was a delay of 38 minutes.',
    earlier: on('2020-05-14'),
    expected: { scheduled: '2020-05-14T07:00', actual: '2020-05-14T07:38', delayMinutes: 38 },
    derived: ['timing.actual'],
  },
  {
    name: 'reads "18 hours before" the scheduled time as 1080 early minutes',
    account: 'The file went live 18 hours before the scheduled release.',
    earlier: on('2020-05-14'),
    expected: { earlyMinutes: 1080, delayMinutes: null },
    quotes: { earlyMinutes: '18 hours before the scheduled' },
  },
  {
    name: 'reads "2 days ahead of schedule" as 2880 early minutes',
    account: 'The dashboard was updated 2 days ahead of schedule.',
    earlier: on('2020-05-14'),
    expected: { earlyMinutes: 2880 },
    quotes: { earlyMinutes: '2 days ahead of schedule' },
  },
  {
    name: 'reads "live for less than 15 minutes" as 15 exposure minutes',
    account: 'The page was live for less than 15 minutes before it was removed.',
    earlier: on('2020-05-14'),
    expected: { exposureMinutes: 15 },
    quotes: { exposureMinutes: 'live for less than 15 minutes' },
  },
  {
    name: 'reads a spelled-out exposure ("available for approximately eight minutes")',
    account: 'The table was available for approximately eight minutes.',
    earlier: on('2020-05-14'),
    expected: { exposureMinutes: 8 },
  },
  // The schedule, as the account names it beside the time it was held back for.
  {
    name: 'reads the schedule from "ahead of publication at 9.30am on 16 May"',
    account: 'The figures were sent to the list at 2.10pm on 15 May 2019, ahead of publication at 9.30am on 16 May 2019.',
    earlier: on('2019-05-15'),
    expected: { scheduled: '2019-05-16T09:30' },
    quotes: { scheduled: '9.30am' },
  },
  {
    name: 'reads the schedule from "embargoed until 07:00"',
    account: 'The e-mail said the tables were embargoed until 07:00 on 2 October 2018.',
    expected: { scheduled: '2018-10-02T07:00' },
  },
  {
    name: 'reads the schedule from "in advance of the official release of the statistics at 10am"',
    account: 'Few people saw the chart in advance of the official release of the statistics at 10am.',
    earlier: on('2022-08-11'),
    expected: { scheduled: '2022-08-11T10:00' },
  },
  // Exposure from the timeline: from going out to the withdrawal.
  {
    name: 'derives exposure from "went live at 7.15am" to "taken down at 7.40am"',
    account: 'The bulletin went live at 7.15am by mistake. It was taken down at 7.40am.',
    earlier: on('2017-02-09'),
    expected: { exposureMinutes: 25 },
    quotes: { exposureMinutes: '7.40am' },
    derived: ['timing.exposureMinutes'],
  },
  {
    name: 'derives exposure from "could be seen from 9.05" to "deleted at 9.11"',
    account: 'The page could be seen from 9.05 on 3 March 2016. The web team deleted it at 9.11.',
    expected: { exposureMinutes: 6 },
    derived: ['timing.exposureMinutes'],
  },
  {
    name: 'derives exposure of a sending from "e-mailed at 14:00" to access "revoked ... 20 minutes later"',
    account: 'The file was e-mailed to a contractor at 14:00. Access to it was revoked 20 minutes later.',
    earlier: on('2021-09-01'),
    expected: { exposureMinutes: 20 },
    derived: ['timing.exposureMinutes'],
  },
  // Exposure stated as how soon it was withdrawn.
  {
    name: 'reads exposure from "deleted within two minutes"',
    account: 'The post was issued in error and deleted within two minutes.',
    earlier: on('2021-08-24'),
    expected: { exposureMinutes: 2 },
    quotes: { exposureMinutes: 'deleted within two minutes' },
  },
  {
    name: 'reads exposure from "taken down after about 20 minutes"',
    account: 'The wrong file was taken down after about 20 minutes.',
    earlier: on('2021-08-24'),
    expected: { exposureMinutes: 20 },
  },
  {
    name: 'reads exposure from "removed within an hour"',
    account: 'The bulletin was removed from the website within an hour.',
    earlier: on('2021-08-24'),
    expected: { exposureMinutes: 60 },
  },
  // A late release: uploads to other sites after the statistics were out are copies.
  {
    name: 'takes the publication, not a later upload to a second site, as the actual time',
    account: 'The release was due at 09:30 but was published on the portal at 9:40. It was uploaded to the archive site at 10:30.',
    earlier: on('2020-07-07'),
    expected: { scheduled: '2020-07-07T09:30', actual: '2020-07-07T09:40', delayMinutes: 10 },
  },
  {
    name: 'takes an upload as the actual time when nothing else is said to be out',
    account: 'The report was due to be released at 0930 hrs. A file error meant it was uploaded at ~09.50.',
    earlier: on('2020-07-07'),
    expected: { scheduled: '2020-07-07T09:30', actual: '2020-07-07T09:50', delayMinutes: 20 },
  },
  {
    name: 'takes the last output out as the actual time when several came out in turn',
    account: 'The release was due at 09:30. The bulletin was published at 09:41 and the tables became available at 09:58.',
    earlier: on('2020-07-07'),
    expected: { actual: '2020-07-07T09:58', delayMinutes: 28 },
  },
  {
    name: 'reads "fifty-three minutes later" after a correction as the exposure, not "three minutes"',
    account: 'The link to the wrong file was sent at 12.37pm and the content was corrected at 1.30pm, fifty-three minutes later.',
    earlier: on('2021-11-23'),
    expected: { exposureMinutes: 53 },
  },
  {
    name: 'reads "live for as long as fifteen minutes" as 15 exposure minutes',
    account: 'Neither bulletin was live for as long as fifteen minutes.',
    earlier: on('2018-04-23'),
    expected: { exposureMinutes: 15 },
  },
  {
    name: 'reads "3 days earlier than scheduled" as 4320 early minutes',
    account: 'The second bulletin appeared 3 days earlier than scheduled.',
    earlier: on('2018-04-23'),
    expected: { earlyMinutes: 4320 },
  },
  {
    name: 'reads "a delay of a quarter of an hour" as 15 minutes late',
    account: 'The file error caused a delay of a quarter of an hour to the release.',
    earlier: on('2021-05-20'),
    expected: { delayMinutes: 15 },
  },
  {
    name: 'does not read "ten minutes later" as minutes late',
    account: 'The release was due at 09:30. The lead spotted the error around ten minutes later.',
    earlier: on('2021-05-20'),
    expected: { delayMinutes: null },
  },
  {
    name: 'reads exposure stated before its verb: "Within two minutes the post had been deleted"',
    account: 'Within two minutes the post had been deleted.',
    earlier: on('2021-08-24'),
    expected: { exposureMinutes: 2 },
  },
  {
    name: 'reads exposure stated first: "For approximately 8 minutes on the afternoon of 9 March the data were live"',
    account: 'For approximately 8 minutes on the afternoon of 9 March 2021 the data were live on the dashboard.',
    earlier: on('2021-03-09'),
    expected: { exposureMinutes: 8 },
  },
  {
    name: 'derives exposure from a sending to its correction ("sent at 12.37pm ... corrected at 1.30pm")',
    account: 'The link to the wrong file was sent at 12.37pm. The content was corrected at 1.30pm.',
    earlier: on('2021-11-23'),
    expected: { exposureMinutes: 53 },
    derived: ['timing.exposureMinutes'],
  },
  {
    name: 'reads "15 minutes after its announced release time" as minutes late',
    account: 'The survey went up about 15 minutes after its announced release time.',
    earlier: on('2021-05-20'),
    expected: { delayMinutes: 15 },
  },
  // Whole days early, from two dates and no times.
  {
    name: 'derives whole days early from "put on the website on 3 April, a month ahead of its 3 May release date"',
    account: 'The bulletin was put on the website on 3 April 2019, a month ahead of its release, which was scheduled for 3 May 2019.',
    earlier: on('2019-04-03'),
    expected: { earlyMinutes: 43200 },
    derived: ['timing.earlyMinutes'],
  },
  {
    name: 'derives whole days early from "accidentally published on 12/06/2020" though "due for publication on 15/06/2020"',
    account: 'The tables, due for publication on 15/06/2020, were accidentally published on 12/06/2020.',
    earlier: on('2020-06-12'),
    expected: { earlyMinutes: 4320 },
    derived: ['timing.earlyMinutes'],
  },
  {
    name: 'derives whole days early from "went live on Monday 2 March 2020" for a release "planned for Wednesday 4 March 2020"',
    account: 'The dashboard went live on Monday 2 March 2020. Its release was planned for Wednesday 4 March 2020.',
    expected: { earlyMinutes: 2880 },
  },
  {
    name: 'derives whole days late from "due on 3 May 2021, it was not published until 5 May 2021"',
    account: 'The digest was due on 3 May 2021, but it was not published until 5 May 2021.',
    expected: { delayMinutes: 2880 },
    derived: ['timing.delayMinutes'],
  },
  {
    name: 'reads "Release was expected at 07:00" as the schedule and "25 minutes behind schedule" as minutes late',
    account: 'Release was expected at 07:00. The dataset finally appeared on the website at 07:25, 25 minutes behind schedule.',
    earlier: on('2021-05-14'),
    expected: { scheduled: '2021-05-14T07:00', actual: '2021-05-14T07:25', delayMinutes: 25 },
  },
  {
    name: 'reads "pressed publish at 08:45 instead of scheduling the page for 09:30 ... took it down at 08:58"',
    account: 'A member of staff pressed publish at 08:45 instead of scheduling the page for 09:30; the page was live until we took it down at 08:58.',
    earlier: on('2021-05-14'),
    expected: { scheduled: '2021-05-14T09:30', actual: '2021-05-14T08:45', earlyMinutes: 45, exposureMinutes: 13 },
  },
  // Out early, taken down, put out again: the early appearance is the breach.
  {
    name: 'takes the early appearance, not the republication after it was taken down, as the actual time',
    account: 'The release was due at 9.30 a.m. The story was published at 8.45 a.m., unpublished at 9.05 a.m. and published again at 9.35 a.m.',
    earlier: on('2016-08-18'),
    expected: { actual: '2016-08-18T08:45', earlyMinutes: 45, exposureMinutes: 20 },
  },
  {
    name: 'reads a newspaper website that "carried a story" at 09:04 as the statistics going public',
    account: 'The release was pre-announced for 09:30. At 09:04 one national newspaper website carried a story quoting the headline figure. The story was removed at 09:15.',
    earlier: on('2011-07-19'),
    expected: { actual: '2011-07-19T09:04', earlyMinutes: 26, exposureMinutes: 11 },
  },
  {
    name: 'reads a web officer who pressed "publish" at 16:45 the day before as an early appearance',
    account: 'The statistics were announced for release at 9.30am on 18 June 2020. On 17 June 2020 a web officer pressed "publish" at 16:45 instead of saving a draft.',
    earlier: on('2020-06-17'),
    expected: { actual: '2020-06-17T16:45', earlyMinutes: 1005 },
  },
  {
    name: 'reads "could not be loaded until 12.15 p.m., when the publication became available" as the actual time',
    account: 'The release was announced on the release calendar for 9.30 a.m. The renamed files could not be loaded until 12.15 p.m., when the publication became available in full.',
    earlier: on('2020-09-29'),
    expected: { scheduled: '2020-09-29T09:30', actual: '2020-09-29T12:15', delayMinutes: 165 },
  },
  {
    name: 'gives nulls when no time or duration is stated',
    account: 'The wrong version of a chart was used in the bulletin.',
    earlier: on('2020-05-14'),
    expected: { scheduled: null, actual: null, delayMinutes: null, earlyMinutes: null, exposureMinutes: null },
  },
];

describe('timingExtractor', () => {
  it.each(rows)('$name', (row) => {
    const result = run(timingExtractor, report(row.account), row.earlier ?? {});
    expect(result.result.value).toMatchObject(row.expected);
    for (const [key, quote] of Object.entries(row.quotes ?? {})) expect(quoteOf(result, `timing.${key}`)).toBe(quote);
    for (const [key, value] of Object.entries(row.expected)) {
      if (value === null) expect(result.result.evidence[`timing.${key}`]).toBeUndefined();
    }
    const derived = result.result.derived ?? [];
    for (const path of row.derived ?? []) expect(derived).toContain(path);
    // A stated value is never marked derived.
    for (const key of Object.keys(row.quotes ?? {})) if (!(row.derived ?? []).includes(`timing.${key}`)) expect(derived).not.toContain(`timing.${key}`);
  });
});

describe('parseDuration', () => {
  it.each([
    ['135 minutes', 135],
    ['2 hours and 15 minutes', 135],
    ['2 hours 15 minutes', 135],
    ['eight minutes', 8],
    ['an hour', 60],
    ['18 hours', 1080],
    ['2 days', 2880],
    ['one week', 10080],
    ['1.5 hours', 90],
    ['15 mins', 15],
    ['a quarter of an hour', 15],
    ['half an hour', 30],
    ['three quarters of an hour', 45],
    ['an hour and a half', 90],
    ['two and a half hours', 150],
    ['2 hours and a quarter', 135],
    ['fifty-three minutes', 53],
    ['twenty five minutes', 25],
    ['soon', null],
    ['', null],
    ['135', null],
  ] as const)('%j -> %j', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
});
