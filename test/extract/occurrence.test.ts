import { describe, expect, it } from 'vitest';
import { occurrenceExtractor } from '../../src/extract/occurrence.js';
import { quoteOf, run } from '../helpers.js';

const circ = '2. Circumstances of breach\n';

interface OccurrenceRow {
  name: string;
  text: string;
  reportDate?: string;
  start: string | null;
  end: string | null;
  quotes?: Record<string, string>;
}

const occurrenceRows: OccurrenceRow[] = [
  {
    name: 'reads a one-day breach as start and end on the same day',
    text: `${circ}Date of occurrence of breach\t11/3/2020\nNature of breach\tLate release.`,
    start: '2020-03-11',
    end: '2020-03-11',
    quotes: { 'occurrence.start': '11/3/2020', 'occurrence.end': '11/3/2020', 'occurrence.text': '11/3/2020' },
  },
  {
    name: 'reads a dotted date',
    text: `${circ}Date of occurrence of breach\t25.04.2018\nNature of breach\tLate release.`,
    start: '2018-04-25',
    end: '2018-04-25',
    quotes: { 'occurrence.start': '25.04.2018' },
  },
  {
    name: 'reads an ordinal date',
    text: `${circ}Date of occurrence of breach\t7th August 2020\nNature of breach\tLate release.`,
    start: '2020-08-07',
    end: '2020-08-07',
    quotes: { 'occurrence.start': '7th August 2020' },
  },
  {
    name: 'takes the year of the report date for a date written without one ("5 th March")',
    text: `${circ}Date of occurrence of breach\t5 th March\nNature of breach\tLate release.`,
    reportDate: '2021-03-09',
    start: '2021-03-05',
    end: '2021-03-05',
    quotes: { 'occurrence.text': '5 th March' },
  },
  {
    name: 'reads the date of a date written with a time ("9 July 2021 at 9.30am")',
    text: `${circ}Date of occurrence of breach\t9 July 2021 at 9.30am\nNature of breach\tLate release.`,
    start: '2021-07-09',
    end: '2021-07-09',
    quotes: { 'occurrence.text': '9 July 2021 at 9.30am' },
  },
  {
    name: 'reads a month-to-day range from the first of the month to the last day named',
    text: `${circ}Date of occurrence of breach\tJanuary 2019 to 9 March 2020\nNature of breach\tAccess.`,
    start: '2019-01-01',
    end: '2020-03-09',
    quotes: { 'occurrence.text': 'January 2019 to 9 March 2020' },
  },
  {
    name: 'spans the earliest to the latest of several dates',
    text: `${circ}Date of occurrence of breach\t14 May 2020, 2 April 2020 and 21 May 2020\nNature of breach\tEarly release.`,
    start: '2020-04-02',
    end: '2020-05-21',
    quotes: { 'occurrence.start': '2 April 2020', 'occurrence.end': '21 May 2020' },
  },
  {
    name: 'reads days listed before a month as the first days of the breach ("14 and 15 May 2020")',
    text: `${circ}Date of occurrence of breach\t14 and 15 May 2020\nNature of breach\tEarly release.`,
    start: '2020-05-14',
    end: '2020-05-15',
    quotes: { 'occurrence.start': '14', 'occurrence.end': '15 May 2020' },
  },
  {
    name: 'reads a 2009 stacked date',
    text: '2. Circumstances of breach\n\nDate of occurrence\n\n3 February 2010\n\nNature of breach\n\nLate.',
    start: '2010-02-03',
    end: '2010-02-03',
    quotes: { 'occurrence.start': '3 February 2010' },
  },
  {
    name: 'keeps the words but gives no dates when the cell holds no date',
    text: `${circ}Date of occurrence of breach\tongoing\nNature of breach\tAccess.`,
    start: null,
    end: null,
    quotes: { 'occurrence.text': 'ongoing' },
  },
  {
    name: 'gives null when the occurrence cell is empty and the next line is the next label',
    text: `${circ}Date of occurrence of breach\nNature of breach\tLate release.`,
    start: null,
    end: null,
  },
];

describe('occurrenceExtractor', () => {
  it.each(occurrenceRows)('$name', (row) => {
    const result = run(occurrenceExtractor, row.text, row.reportDate ? { reportDate: row.reportDate } : {});
    expect({ start: result.result.value.start, end: result.result.value.end }).toEqual({ start: row.start, end: row.end });
    for (const [path, quote] of Object.entries(row.quotes ?? {})) expect(quoteOf(result, path)).toBe(quote);
    if (row.start === null) expect(result.result.evidence['occurrence.start']).toBeUndefined();
  });
});
