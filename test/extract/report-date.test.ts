import { describe, expect, it } from 'vitest';
import { reportDateExtractor } from '../../src/extract/report-date.js';
import { quoteOf, run } from '../helpers.js';

const core = '1. Core Information\nName of producer organisation\tNorthshire Data Agency\n';
const circ = '2. Circumstances of breach\n';

const reportRows: { name: string; text: string; date: string | null; quote?: string }[] = [
  { name: 'reads a long-form date in its 2018 cell', text: `${core}Date of report\t7th August 2020`, date: '2020-08-07', quote: '7th August 2020' },
  { name: 'reads a numeric day/month/year date (day first)', text: `${core}Date of report\t11/3/2020`, date: '2020-03-11', quote: '11/3/2020' },
  { name: 'reads a dotted date', text: `${core}Date of report\t25.04.2018`, date: '2018-04-25', quote: '25.04.2018' },
  { name: 'reads a date glued to its label', text: `${core}Date of report12 June 2019`, date: '2019-06-12', quote: '12 June 2019' },
  {
    name: 'takes the last date of the 2009 contact cell as the report date',
    text: '1. Background information\n\nName and contact details of person submitting this report, and date of report\n\nGwen Tudor, Head of Profession\nValley Statistics Office\n12 May 2011\n\n2. Circumstances of breach',
    date: '2011-05-12',
    quote: '12 May 2011',
  },
  // A report date with no year takes the breach's year, or the next one when the breach came later in its year.
  { name: 'takes the year of the occurrence for a report date written without one', text: `${core}Date of breach report\t12 March\n${circ}Date of occurrence of breach\t2 March 2022`, date: '2022-03-12', quote: '12 March' },
  { name: 'takes the next year when the breach fell later in its year', text: `${core}Date of report\t5th January\n${circ}Date of occurrence of breach\t28/12/2020`, date: '2021-01-05', quote: '5th January' },
  {
    name: 'takes the year of the account in a stacked 2009 report with no occurrence cell',
    text: '1. Background information\n\nName and contact details of person submitting this report, and date of report\n\nGwen Tudor, 9 July\n\n2. Circumstances of breach\n\nThe figures went out on 1 July 2012 by mistake.',
    date: '2012-07-09',
    quote: '9 July',
  },
  { name: 'gives null when the date cell is empty', text: `${core}Date of report\n${circ}`, date: null },
  { name: 'gives null when the date cell holds no date', text: `${core}Date of report\tto follow`, date: null },
];

describe('reportDateExtractor', () => {
  it.each(reportRows)('$name', (row) => {
    const result = run(reportDateExtractor, row.text);
    expect(result.result.value).toBe(row.date);
    if (row.quote) expect(quoteOf(result, 'reportDate')).toBe(row.quote);
    else expect(result.result.evidence['reportDate']).toBeUndefined();
  });
});

