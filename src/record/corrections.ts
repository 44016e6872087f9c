// Corrections a person made on the review page, kept in corrections.csv (record_id, field, value, note) and applied
// over the extracted record on every later run (--corrections): the extraction stays as it was in the journal,
// the correction is layered on top with its own provenance (the note, in `corrections`), and a value the record
// contract refuses is not applied but reported.
import { parse } from 'csv-parse/sync';
import { findProducer } from '../lexicon/producers.js';
import { summarisedFields } from '../summary/summarise.js';
import { breachKeyOf } from './breach-key.js';
import { recordSchema, type BreachRecord } from './schema.js';

/** The CSV header of corrections.csv, in order. */
export const correctionColumns = ['record_id', 'field', 'value', 'note'] as const;

/** The `field` of a row that marks a report checked rather than correcting a value. */
export const checkedMark = 'checked';

/** Fields a person may correct: the values the review page shows (the canonical producer follows the name). */
export const correctableFields: readonly string[] = summarisedFields.filter((field) => field !== 'producer.canonical');

export interface Correction {
  recordId: string;
  field: string;
  value: string;
  note: string;
  /** Line of corrections.csv, for messages. */
  line: number;
}

export class CorrectionsError extends Error {}

function unguarded(cell: string): string {
  return /^'[\s]*[=+\-@]|^'[\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * The corrections of a corrections.csv text, by record id, in file order; a later row for the same record and
 * field replaces an earlier one. Throws a CorrectionsError naming the line for a row that cannot be applied to any
 * record (a missing column, an unknown field).
 */
export function parseCorrections(text: string, fileName: string): Map<string, Correction[]> {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new CorrectionsError(`${fileName}: not a CSV file this can read (${error instanceof Error ? error.message : String(error)})`);
  }
  const [header, ...body] = rows;
  const names = (header ?? []).map((name) => name.trim().toLowerCase());
  const at = Object.fromEntries(correctionColumns.map((name) => [name, names.indexOf(name)])) as Record<(typeof correctionColumns)[number], number>;
  const missing = correctionColumns.filter((name) => at[name] < 0);
  if (missing.length > 0) throw new CorrectionsError(`${fileName}: line 1 must name the columns ${correctionColumns.join(', ')} (missing: ${missing.join(', ')})`);
  const byRecord = new Map<string, Correction[]>();
  body.forEach((row, index) => {
    const line = index + 2;
    const cell = (name: (typeof correctionColumns)[number]) => row[at[name]] ?? '';
    const recordId = cell('record_id').trim();
    const field = cell('field').trim();
    if (!/^[0-9a-f]{16}$/.test(recordId)) throw new CorrectionsError(`${fileName}: line ${line}: "${recordId}" is not a record id (16 hex characters)`);
    if (field !== checkedMark && !correctableFields.includes(field)) {
      throw new CorrectionsError(`${fileName}: line ${line}: "${field}" is not a field that can be corrected (one of: ${checkedMark}, ${correctableFields.join(', ')})`);
    }
    const list = byRecord.get(recordId) ?? [];
    // Every CSV file breach-extract writes (the review page's export too) guards a formula-like cell with an
    // apostrophe; it is not part of the value.
    const correction = { recordId, field, value: unguarded(cell('value')), note: unguarded(cell('note')), line };
    const earlier = list.findIndex((other) => other.field === field);
    if (earlier >= 0) list.splice(earlier, 1);
    list.push(correction);
    byRecord.set(recordId, list);
  });
  return byRecord;
}

const listFields: Record<string, (item: string) => unknown> = {
  outputs: (title) => ({ title, urls: [] }),
  practices: (code) => ({ code, text: code }),
  correctiveActions: (text) => ({ text, term: null }),
  previousBreaches: (text) => text,
  statementLinks: (text) => text,
};

const wholeNumberFields = new Set(['timing.delayMinutes', 'timing.earlyMinutes', 'timing.exposureMinutes']);
const dateFields = new Set(['reportDate', 'occurrence.start', 'occurrence.end']);

/** Why a typed date or date-time is no day of the calendar ("2021-02-30"), which its pattern alone lets through. */
function calendarProblem(field: string, value: unknown): string | null {
  if (typeof value !== 'string' || !(dateFields.has(field) || dateTimeFields.has(field))) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? null : 'not a day of the calendar';
}
const dateTimeFields = new Set(['timing.scheduled', 'timing.actual']);

/** The value the record holds for what a person typed: lists one item a line, empty for "not stated". */
function valueOf(field: string, typed: string): unknown {
  const value = typed.trim();
  const toList = listFields[field];
  if (toList) return value.split(/\r?\n/).map((item) => item.trim()).filter((item) => item !== '').map(toList);
  if (value === '') return null;
  if (wholeNumberFields.has(field)) return /^\d+$/.test(value) ? Number(value) : value;
  // "2021-06-15 09:30", as a spreadsheet shows a date-time, is the record's "2021-06-15T09:30".
  if (dateTimeFields.has(field)) return value.replace(/^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})$/, '$1T$2');
  return value;
}

/** The value at a field path in the form a correction is written in: list items one a line, empty for null. */
export function correctionText(record: BreachRecord, field: string): string {
  let current: unknown = record;
  for (const key of field.split('.')) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : null;
  if (Array.isArray(current)) {
    return current
      .map((item: unknown) => {
        if (typeof item !== 'object' || item === null) return String(item);
        const entry = item as Record<string, unknown>;
        return String(entry.code ?? entry.title ?? entry.text ?? '');
      })
      .join('\n');
  }
  return current === null || current === undefined ? '' : String(current);
}

function withValue(record: BreachRecord, field: string, value: unknown): BreachRecord {
  const [head, tail] = field.split('.') as [keyof BreachRecord, string | undefined];
  if (tail === undefined) return { ...record, [head]: value };
  return { ...record, [head]: { ...(record[head] as object), [tail]: value } };
}

const ownsKey = (field: string) => (key: string) => key === field || key.startsWith(`${field}[`);

export interface CorrectionOutcome {
  record: BreachRecord;
  applied: number;
  /** Corrections not applied, each with the reason, in words for the summary. */
  refused: string[];
}

/**
 * The record with the corrections applied in order. Each corrected field loses its extracted evidence and derived
 * mark and gets grade high (a person read it); the producer's canonical id and the breach key follow.
 */
export function applyCorrections(record: BreachRecord, corrections: readonly Correction[], fileName: string): CorrectionOutcome {
  let current = record;
  let applied = 0;
  const refused: string[] = [];
  for (const correction of corrections) {
    if (correction.field === checkedMark) {
      current = { ...current, checked: true };
      continue;
    }
    const previous = correctionText(current, correction.field);
    let next = withValue(current, correction.field, valueOf(correction.field, correction.value));
    if (correction.field === 'producer.name' || correction.field === 'producer.abbreviation') {
      const producer = findProducer(next.producer.name, next.producer.abbreviation);
      next = { ...next, producer: { ...next.producer, canonical: producer?.id ?? null } };
    }
    const owned = ownsKey(correction.field);
    const keep = <T>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([key]) => !owned(key)));
    const grades = keep(current.confidence);
    const items = valueOf(correction.field, correction.value);
    if (Array.isArray(items)) items.forEach((_item, index) => (grades[`${correction.field}[${index}]`] = 'high'));
    else if (items !== null) grades[correction.field] = 'high';
    next = {
      ...next,
      evidence: keep(current.evidence),
      confidence: grades,
      derived: current.derived.filter((path) => !owned(path)),
      corrections: [...current.corrections, { field: correction.field, value: correction.value, previous, note: correction.note }],
    };
    next = { ...next, breachKey: next.status === 'failed' || next.status === 'skipped' ? next.breachKey : breachKeyOf(next) };
    const checked = recordSchema.safeParse(next);
    const calendar = calendarProblem(correction.field, items);
    if (!checked.success || calendar) {
      const issue = checked.success ? null : checked.error.issues[0];
      const why = calendar ?? (issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a valid value');
      refused.push(`${fileName} line ${correction.line}: ${correction.field} "${correction.value}" was not applied to ${record.source.path} (${why})`);
      continue;
    }
    current = checked.data;
    applied += 1;
  }
  return { record: current, applied, refused };
}
