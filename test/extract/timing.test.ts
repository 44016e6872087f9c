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
    ['soon', null],
    ['', null],
    ['135', null],
  ] as const)('%j -> %j', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
});
