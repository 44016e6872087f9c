// The flat CSV: one row per record, snake_case columns derived from the schema's paths, lists joined with
// "; ". Cells that a spreadsheet would run as a formula are neutralised with a leading apostrophe.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { recordSchema, type BreachRecord } from '../record/schema.js';

export const listSeparator = '; ';

// Shown in JSON only: too large or too nested for a cell.
const jsonOnly = new Set(['evidence', 'diagnostics']);

export interface CsvColumn {
  name: string;
  path: string[];
  /** For lists of objects: which key of each item the column shows. */
  itemKey: string | null;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

export function snakeCase(parts: string[]): string {
  return parts.map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()).join('_');
}

/** Columns in schema order: one per scalar leaf, one per key of a list's items. */
export function csvColumns(): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const walk = (schema: z.ZodType, path: string[]) => {
    const inner = unwrap(schema);
    if (inner instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        if (path.length === 0 && jsonOnly.has(key)) continue;
        walk(child, [...path, key]);
      }
    } else if (inner instanceof z.ZodArray) {
      const element = unwrap(inner.element as z.ZodType);
      if (element instanceof z.ZodObject) {
        for (const key of Object.keys(element.shape)) columns.push({ name: snakeCase([...path, key]), path, itemKey: key });
      } else columns.push({ name: snakeCase(path), path, itemKey: null });
    } else columns.push({ name: snakeCase(path), path, itemKey: null });
  };
  walk(recordSchema, []);
  return columns;
}

/** Text a spreadsheet would treat as a formula gets a leading apostrophe, shown as text. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(listSeparator);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function valueAt(record: BreachRecord, column: CsvColumn): unknown {
  let current: unknown = record;
  for (const key of column.path) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  if (column.itemKey && Array.isArray(current)) return current.map((item: Record<string, unknown>) => item[column.itemKey ?? '']);
  return current;
}

export function csvHeader(): string[] {
  return csvColumns().map((column) => column.name);
}

export function recordsToCsv(records: readonly BreachRecord[]): string {
  const columns = csvColumns();
  const rows = records.map((record) => columns.map((column) => neutraliseFormula(cellText(valueAt(record, column)))));
  return stringify([columns.map((column) => column.name), ...rows], { quoted_match: /[\n\r",;]/, record_delimiter: '\r\n' });
}
