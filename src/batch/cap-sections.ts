// The section texts a record keeps are capped: a record carries each section's text and, in its evidence, the same
// text again as the quote, so 110 text reports of 5 MB wrote 6.6 GB (13 times the input) and held 1.4 GB. A section
// longer than the cap keeps its beginning, with a warning giving the full length; the review page still shows the
// whole text, and every other field is extracted from the whole text as before.
import type { BreachRecord } from '../record/schema.js';

/** About 25 pages of text: far more than a breach report's section, far less than a hostile file's. */
export const maxSectionChars = 50_000;

/** `text` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * The record with each section text and every evidence quote cut to `max` characters (the same record if none is
 * longer). Field values are left whole.
 */
export function capSectionTexts(record: BreachRecord, max = maxSectionChars): BreachRecord {
  const long = Object.entries(record.sections).filter((entry): entry is [string, string] => entry[1] !== null && entry[1].length > max);
  const longQuotes = Object.keys(record.evidence).filter((path) => (record.evidence[path]?.quote.length ?? 0) > max && !path.startsWith('sections.'));
  if (long.length === 0 && longQuotes.length === 0) return record;
  const sections = { ...record.sections };
  const evidence = { ...record.evidence };
  const warnings = [...record.warnings];
  const diagnostics = [...record.diagnostics];
  for (const [name, text] of long) {
    const kept = cutAt(text, max);
    (sections as Record<string, string | null>)[name] = kept;
    const path = `sections.${name}`;
    const item = evidence[path];
    if (item && item.quote.length > kept.length) evidence[path] = { ...item, end: item.start + kept.length, quote: item.quote.slice(0, kept.length) };
    const reason = `The ${name} section is ${text.length} characters long; the record keeps its first ${kept.length}.`;
    warnings.push(reason);
    diagnostics.push({ code: 'section-text-capped', severity: 'warning', field: path, reason, place: evidence[path] ?? null });
  }
  // A field's own quote (an impact statement, say) copies the text as well: it keeps the same beginning.
  for (const path of longQuotes) {
    const item = evidence[path];
    if (!item) continue;
    const kept = cutAt(item.quote, max);
    evidence[path] = { ...item, end: item.start + kept.length, quote: kept };
    const reason = `The evidence quote of ${path} is ${item.quote.length} characters long; the record keeps its first ${kept.length}.`;
    diagnostics.push({ code: 'evidence-quote-capped', severity: 'info', field: path, reason, place: evidence[path] ?? null });
  }
  return { ...record, sections, evidence, warnings, diagnostics };
}

// Parts of the record that are not field values: capped above (sections, evidence), or ours (messages).
const notFieldValues = new Set(['sections', 'evidence', 'confidence', 'warnings', 'diagnostics', 'source', 'derived']);

/** A value that was cut: where, how long it was, how much was kept. */
interface CutValue {
  path: string;
  length: number;
  kept: number;
}

/** `value` with each string longer than `max` cut, each one cut added to `cut`. */
function cutLongStrings(value: unknown, max: number, path: string, cut: CutValue[]): unknown {
  if (typeof value === 'string') {
    if (value.length <= max) return value;
    const kept = cutAt(value, max);
    cut.push({ path, length: value.length, kept: kept.length });
    return kept;
  }
  if (Array.isArray(value)) return value.map((item, index) => cutLongStrings(item, max, `${path}[${index}]`, cut));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cutLongStrings(item, max, path === '' ? key : `${path}.${key}`, cut)]));
  }
  return value;
}

/**
 * The record with every field value (the impact statement, an action, the occurrence's text, ...) cut to `max`
 * characters, with a warning for each: a hostile file can make any of them as long as itself, and a record is
 * held, written and shown several times over. The same record when none is longer.
 */
export function capFieldValues(record: BreachRecord, max = maxSectionChars): BreachRecord {
  const cut: CutValue[] = [];
  const capped = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!notFieldValues.has(key)) capped[key] = cutLongStrings(value, max, key, cut);
  }
  if (cut.length === 0) return record;
  const reasons = cut.map(({ path, length, kept }) => ({ path, reason: `The value of ${path} is ${length} characters long; the record keeps its first ${kept}.` }));
  return {
    ...(capped as BreachRecord),
    warnings: [...record.warnings, ...reasons.map(({ reason }) => reason)],
    diagnostics: [
      ...record.diagnostics,
      ...reasons.map(({ path, reason }) => ({ code: 'value-capped', severity: 'warning' as const, field: path, reason, place: null })),
    ],
  };
}

/** The record as it is kept and written: section texts, quotes and field values each at most `max` characters. */
export function capRecordTexts(record: BreachRecord, max = maxSectionChars): BreachRecord {
  return capFieldValues(capSectionTexts(record, max), max);
}
