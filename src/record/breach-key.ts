// One breach, one key: copies of one report (its PDF and its DOCX, a re-issued version, the web page) are
// different files with different record ids, but name the same producer, output and day. The key is built from
// those, in a form a person can read and check: "<producer>/<first output>/<date>".
import type { BreachRecord } from './schema.js';

// Long output titles differ most in their tails (an edition, a link); the first words name the output.
const maxTitleLength = 80;

/** Lower case ASCII words joined by hyphens: accents, punctuation and spacing never split a key. */
export function keySlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxTitleLength)
    .replace(/-+$/, '');
}

type KeyedValues = Pick<BreachRecord, 'producer' | 'outputs' | 'occurrence' | 'reportDate'>;

/**
 * The breach's key: the canonical producer (else the producer's name as a slug), the first output's title as a
 * slug, and the day it happened (else the day of the report). Null when the producer, the output or both dates
 * are missing: such records are not grouped, as a key from less would join different breaches.
 */
export function breachKeyOf(values: KeyedValues): string | null {
  const producer = values.producer.canonical ?? (values.producer.name ? keySlug(values.producer.name) : '');
  const output = values.outputs[0] ? keySlug(values.outputs[0].title) : '';
  const day = values.occurrence.start ?? values.reportDate;
  if (!producer || !output || !day) return null;
  return `${producer}/${output}/${day}`;
}
