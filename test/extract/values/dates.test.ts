import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, findDatesByChrono, findTimes, minutesBetween, parseUkDate, relativeDateParsers, writtenDates, yearOf } from '../../../src/extract/values/dates.js';

describe('parseUkDate', () => {
  it.each([
    ['11/3/2020', null, '2020-03-11', '11/3/2020'],
    ['25.04.2018', null, '2018-04-25', '25.04.2018'],
    ['7th August 2020', null, '2020-08-07', '7th August 2020'],
    ['5 th March', 2021, '2021-03-05', '5 th March'],
    ['Monday 2 November 2015', null, '2015-11-02', 'Monday 2 November 2015'],
    ['on 01/02/2019 we', null, '2019-02-01', '01/02/2019'],
    ['March 2017', null, '2017-03-01', 'March 2017'],
    ['released at 09:30 on 5/3/2020', null, '2020-03-05', '09:30 on 5/3/2020'],
    ['on 2020-01-02 at 10:00', null, '2020-01-02', '2020-01-02 at 10:00'],
  ] as const)('%j (year %s) -> %s', (text, year, iso, written) => {
    const found = parseUkDate(text, year);
    expect(found?.date).toBe(iso);
    expect(found && text.slice(found.span.start, found.span.end)).toBe(written);
  });

  it.each([
    ['no date here', null],
    ['5 th March', null],
    ['', null],
    // A time of day alone is no date.
    ['published at 09:30 and withdrawn at 10:15', 2020],
    // Relative dates have no "now" to count from in a report: they are not read as dates.
    ['two days later', 2020],
    ['the next day', 2020],
    ['within 3 days', 2020],
    ['published today', 2020],
  ] as const)('%j (year %s) -> null', (text, year) => {
    expect(parseUkDate(text, year)).toBeNull();
  });
});

describe('writtenDates', () => {
  // Parsers are picked by class name: a chrono upgrade that renames them must fail here, not silently.
  it('keeps the parsers for written dates and times and drops every relative one by name', () => {
    const names = writtenDates.parsers.map((parser) => parser.constructor.name);
    for (const kept of ['ENMonthNameLittleEndianParser', 'ENMonthNameParser', 'SlashDateFormatParser', 'ENTimeExpressionParser', 'ISOFormatParser', 'ENWeekdayParser']) expect(names).toContain(kept);
    for (const dropped of relativeDateParsers) expect(names).not.toContain(dropped);
    expect(names.length).toBe(10);
  });
});

describe('findDates on a plain date cell', () => {
  const months = ['January', 'february', 'MARCH', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const weekdays = ['', 'Monday ', 'tuesday, ', 'Wednesday ', 'Thursday ', 'Friday ', 'Saturday ', 'Sunday '];
  it('reads "[weekday] day[suffix] month year" cells exactly as chrono does, impossible days included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...weekdays),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('', 'st', 'nd', 'rd', 'th'),
        fc.constantFrom(...months),
        fc.integer({ min: 1990, max: 2035 }),
        fc.constantFrom('', ' ', '\n', '  \t'),
        fc.constantFrom(null, 2019),
        (weekday, day, suffix, month, year, around, fallbackYear) => {
          const text = `${around}${weekday}${day}${suffix} ${month} ${year}${around}`;
          expect(findDates(text, fallbackYear)).toEqual(findDatesByChrono(text, fallbackYear));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('findDates', () => {
  it('reads the time written with a date ("9 July 2021 at 9.30am")', () => {
    const [found] = findDates('9 July 2021 at 9.30am');
    expect(found).toMatchObject({ date: '2021-07-09', time: '09:30', dayKnown: true, yearKnown: true });
  });

  it('reads a month-to-day range as first of the month to the last day ("January 2019 to 9 March 2020")', () => {
    const [found] = findDates('January 2019 to 9 March 2020');
    expect(found).toMatchObject({ date: '2019-01-01', end: '2020-03-09', dayKnown: false });
  });

  it('reads a month alone as the whole month', () => {
    const [found] = findDates('in February 2020');
    expect(found).toMatchObject({ date: '2020-02-01', end: '2020-02-29', dayKnown: false });
  });

  // A text that stops part-way can stop inside a month's name.
  it.each([
    ['publication at 9.30am on 19 Augus', '2021-08-19'],
    ['the figures for 3 Septem', '2021-09-03'],
    ['on the 12th Decemb', '2021-12-12'],
  ])('reads a date whose month is cut off where the text ends (%j)', (text, date) => {
    expect(findDates(text, 2021).map((found) => found.date)).toEqual([date]);
  });

  it.each([['on 5 Ma'], ['the 4 Marchers'], ['3 Augus was here']])('reads no cut month that is not at the end or too short (%j)', (text) => {
    expect(findDates(text, 2021)).toEqual([]);
  });

  it('reads several dates in order with spans into the text', () => {
    const text = 'on 3 May 2020 and again on 14/05/2020';
    const found = findDates(text);
    expect(found.map((date) => date.date)).toEqual(['2020-05-03', '2020-05-14']);
    expect(found.map((date) => text.slice(date.span.start, date.span.end))).toEqual(['3 May 2020', '14/05/2020']);
  });

  it.each([
    ['14 and 15 May 2020', [['2020-05-14', '14'], ['2020-05-15', '15 May 2020']]],
    ['14, 15 and 16 May 2020', [['2020-05-14', '14'], ['2020-05-15', '15'], ['2020-05-16', '16 May 2020']]],
    ['1st & 3rd May 2020', [['2020-05-01', '1st'], ['2020-05-03', '3rd May 2020']]],
    ['Table 4 and 5 May 2020', [['2020-05-05', '5 May 2020']]],
    ['1-3 May 2020', [['2020-05-01', '1-3 May 2020']]],
  ] as const)('reads the days listed before a date as dates of its month: %j', (text, expected) => {
    const found = findDates(text);
    expect(found.map((date) => [date.date, text.slice(date.span.start, date.span.end)])).toEqual(expected);
  });

  it('marks a date whose year came from the fallback', () => {
    expect(findDates('5 March', 2019)[0]).toMatchObject({ date: '2019-03-05', yearKnown: false });
  });
});

describe('findTimes', () => {
  it.each([
    ['09:30', '09:30', '09:30'],
    ['at 9.30am', '09:30', '9.30am'],
    ['at 9.30 am on', '09:30', '9.30 am'],
    ['09:30 on Thursday', '09:30', '09:30'],
    ['at 2pm', '14:00', '2pm'],
    ['at 2 p.m.', '14:00', '2 p.m.'],
    ['12pm', '12:00', '12pm'],
    ['12am', '00:00', '12am'],
    ['1530hrs', '15:30', '1530hrs'],
    ['13:25pm', '13:25', '13:25pm'],
  ] as const)('%j -> %s (written %j)', (text, time, written) => {
    const [found] = findTimes(text);
    expect(found?.time).toBe(time);
    expect(found && text.slice(found.span.start, found.span.end)).toBe(written);
  });

  // Times in words, and a bare four-digit time with its leading zero after a word that introduces a time.
  it.each([
    ['at half past nine on 19 August', '09:30'],
    ['at quarter to ten', '09:45'],
    ["at two o'clock the upload failed", '14:00'],
    ['half past five in the afternoon', '17:30'],
    ['by noon', '12:00'],
    ['scheduled for 0700 on 20/04/2021', '07:00'],
    ['due to be released at 0930.', '09:30'],
  ])('reads the time in %j', (text, time) => {
    expect(findTimes(text).map((found) => found.time)).toEqual([time]);
  });

  it.each([['in 2021 at 1999'], ['reference 0930 of the file'], ['code 0700-12']])('reads no bare four-digit time in %j', (text) => {
    expect(findTimes(text)).toEqual([]);
  });

  it.each([['there were 9 amendments'], ['no times'], ['a rise of 2.50 per cent'], ['']])('%j has no time', (text) => {
    expect(findTimes(text)).toEqual([]);
  });
});

describe('minutesBetween', () => {
  it.each([
    ['2020-05-14T09:30', '2020-05-14T11:45', 135],
    ['2020-05-14T09:30', '2020-05-14T09:30', 0],
    ['2020-05-14T09:30', '2020-05-13T15:30', -1080],
    ['2020-05-14T23:50', '2020-05-15T00:10', 20],
    ['2020-03-28T09:30', '2020-03-30T09:30', 2880],
  ] as const)('%s -> %s = %d', (from, to, minutes) => {
    expect(minutesBetween(from, to)).toBe(minutes);
  });
});

describe('yearOf', () => {
  it.each([
    ['2020-05-14', 2020],
    [null, null],
    [undefined, null],
    ['', null],
  ] as const)('%j -> %j', (iso, year) => {
    expect(yearOf(iso)).toBe(year);
  });
});
