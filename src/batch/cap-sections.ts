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
