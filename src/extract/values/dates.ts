// Dates and times as British reports write them, read through chrono-node's en-GB parser (day before month).
// Only the English locale: the package's main entry loads every language, which costs a quarter of a second at
// the start of each worker.
import * as chrono from 'chrono-node/en';
import type { Span } from '../../document.js';
import { allMatches } from '../../matches.js';

export interface FoundDate {
  /** ISO calendar date. */
  date: string;
  /** 'HH:MM' when a time of day was written with the date. */
  time: string | null;
  /** Span of the date as written, relative to the searched text. */
  span: Span;
  /** For "January 2019 to 9 March 2020": the range's last day. */
  end: string | null;
  dayKnown: boolean;
  yearKnown: boolean;
}

export interface FoundTime {
  /** 'HH:MM', 24-hour clock. */
  time: string;
  /** ISO calendar date when a date was written with the time. */
  date: string | null;
  span: Span;
}

const pad = (value: number) => String(value).padStart(2, '0');

// chrono's relative and casual parsers ("two days later", "today", "next week") are left out: a report's dates are read with no "now" to count from, so what they would give is wrong, and their
// patterns take a quarter of a second to compile in every worker.
export const relativeDateParsers: ReadonlySet<string> = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

/**
 * chrono's British English reader (day before month) with only the parsers for dates and times as written (the
 * weekday parser stays: it lets "Monday 2 November 2015" be read as one date).
 */
export const writtenDates = chrono.GB.clone();
writtenDates.parsers = writtenDates.parsers.filter((parser) => !relativeDateParsers.has(parser.constructor.name));

/** Same-length rewrites that help chrono without moving any offset. */
function prepare(text: string): string {
  return (
    text
      // "5 th March" -> "5th  March"
      .replace(/\b(\d{1,2}) (st|nd|rd|th)\b/gi, (_, day: string, suffix: string) => `${day}${suffix} `)
      // "25.04.2018" -> "25/04/2018"
      .replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b/g, (_, d: string, m: string, y: string) => `${d}/${m}/${y}`)
      // "9.30am" -> "9:30am", "09.30" -> "09:30"
      .replace(/\b(\d{1,2})\.(\d{2})(?=\s?(?:am|pm|a\.m\.|p\.m\.|hrs|hours)\b|\s+on\b)/gi, '$1:$2')
      // "on 19 Augus" where a text stops part-way: a day and the start of a month name that ends the text are
      // that month, abbreviated ("19 Aug. "; chrono needs the full stop when spaces follow); no finished word ends
      // that way.
      .replace(/(\b\d{1,2}(?:st|nd|rd|th)?\s+)([a-z]{4,8})$/i, (whole, day: string, cut: string) => {
        const month = monthNames.find((name) => name.startsWith(cut.toLowerCase()) && name !== cut.toLowerCase());
        return month ? `${day}${cut.slice(0, 3)}.${' '.repeat(cut.length - 4)}` : whole;
      })
      // "13:25pm": the meridiem contradicts a 24-hour time, drop it
      .replace(/\b(1[3-9]|2[0-3]):([0-5]\d)(am|pm)\b/gi, (_, h: string, m: string, meridiem: string) => `${h}:${m}${' '.repeat(meridiem.length)}`)
  );
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function componentsToIso(component: chrono.ParsedResult['start'], fallbackYear: number | null, role: 'start' | 'end'): { date: string; time: string | null; dayKnown: boolean; yearKnown: boolean } | null {
  const yearKnown = component.isCertain('year');
  const year = yearKnown ? component.get('year') : fallbackYear;
  const month = component.get('month');
  if (year === null || year === undefined || month === null || month === undefined || !component.isCertain('month')) return null;
  const dayKnown = component.isCertain('day');
  const day = dayKnown ? (component.get('day') ?? 1) : role === 'start' ? 1 : lastDayOfMonth(year, month);
  const time = component.isCertain('hour') ? `${pad(component.get('hour') ?? 0)}:${pad(component.get('minute') ?? 0)}` : null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, time, dayKnown, yearKnown };
}

// "14 and 15 May", "14, 15 and 16 May": chrono reads only the last day; the days listed before it share its month.
const listedDay = /(?:^|[^\w.\/:])(\d{1,2})(?:\s?(?:st|nd|rd|th))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/i;
const notADay = /\b(?:table|figure|chart|section|page|paragraph|practice|principle|protocol|version|issue|no\.?|number|annex|appendix|chapter)\s*$/i;

function listedDays(text: string, dateStart: number, date: { date: string; yearKnown: boolean }): FoundDate[] {
  const days: FoundDate[] = [];
  let before = text.slice(0, dateStart);
  let next = Number(date.date.slice(8, 10));
  for (let match = listedDay.exec(before); match?.[1]; match = listedDay.exec(before)) {
    const day = Number(match[1]);
    const at = match.index + match[0].indexOf(match[1]);
    if (day < 1 || day >= next || notADay.test(before.slice(0, at))) break;
    const written = /^\d{1,2}(?:\s?(?:st|nd|rd|th))?/i.exec(before.slice(at))?.[0] ?? match[1];
    days.unshift({ date: `${date.date.slice(0, 8)}${pad(day)}`, time: null, span: { start: at, end: at + written.length }, end: null, dayKnown: true, yearKnown: date.yearKnown });
    next = day;
    before = before.slice(0, at);
  }
  return days;
}

/**
 * Every calendar date in the text (a month at least), in order. A date written without a year takes
 * `fallbackYear` (the year of the report's other dates); without one it is skipped.
 */
// chrono runs its parsers over the whole text; a text with no month name and no digits joined by a date
// separator ("5/3", "2020-01", "25.04") holds no date whose month it is sure of, which is all that is kept (a
// time such as "09:30" on its own is no date).
const mayHoldDate = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}\s*[/.-]\s*\d{1,2}|\d{4}\s\d{1,2}\s\d{1,2}/i;

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const plainDate = new RegExp(
  `^(\\s*)((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthNames.join('|')})\\s+(\\d{4}))\\s*$`,
  'i',
);

/**
 * The commonest date cell, a day, a month and a year and nothing else ("8 November 2012", "Monday 2nd November
 * 2015"), read without chrono: a chrono call costs a tenth of a millisecond, mostly fixed cost, and a report has
 * several such cells. A test checks that it reads such cells exactly as chrono does; anything else goes to chrono.
 */
function readPlainDate(text: string): FoundDate | null {
  const match = plainDate.exec(text);
  if (!match) return null;
  const [, space = '', written = '', day = '', month = '', year = ''] = match;
  const monthNumber = monthNames.indexOf(month.toLowerCase()) + 1;
  const calendar = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  // "31 November" is not a date: chrono decides what to make of it.
  if (calendar.getUTCDate() !== Number(day) || calendar.getUTCFullYear() < 1000) return null;
  return {
    date: `${year}-${pad(monthNumber)}-${pad(Number(day))}`,
    time: null,
    span: { start: space.length, end: space.length + written.length },
    end: null,
    dayKnown: true,
    yearKnown: true,
  };
}

export function findDates(text: string, fallbackYear: number | null = null): FoundDate[] {
  const plain = readPlainDate(text);
  return plain ? [plain] : findDatesByChrono(text, fallbackYear);
}

/** findDates through chrono alone (exported for the test that holds the plain-date reading to it). */
export function findDatesByChrono(text: string, fallbackYear: number | null = null): FoundDate[] {
  if (!mayHoldDate.test(text)) return [];
  const reference = new Date(Date.UTC(fallbackYear ?? 2000, 6, 1));
  const results = writtenDates.parse(prepare(text), reference, { forwardDate: false });
  const found: FoundDate[] = [];
  for (const result of results) {
    const start = componentsToIso(result.start, fallbackYear, 'start');
    if (!start) continue;
    const end = result.end ? componentsToIso(result.end, fallbackYear ?? (result.start.isCertain('year') ? result.start.get('year') : null), 'end') : null;
    // chrono keeps a leading "on"/"at" ("on 3 May 2020"); the date as written starts after it.
    const lead = /^(?:on|at)\s+/i.exec(result.text)?.[0].length ?? 0;
    if (start.dayKnown) found.push(...listedDays(text, result.index + lead, start));
    found.push({
      ...start,
      span: { start: result.index + lead, end: result.index + result.text.length },
      end: end?.date ?? (start.dayKnown ? null : componentsToIso(result.start, fallbackYear, 'end')?.date ?? null),
    });
  }
  return found;
}

/** The first date in the text, or null. */
export function parseUkDate(text: string, fallbackYear: number | null = null): FoundDate | null {
  return findDates(text, fallbackYear)[0] ?? null;
}

// Not part of a dotted date ("25.05.2018") or a decimal: no digit or dot right before or after. The space before a
// meridiem belongs to the time only when a meridiem follows ("09:30 on" spans "09:30"), and a meridiem is a word of
// its own ("9 amendments" is no time).
// A four-digit 24-hour time with no "hrs" counts only with a leading zero after a word that introduces a time ("at
// 0930", "scheduled for 0700"): no year starts with a zero.
const timePattern = /(?<![\d.:])(?:([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d]|[.:]\d)(?:\s?(am|pm|a\.m\.|p\.m\.)(?![a-z]))?|(1[0-2]|0?[1-9])\s?(am|pm|a\.m\.|p\.m\.)(?![a-z])|([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours|h)\b|(?<=\b(?:at|for|until|from|by|of|before|after)\s)(0\d)([0-5]\d)(?![\d:\/-]|\.\d))/gi;

// Times in words: "half past nine", "quarter to ten", "seven o'clock", "noon". Without a meridiem, an hour from 7 to 11
// is the morning (the release hours) and one from 1 to 6 the afternoon.
const hourWords = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const wordTimePattern = new RegExp(
  `\\b(?:(half|quarter) (past|to) (${hourWords.join('|')})|(${hourWords.join('|')}) o'?\\s?clock|(noon|midday|midnight))(?:\\s?(am|pm|a\\.m\\.|p\\.m\\.|in the morning|in the afternoon|in the evening))?(?![a-z])`,
  'gi',
);

function wordTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  for (const match of allMatches(wordTimePattern, text)) {
    let hour: number;
    let minute = 0;
    if (match[5]) hour = match[5].toLowerCase() === 'midnight' ? 0 : 12;
    else {
      hour = hourWords.indexOf((match[3] ?? match[4] ?? '').toLowerCase());
      if (match[1]) {
        minute = match[1].toLowerCase() === 'half' ? 30 : match[2]?.toLowerCase() === 'past' ? 15 : 45;
        if (match[2]?.toLowerCase() === 'to') hour = (hour + 11) % 12;
      }
      const meridiem = (match[6] ?? '').toLowerCase().replace(/\./g, '');
      const afternoon = meridiem === 'pm' || meridiem.includes('afternoon') || meridiem.includes('evening') || (meridiem === '' && hour >= 1 && hour <= 6);
      if (afternoon && hour < 12) hour += 12;
    }
    found.push({ time: `${pad(hour)}:${pad(minute)}`, date: null, span: { start: match.index, end: match.index + match[0].length } });
  }
  return found;
}

/** Every time of day in the text ("09:30", "9.30am", "2pm", "1530hrs"), in order, 24-hour. */
export function findTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  for (const match of allMatches(timePattern, text)) {
    let hour: number;
    let minute: number;
    let meridiem: string | undefined;
    if (match[1] !== undefined) {
      hour = Number(match[1]);
      minute = Number(match[2]);
      meridiem = match[3];
    } else if (match[4] !== undefined) {
      hour = Number(match[4]);
      minute = 0;
      meridiem = match[5];
    } else if (match[6] !== undefined) {
      hour = Number(match[6]);
      minute = Number(match[7]);
    } else {
      hour = Number(match[8]);
      minute = Number(match[9]);
    }
    // A decimal such as "2.5" is not a time: a dotted time needs a meridiem or two-digit minutes in context.
    if (match[0].includes('.') && match[3] === undefined && /\d\.\d{2}\s*(?:%|per|million|billion)/i.test(text.slice(match.index, match.index + 20))) continue;
    const m = meridiem?.toLowerCase().replace(/\./g, '');
    if (m === 'pm' && hour < 12) hour += 12;
    if (m === 'am' && hour === 12) hour = 0;
    found.push({ time: `${pad(hour)}:${pad(minute)}`, date: null, span: { start: match.index, end: match.index + match[0].length } });
  }
  if (!/o'?\s?clock|half|quarter|noon|midday|midnight/i.test(text)) return found;
  return [...found, ...wordTimes(text)].sort((a, b) => a.span.start - b.span.start);
}

/** Minutes from one ISO date-time ('YYYY-MM-DDTHH:MM') to another; negative when `to` is earlier. */
export function minutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60000);
}

export function yearOf(isoDate: string | null | undefined): number | null {
  return isoDate ? Number(isoDate.slice(0, 4)) : null;
}
