// Spans of time as reports write them ("2 hours and 15 minutes", "eight minutes", "a quarter of an hour", "an hour
// and a half"), as minutes. One grammar for the stated durations of timing.ts and the relative moments of the
// timeline ("noticed 10 minutes later").
import { numberWordPattern, parseNumber } from './text.js';

const unitMinutes: Record<string, number> = { minute: 1, min: 1, hour: 60, hr: 60, day: 1440, week: 10080 };
const countedSource = `(${numberWordPattern})\\s*(minute|min|hour|hr|day|week)s?(?:\\s*(?:and|,)?\\s*(${numberWordPattern})\\s*(minute|min)s?)?`;
// Parts of an hour as people write them: "a quarter of an hour", "half an hour", "an hour and a half",
// "two and a half hours".
const hourFractions: readonly [RegExp, (amount: number) => number][] = [
  [/^(?:a |one )?quarter of an? hour$/i, () => 15],
  [/^half an? hour$/i, () => 30],
  [/^three[- ]quarters of an? hour$/i, () => 45],
  [new RegExp(`^(${numberWordPattern}) hours? and a half$`, 'i'), (amount) => amount * 60 + 30],
  [new RegExp(`^(${numberWordPattern}) hours? and a quarter$`, 'i'), (amount) => amount * 60 + 15],
  [new RegExp(`^(${numberWordPattern}) and a half hours?$`, 'i'), (amount) => amount * 60 + 30],
];
const fractionSource = `(?:(?:a |one )?quarter of an? hour|half an? hour|three[- ]quarters of an? hour|(?:${numberWordPattern}) hours? and a (?:half|quarter)|(?:${numberWordPattern}) and a half hours?)`;
export const durationSource = `(?:${fractionSource}|${countedSource})`;
const wholeCounted = new RegExp(`^${countedSource}$`, 'i');

/** "2 hours and 15 minutes" -> 135; "eight minutes" -> 8; "a quarter of an hour" -> 15. */
export function parseDuration(text: string): number | null {
  const written = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, minutes] of hourFractions) {
    const fraction = pattern.exec(written);
    if (!fraction) continue;
    const amount = fraction[1] ? parseNumber(fraction[1]) : 0;
    return amount === null ? null : Math.round(minutes(amount));
  }
  const match = wholeCounted.exec(written);
  if (!match) return null;
  const amount = parseNumber(match[1] ?? '');
  const unit = unitMinutes[(match[2] ?? '').toLowerCase()];
  if (amount === null || unit === undefined) return null;
  const extra = match[3] ? (parseNumber(match[3]) ?? 0) : 0;
  return Math.round(amount * unit + extra);
}
