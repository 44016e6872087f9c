import { describe, expect, it } from 'vitest';
import { spanMinutes, timelineExtractor } from '../../src/extract/timeline.js';
import type { ExtractedValues } from '../../src/extract/types.js';
import type { EventKind } from '../../src/record/schema.js';
import { run } from '../helpers.js';

const report = (account: string) => `2. Circumstances of breach\n${account}\n\n3. Impact of the breach\nLimited.`;
const on = (day: string): Partial<ExtractedValues> => ({ occurrence: { start: day, end: day, text: day } });

interface Row {
  name: string;
  account: string;
  earlier?: Partial<ExtractedValues>;
  /** Events that must be in the timeline: at, kind, and the words quoted as evidence. */
  includes: [string, EventKind, string][];
  /** Kinds that must not appear at these moments. */
  excludes?: [string, EventKind][];
  derived?: string[];
}

const rows: Row[] = [
  // The schedule, stated as the plan, in several wordings.
  {
    name: 'a schedule: "was due to be released at 9.30am", dated by the occurrence',
    account: 'The bulletin was due to be released at 9.30am on the website.',
    earlier: on('2019-04-04'),
    includes: [['2019-04-04T09:30', 'scheduled', '9.30am']],
  },
  {
    name: 'a schedule: "ahead of publication at 07:00 on 3 March 2022"',
    account: 'The tables were sent to the press office at 16:20 on 2 March 2022, ahead of publication at 07:00 on 3 March 2022.',
    includes: [
      ['2022-03-02T16:20', 'shared', '16:20'],
      ['2022-03-03T07:00', 'scheduled', '07:00'],
    ],
  },
  {
    name: 'a schedule: "the 10am release time" and "embargoed until 10.00am"',
    account: 'The figures were embargoed until 10.00am on 8 June 2020. Nobody saw them before the 10am release time.',
    includes: [
      ['2020-06-08T10:00', 'scheduled', '10.00am'],
      ['2020-06-08T10:00', 'scheduled', '10am'],
    ],
  },
  {
    name: 'a schedule: "was going live that day at 9.30am" is the plan, not a publication',
    account: 'The request was refused because the report was going live that day at 9.30am.',
    earlier: on('2018-11-02'),
    includes: [['2018-11-02T09:30', 'scheduled', '9.30am']],
    excludes: [['2018-11-02T09:30', 'published']],
  },
  // Became public.
  {
    name: 'public: "could be seen on the website from 9.15"',
    account: 'The bulletin could be seen on the website from 9.15 that morning.',
    earlier: on('2017-10-12'),
    includes: [['2017-10-12T09:15', 'published', '9.15']],
  },
  {
    name: 'public: "went live at 09:40" and "uploaded at ~10.05"',
    account: 'The summary went live at 09:40 and the tables were uploaded at ~10.05 on 6 May 2021.',
    includes: [
      ['2021-05-06T09:40', 'published', '09:40'],
      ['2021-05-06T10:05', 'published', '10.05'],
    ],
  },
  {
    name: 'public: a tweet issued at 8.50am, and a clause opened by its time ("At 8.12am a press officer posted ...")',
    account: 'The press office issued a tweet at 8.50am. At 8.12am on 9 July 2021 a press officer had posted the chart on Facebook.',
    earlier: on('2021-07-09'),
    includes: [
      ['2021-07-09T08:50', 'published', '8.50am'],
      ['2021-07-09T08:12', 'published', '8.12am'],
    ],
  },
  {
    name: 'public, late: "could not be accessed until 10.10am", "did not go live until 11:00", "was not viewable online until 12:05"',
    account:
      'The portal could not be accessed until 10.10am. The second bulletin did not go live until 11:00. The tables were not viewable online until 12:05.',
    earlier: on('2013-06-27'),
    includes: [
      ['2013-06-27T10:10', 'published', '10.10am'],
      ['2013-06-27T11:00', 'published', '11:00'],
      ['2013-06-27T12:05', 'published', '12:05'],
    ],
  },
  {
    name: 'public: "putting the four bulletins up on GOV.UK at 09:36", "put the tables online at 10:02", "got the page live at 10:40"',
    account: 'The team succeeded in putting the four bulletins up on GOV.UK at 09:36. A colleague put the tables online at 10:02. We got the page live at 10:40.',
    earlier: on('2020-08-06'),
    includes: [
      ['2020-08-06T09:36', 'published', '09:36'],
      ['2020-08-06T10:02', 'published', '10:02'],
      ['2020-08-06T10:40', 'published', '10:40'],
    ],
  },
  // Sent to particular people.
  {
    name: 'shared: e-mailed, forwarded, circulated at a time',
    account:
      'An analyst e-mailed the draft to a supplier at 14:10. At 3.05pm on 1 February 2022 an official forwarded the tables to a colleague. The briefing was circulated to ministers at 11am.',
    earlier: on('2022-02-01'),
    includes: [
      ['2022-02-01T14:10', 'shared', '14:10'],
      ['2022-02-01T15:05', 'shared', '3.05pm'],
      ['2022-02-01T11:00', 'shared', '11am'],
    ],
  },
  {
    name: 'shared: "the e-mail went out at around 08:50", "a notification went round to users shortly after 10:00", "the link went out at 12.37pm"',
    account:
      'The email went out at around 08:50. A notification that the bulletins had been released went round to users shortly after 10:00. The link to the wrong file went out at 12.37pm.',
    earlier: on('2021-01-27'),
    includes: [
      ['2021-01-27T08:50', 'shared', '08:50'],
      ['2021-01-27T10:00', 'shared', '10:00'],
      ['2021-01-27T12:37', 'shared', '12.37pm'],
    ],
    excludes: [['2021-01-27T10:00', 'published']],
  },
  // Distractors: when someone noticed, was told or sent an e-mail about it are not release times.
  {
    name: 'noticed: "noticed at 9:42", "was told at 10:15", "spotted ... at 11.20am"',
    account: 'The error was noticed at 9:42. The Head of Profession was told at 10:15. A user spotted the wrong file at 11.20am.',
    earlier: on('2020-09-15'),
    includes: [
      ['2020-09-15T09:42', 'noticed', '9:42'],
      ['2020-09-15T10:15', 'noticed', '10:15'],
      ['2020-09-15T11:20', 'noticed', '11.20am'],
    ],
    excludes: [
      ['2020-09-15T09:42', 'published'],
      ['2020-09-15T10:15', 'published'],
    ],
  },
  // Withdrawn.
  {
    name: 'withdrawn: "taken down at 11:05", "removed from the site at 10.02am", "deleted at 15:40"',
    account: 'The page was taken down at 11:05. A second copy was removed from the site at 10.02am. The e-mail was deleted at 15:40.',
    earlier: on('2016-03-03'),
    includes: [
      ['2016-03-03T11:05', 'withdrawn', '11:05'],
      ['2016-03-03T10:02', 'withdrawn', '10.02am'],
      ['2016-03-03T15:40', 'withdrawn', '15:40'],
    ],
  },
  // A stretch of time: its end is when it came down.
  {
    name: 'a stretch: "sat on the public site between 5.30pm and 5.33pm", "on GOV.UK from 07:50 to 08:05", "sent ... from 12.37pm, when ..., until 1.30pm"',
    account:
      'The files sat on the public site between 5.30pm and 5.33pm. The page was up on GOV.UK from 07:50 to 08:05 on 4 May 2021.\n\nThe link was sent from 12.37pm, when the list was chosen, until 1.30pm.',
    earlier: on('2021-05-04'),
    includes: [
      ['2021-05-04T17:30', 'published', '5.30pm'],
      ['2021-05-04T17:33', 'withdrawn', '5.33pm'],
      ['2021-05-04T08:05', 'withdrawn', '08:05'],
      ['2021-05-04T12:37', 'shared', '12.37pm'],
      ['2021-05-04T13:30', 'withdrawn', '1.30pm'],
    ],
  },
  {
    name: 'public: "went up at about 9.45am", "got the four releases onto GOV.UK at 9.36am", "the tweet, sent by the press office at 09:20"',
    account: 'The survey went up at about 9.45am. The team got the four releases onto GOV.UK at 9.36am. The tweet, sent by the press office at 09:20, showed the figures.',
    earlier: on('2021-05-20'),
    includes: [
      ['2021-05-20T09:45', 'published', '9.45am'],
      ['2021-05-20T09:36', 'published', '9.36am'],
      ['2021-05-20T09:20', 'published', '09:20'],
    ],
  },
  {
    name: 'withdrawn: "put the previous files back by 17:33", access "switched off at 09:02", corrected: "put right at 1.30pm"',
    account: 'The team put the previous files back by 17:33. Access was switched off at 09:02. The wrong link was put right at 1.30pm.',
    earlier: on('2021-11-22'),
    includes: [
      ['2021-11-22T17:33', 'withdrawn', '17:33'],
      ['2021-11-22T09:02', 'withdrawn', '09:02'],
      ['2021-11-22T13:30', 'corrected', '1.30pm'],
    ],
  },
  {
    name: 'dates: a plan\'s date does not date what happens next ("scheduled for 23 November ... saved at 17:30")',
    account: 'The tables were scheduled to come out on 23 November 2021. When the page was saved at 17:30 it went live.',
    earlier: on('2021-11-22'),
    includes: [['2021-11-22T17:30', 'published', '17:30']],
  },
  // Moments placed by arithmetic.
  {
    name: 'relative: "noticed about 5 minutes later", then "removed immediately"',
    account: 'The file was published at 08:30 by mistake. A statistician noticed about 5 minutes later. It was removed immediately.',
    earlier: on('2019-12-12'),
    includes: [
      ['2019-12-12T08:30', 'published', '08:30'],
      ['2019-12-12T08:35', 'noticed', 'about 5 minutes later'],
      ['2019-12-12T08:35', 'withdrawn', 'immediately'],
    ],
    derived: ['2019-12-12T08:35'],
  },
  {
    name: 'relative: "10 minutes later" follows the last thing that happened, not a schedule stated after it',
    account: 'The e-mail was sent at 08:50. It should have gone at 09:30, 24 hours before the planned release. The lead spotted the slip around ten minutes later.',
    earlier: on('2021-01-27'),
    includes: [['2021-01-27T09:00', 'noticed', 'around ten minutes later']],
  },
  {
    name: 'relative: spans in other words ("a quarter of an hour later", "fifty-three minutes later", "within half an hour")',
    account:
      'The page went live at 08:00 by mistake. A user noticed a quarter of an hour later. The page was corrected fifty-three minutes later. It was removed within half an hour.',
    earlier: on('2019-12-12'),
    includes: [
      ['2019-12-12T08:15', 'noticed', 'a quarter of an hour later'],
      ['2019-12-12T09:08', 'corrected', 'fifty-three minutes later'],
      ['2019-12-12T08:30', 'withdrawn', 'within half an hour'],
    ],
  },
  {
    name: 'relative: "deleted within ten minutes" counts from when it went out, not from when it was noticed',
    account: 'The chart was tweeted at 07:50. The team was alerted at 07:55. The tweet was deleted within ten minutes.',
    earlier: on('2020-01-20'),
    includes: [['2020-01-20T08:00', 'withdrawn', 'within ten minutes']],
  },
  {
    name: 'relative: "at 9.30am, 24 hours before the planned release" dates the release the next day',
    account: 'The e-mail was set to go to colleagues at 9.30am, 24 hours before the planned release.',
    earlier: on('2021-02-03'),
    includes: [['2021-02-04T09:30', 'scheduled', '9.30am']],
    excludes: [['2021-02-03T09:30', 'scheduled']],
  },
  {
    name: 'relative: "at 10:00 on 5 May, two hours before publication" dates the release at noon',
    account: 'Access was given to the minister at 10:00 on 5 May 2022, two hours before publication.',
    includes: [['2022-05-05T12:00', 'scheduled', '10:00']],
  },
  {
    name: 'a schedule: "announced on the release calendar for 9.30 a.m.", "pre-announced in its calendar as 07:00", a page "set to go live" at 4pm',
    account:
      'The report had been announced on the CMSO release calendar for 9.30 a.m. The tables were pre-announced in the publication calendar as 07:00. The files were loaded at 4 p.m. and the page was set to go live automatically.',
    earlier: on('2020-09-29'),
    includes: [
      ['2020-09-29T09:30', 'scheduled', '9.30 a.m.'],
      ['2020-09-29T07:00', 'scheduled', '07:00'],
      ['2020-09-29T16:00', 'scheduled', '4 p.m.'],
    ],
    excludes: [['2020-09-29T16:00', 'published']],
  },
  {
    name: 'a time and its own clause: "until 11:05, when the tables became available" (not "opened at 10:30, and the page was republished")',
    account: 'The page showed a notice until 11:05, when the tables became available. The desk opened at 10:30, and the page was republished by hand.',
    earlier: on('2012-11-08'),
    includes: [['2012-11-08T11:05', 'published', '11:05']],
    excludes: [['2012-11-08T10:30', 'published']],
  },
  // What is no event.
  {
    name: 'not events: "No figures appeared ... before 9.30am", "At no point was the report visible until 10:00", another event\'s plan',
    account:
      "No figures appeared in the public domain before 9.30am. At no point was the report visible online at 09:10. The Minister's briefing, planned for 10am, went ahead.",
    earlier: on('2023-09-05'),
    includes: [],
    excludes: [
      ['2023-09-05T09:30', 'published'],
      ['2023-09-05T09:10', 'published'],
      ['2023-09-05T10:00', 'scheduled'],
    ],
  },
  {
    name: 'not events: a planned sending, a negated publication, an adjective',
    account:
      'The e-mail was due to be sent at 9.30am. The report had not been published at 10:00. The tables went to the people on the published list at 1.15pm.',
    earlier: on('2021-06-01'),
    includes: [],
    excludes: [
      ['2021-06-01T09:30', 'shared'],
      ['2021-06-01T10:00', 'published'],
      ['2021-06-01T13:15', 'published'],
    ],
  },
  // Dates.
  {
    name: 'dates: a time with no date takes the date written earlier in its paragraph, not the occurrence',
    account: 'On 4 March 2022 the team prepared the release. It went live at 09:45.\n\nA wrong figure was corrected at 11:00.',
    earlier: on('2022-03-05'),
    includes: [
      ['2022-03-04T09:45', 'published', '09:45'],
      ['2022-03-05T11:00', 'corrected', '11:00'],
    ],
  },
  {
    name: 'dates: a statement dated without a time ("accidentally published on 3 May 2021")',
    account: 'The article was accidentally published on 3 May 2021 and withdrawn on 4 May 2021.',
    includes: [
      ['2021-05-03', 'published', '3 May 2021'],
      ['2021-05-04', 'withdrawn', '4 May 2021'],
    ],
  },
];

describe('timelineExtractor', () => {
  it.each(rows)('$name', (row) => {
    const { result, context } = run(timelineExtractor, report(row.account), row.earlier);
    for (const event of result.value) expect(event.evidence.quote).toBe(context.text.slice(event.evidence.start, event.evidence.end));
    const events = result.value.map((event) => [event.at, event.kind, event.evidence.quote]);
    for (const expected of row.includes) expect(events).toContainEqual(expected);
    for (const [at, kind] of row.excludes ?? []) expect(events.filter((event) => event[0] === at && event[1] === kind)).toEqual([]);
    for (const at of row.derived ?? []) expect(result.value.filter((event) => event.at === at).every((event) => event.derived)).toBe(true);
    // In time order.
    expect(result.value.map((event) => event.at)).toEqual([...result.value.map((event) => event.at)].sort());
  });
});

describe('spanMinutes', () => {
  it.each([
    ['10 minutes', 10],
    ['two minutes', 2],
    ['24 hours', 1440],
    ['an hour', 60],
    ['a few minutes', null],
    ['several hours', null],
  ])('%s -> %s', (text, minutes) => expect(spanMinutes(text)).toBe(minutes));
});
