// The rows of a report's field table on the review page: one per field, one per list item, each with its value,
// how it was found (stated with evidence, derived, not stated) and the warnings that name it.
import type { BreachRecord, ConfidenceGrade } from '../record/schema.js';
import { summarisedFields, valueAtPath } from '../summary/summarise.js';

export const fieldStatuses = ['stated', 'derived', 'corrected', 'no-evidence', 'not-stated'] as const;
export type FieldStatus = (typeof fieldStatuses)[number];

export interface FieldRow {
  /** The field path, with the item index for list items: producer.name, practices[0]. */
  path: string;
  value: string;
  status: FieldStatus;
  /** Key into record.evidence when the value has evidence. */
  evidenceKey: string | null;
  page: number | null;
  /** How far the value can be trusted (record.confidence); null when there is no value. */
  confidence: ConfidenceGrade | null;
  /** Warnings the extraction gave about this field. */
  warnings: string[];
  /** The field a correction of this row names (the whole list for a list item): practices for practices[1]. */
  field: string;
  /** Whether this is the field's first row, where its edit box goes. */
  first: boolean;
  /** The person's note, for a corrected field. */
  note: string | null;
}

function itemText(field: string, item: unknown): string {
  if (typeof item !== 'object' || item === null) return String(item);
  const entry = item as Record<string, unknown>;
  if (field === 'practices') return `${String(entry.code)}: ${String(entry.text)}`;
  if (field === 'correctiveActions') return entry.term ? `[${String(entry.term)} term] ${String(entry.text)}` : String(entry.text);
  if (field === 'outputs') {
    const urls = Array.isArray(entry.urls) ? entry.urls.map(String) : [];
    return urls.length > 0 ? `${String(entry.title)} (${urls.join(', ')})` : String(entry.title);
  }
  return JSON.stringify(item);
}

function rowFor(record: BreachRecord, field: string, path: string, value: unknown, warningsFor: (path: string) => string[]): FieldRow {
  const evidence = record.evidence[path];
  const empty = value === null || value === undefined || value === '';
  const correction = record.corrections.findLast((entry) => entry.field === field);
  const status: FieldStatus = correction && !empty ? 'corrected' : empty ? 'not-stated' : record.derived.includes(path) ? 'derived' : evidence ? 'stated' : 'no-evidence';
  return {
    field,
    first: path === field || path === `${field}[0]`,
    note: correction ? correction.note : null,
    path,
    value: empty ? '' : String(value),
    status,
    evidenceKey: evidence && !empty ? path : null,
    page: evidence?.page ?? null,
    confidence: empty ? null : (record.confidence[path] ?? null),
    warnings: warningsFor(path),
  };
}

export function fieldRows(record: BreachRecord): FieldRow[] {
  const warningsFor = (path: string) => record.diagnostics.filter((message) => message.severity !== 'info' && message.field === path).map((message) => message.reason);
  const rows: FieldRow[] = [];
  for (const field of summarisedFields) {
    const value = valueAtPath(record, field);
    if (!Array.isArray(value)) {
      rows.push(rowFor(record, field, field, value, warningsFor));
      continue;
    }
    if (value.length === 0) rows.push(rowFor(record, field, field, null, warningsFor));
    // A warning about the list as a whole is shown on its first item.
    value.forEach((item, index) => {
      const row = rowFor(record, field, `${field}[${index}]`, itemText(field, item), warningsFor);
      rows.push(index === 0 ? { ...row, warnings: [...warningsFor(field), ...row.warnings] } : row);
    });
  }
  return rows;
}
