// The flat CSV: one row per record, snake_case columns derived from the schema's paths, list items one a
// line, and the evidence (quote and page) of the key fields beside their values. Cells that a spreadsheet would
// run as a formula are neutralised with a leading apostrophe.
import { z } from 'zod';
import { gradeOfValue } from '../record/confidence.js';
import { recordSchema, type BreachRecord } from '../record/schema.js';
import { cellText, csvText, neutraliseFormula, type CsvTextOptions } from './csv-text.js';

export { listItemText, listSeparator, listSeparatorName, neutraliseFormula, type CsvTextOptions } from './csv-text.js';

// Shown in JSON only: too large or too nested for a cell (the key fields' evidence gets its own columns; the
// timeline has its own file, timeline.csv).
const jsonOnly = new Set(['evidence', 'diagnostics', 'timeline', 'confidence']);

/**
 * The fields a researcher checks first: each gets two evidence columns right after its value, `<column>_quote`
 * (the text the value was read from) and `<column>_page` (its page, for PDFs). List items carry their evidence
 * in the companion files instead.
 */
export const evidencedFields = [
  'producer.name',
  'reporter.name',
  'reportDate',
  'occurrence.start',
  'breachType',
  'timing.delayMinutes',
  'timing.earlyMinutes',
] as const;

/**
 * The fields whose confidence grade gets a column, `<column>_confidence`, after the value (and its evidence): the
 * ones a study of breaches counts and compares. A list's grade is the weakest of its items'.
 */
export const gradedFields = [
  'producer.name',
  'reporter.name',
  'reportDate',
  'occurrence.start',
  'practices',
  'breachType',
  'timing.scheduled',
  'timing.actual',
  'timing.delayMinutes',
  'timing.earlyMinutes',
  'timing.exposureMinutes',
] as const;

export type EvidencePart = 'quote' | 'page';

export interface CsvColumn {
  name: string;
  /** Path of the value in the record, e.g. ['producer', 'name']. */
  path: string[];
  /** For lists of objects: which key of each item the column shows. */
  itemKey: string | null;
  /** For evidence columns: which part of evidence[path] the column shows. */
  evidencePart: EvidencePart | null;
  /** For confidence columns: the grade of the value at path. */
  grade?: true;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

export function snakeCase(parts: readonly string[]): string {
  return parts.map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()).join('_');
}

const evidenced = new Set<string>(evidencedFields);
const graded = new Set<string>(gradedFields);

let columnsOfSchema: readonly CsvColumn[] | null = null;

// Worked out once: every row of a batch needs them.
function schemaColumns(): readonly CsvColumn[] {
  columnsOfSchema ??= columnsOf();
  return columnsOfSchema;
}

/** Columns in schema order: one per scalar leaf, one per key of a list's items, evidence after key fields. */
export function csvColumns(): CsvColumn[] {
  return [...schemaColumns()];
}

function columnsOf(): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const walk = (schema: z.ZodType, path: string[]) => {
    const inner = unwrap(schema);
    if (inner instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        if (path.length === 0 && jsonOnly.has(key)) continue;
        walk(child, [...path, key]);
      }
      return;
    }
    if (inner instanceof z.ZodArray) {
      const element = unwrap(inner.element as z.ZodType);
      if (element instanceof z.ZodObject) {
        for (const key of Object.keys(element.shape)) columns.push({ name: snakeCase([...path, key]), path, itemKey: key, evidencePart: null });
        if (graded.has(path.join('.'))) columns.push({ name: `${snakeCase(path)}_confidence`, path, itemKey: null, evidencePart: null, grade: true });
        return;
      }
    }
    const name = snakeCase(path);
    columns.push({ name, path, itemKey: null, evidencePart: null });
    if (evidenced.has(path.join('.'))) {
      for (const part of ['quote', 'page'] as const) columns.push({ name: `${name}_${part}`, path, itemKey: null, evidencePart: part });
    }
    if (graded.has(path.join('.'))) columns.push({ name: `${name}_confidence`, path, itemKey: null, evidencePart: null, grade: true });
  };
  walk(recordSchema, []);
  return columns;
}

/** The value a column shows for a record, as it is (csvRow makes it text). */
export function columnValue(record: BreachRecord, column: CsvColumn): unknown {
  if (column.grade) return gradeOfValue(record, column.path.join('.'));
  if (column.evidencePart) return record.evidence[column.path.join('.')]?.[column.evidencePart] ?? null;
  let current: unknown = record;
  for (const key of column.path) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  if (column.itemKey && Array.isArray(current)) return current.map((item: Record<string, unknown>) => item[column.itemKey ?? '']);
  return current;
}

export function csvHeader(): string[] {
  return schemaColumns().map((column) => column.name);
}

/** The cells of one record's row, in csvColumns() order. */
export function csvRow(record: BreachRecord): string[] {
  return schemaColumns().map((column) => cellText(columnValue(record, column)));
}

/** One row per record (failed ones too), in the order given; `bom: true` for a file Excel opens as UTF-8. */
export function recordsToCsv(records: readonly BreachRecord[], options: CsvTextOptions = {}): string {
  return csvText(csvHeader(), records.map(csvRow), options);
}

