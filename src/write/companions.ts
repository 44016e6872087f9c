// The long-format companions of records.csv: one row per item of a list field (outputs, practices, corrective
// actions, timeline events), keyed by the record id, with the item's evidence. They load straight into pandas or R and join to
// records.csv on record_id.
import { z } from 'zod';
import { recordSchema, type BreachRecord } from '../record/schema.js';
import { cellText, csvText, type CsvTextOptions } from './csv-text.js';
import { snakeCase } from './csv.js';
import { practiceTitle } from '../codebook/codebook.js';

export const companionFields = ['outputs', 'practices', 'correctiveActions', 'timeline'] as const;
export type CompanionField = (typeof companionFields)[number];

export interface CompanionTable {
  field: CompanionField;
  fileName: string;
  header: string[];
}

// Columns every companion file starts and ends with; the item's own keys (from the schema) go between.
export const companionKeyColumns = ['record_id', 'source_path', 'item_index'] as const;
export const companionEvidenceColumns = ['quote', 'page'] as const;

/**
 * A column a companion file adds after one of the item's own keys, looked up rather than read from the report: a
 * practice's title from the codebook, so that "T3.4" or "Pr2.8" can be read without the Code at hand.
 */
interface LookedUpColumn {
  after: string;
  name: string;
  value: (item: Record<string, unknown>) => unknown;
}

const lookedUpColumns: Partial<Record<CompanionField, LookedUpColumn>> = {
  practices: { after: 'code', name: 'title', value: (item) => (typeof item.code === 'string' ? practiceTitle(item.code) : null) },
};

/** The looked-up column of a companion file, by its name, for the data dictionary. */
export function lookedUpColumn(field: CompanionField, name: string): LookedUpColumn | null {
  const column = lookedUpColumns[field];
  return column?.name === name ? column : null;
}

const keysOfField = new Map<CompanionField, string[]>();

function itemKeys(field: CompanionField): string[] {
  const known = keysOfField.get(field);
  if (known) return known;
  const list = recordSchema.shape[field];
  const element = list.element as z.ZodType;
  if (!(element instanceof z.ZodObject)) throw new Error(`${field}: companion files need a list of objects`);
  // An item's own evidence (timeline events carry theirs) goes into the evidence columns.
  const keys = Object.keys(element.shape).filter((key) => key !== 'evidence');
  keysOfField.set(field, keys);
  return keys;
}

function itemColumnNames(field: CompanionField): string[] {
  const lookedUp = lookedUpColumns[field];
  return itemKeys(field).flatMap((key) => (lookedUp?.after === key ? [snakeCase([key]), lookedUp.name] : [snakeCase([key])]));
}

let tablesOfSchema: readonly CompanionTable[] | null = null;

export function companionFileName(field: CompanionField): string {
  return `${snakeCase([field])}.csv`;
}

export function companionTables(): CompanionTable[] {
  tablesOfSchema ??= companionFields.map((field) => ({
    field,
    fileName: companionFileName(field),
    header: [...companionKeyColumns, ...itemColumnNames(field), ...companionEvidenceColumns],
  }));
  return tablesOfSchema.map((table) => ({ ...table, header: [...table.header] }));
}

/**
 * The values one record gives in the companion file of `field`, one row per item of the list, as they are (the
 * xlsx sheets type them; the CSV files make them text).
 */
export function companionValues(record: BreachRecord, field: CompanionField): unknown[][] {
  const keys = itemKeys(field);
  const items = record[field] as readonly Record<string, unknown>[];
  return items.map((item, index) => {
    // The item's own evidence, else the same key as the JSON evidence: outputs[0], practices[1], ...
    const own = (item as { evidence?: BreachRecord['evidence'][string] }).evidence;
    const evidence = own ?? record.evidence[`${field}[${index}]`];
    const values = keys.flatMap((key) => {
      const lookedUp = lookedUpColumns[field];
      return lookedUp?.after === key ? [item[key], lookedUp.value(item)] : [item[key]];
    });
    return [record.recordId, record.source.path, index, ...values, evidence?.quote ?? null, evidence?.page ?? null];
  });
}

/** The rows one record gives in the companion file of `field`: one per item of the list. */
export function companionRows(record: BreachRecord, field: CompanionField): string[][] {
  return companionValues(record, field).map((row) => row.map(cellText));
}

/** The companion files as { fileName: text }, rows in record order then item order. */
export function recordsToCompanionCsvs(records: readonly BreachRecord[], options: CsvTextOptions = {}): Record<string, string> {
  return Object.fromEntries(
    companionTables().map((table) => [table.fileName, csvText(table.header, records.flatMap((record) => companionRows(record, table.field)), options)]),
  );
}
