// docs/fields.md, generated from the record schema: every CSV column (records.csv and the companion files) and
// every JSON field, with its type, meaning and an example. `npm run docs` writes it; a test fails when it is stale.
import { companionEvidenceColumns, companionKeyColumns, companionTables, lookedUpColumn, type CompanionField } from './companions.js';
import { csvColumns, evidencedFields, listSeparatorName, type CsvColumn } from './csv.js';
import { schemaFields, type SchemaField } from './schema-fields.js';
import { codebookMarkdown } from '../codebook/codebook.js';

type EvidencedField = (typeof evidencedFields)[number];

// What an evidence quote typically looks like for each key field (the schema holds examples of values, not quotes).
const quoteExamples: Record<EvidencedField, string> = {
  'producer.name': 'Office for National Statistics (ONS)',
  'reporter.name': 'Jane Doe',
  reportDate: '17 June 2021',
  'occurrence.start': '15 June 2021',
  breachType: 'published 42 minutes after the pre-announced time',
  'timing.delayMinutes': 'released at 10:12am instead of 9:30am',
  'timing.earlyMinutes': '18 hours before',
};

// Columns that are looked up, not read from the report (companions.ts): what they mean.
const lookedUpMeanings: Record<string, string> = {
  title: "the practice's short title in the codebook (see Codebook below; our summary of the Code's text, with its source); empty for a code the codebook does not hold",
};
const lookedUpExamples: Record<string, string> = { title: 'Release to all users at 9.30am on a weekday' };

interface Row {
  name: string;
  type: string;
  meaning: string;
  example: unknown;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function exampleCell(example: unknown): string {
  if (example === undefined) return '';
  const text = Array.isArray(example) ? example.join(' / ') : String(example);
  return `\`${cell(text).replace(/`/g, "'")}\``;
}

function table(rows: readonly Row[], first = 'column'): string {
  const lines = [`| ${first} | type | meaning | example |`, '|---|---|---|---|'];
  for (const row of rows) lines.push(`| \`${row.name}\` | ${cell(row.type)} | ${cell(row.meaning)} | ${exampleCell(row.example)} |`);
  return lines.join('\n');
}

function fieldAt(fields: readonly SchemaField[], path: string): SchemaField {
  const found = fields.find((field) => field.path === path);
  if (!found) throw new Error(`no schema field ${path}`);
  return found;
}

function emptyNote(field: SchemaField): string {
  return field.nullable ? '; empty when not stated' : '';
}

function recordsCsvRow(fields: readonly SchemaField[], column: CsvColumn): Row {
  const path = column.path.join('.');
  if (column.grade) {
    return {
      name: column.name,
      type: 'one of: high, medium, low',
      meaning: `confidence in \`${path}\` (see \`confidence\`)${column.path.length === 1 && path === 'practices' ? ', the weakest of its items' : ''}; empty when there is no value`,
      example: 'high',
    };
  }
  if (column.evidencePart) {
    const example = quoteExamples[path as EvidencedField];
    return column.evidencePart === 'quote'
      ? { name: column.name, type: 'text', meaning: `evidence for \`${path}\`: the text of the report it was read from; empty when not found`, example }
      : { name: column.name, type: 'whole number (1 or more)', meaning: `evidence for \`${path}\`: the page the quote is on (PDF only); empty otherwise`, example: 1 };
  }
  if (column.itemKey) {
    const item = fieldAt(fields, `${path}[].${column.itemKey}`);
    const list = fieldAt(fields, path);
    const type = item.type.startsWith('list of') ? item.type : `list of ${item.type}`;
    return { name: column.name, type: `${type}, joined with ${listSeparatorName}`, meaning: `${list.description}: ${item.description}`, example: item.example };
  }
  const field = fieldAt(fields, path);
  const type = field.type.startsWith('list of') ? `${field.type}, joined with ${listSeparatorName}` : field.type;
  return { name: column.name, type, meaning: `${field.description}${emptyNote(field)}`, example: field.example };
}

function companionRows(fields: readonly SchemaField[], field: string, header: readonly string[]): Row[] {
  const keyRows: Record<(typeof companionKeyColumns)[number], Row> = {
    record_id: { name: 'record_id', ...fromField(fieldAt(fields, 'recordId')) },
    source_path: { name: 'source_path', ...fromField(fieldAt(fields, 'source.path')) },
    item_index: { name: 'item_index', type: 'whole number (0 or more)', meaning: `position of the item in the record's list, from 0 (as in the JSON evidence key \`${field}[0]\`)`, example: 0 },
  };
  const itemFields = fields.filter((candidate) => candidate.path.startsWith(`${field}[].`));
  const evidenceRows: Record<(typeof companionEvidenceColumns)[number], Row> = {
    // The quote usually holds the item as written, so the item's first example stands for it.
    quote: { name: 'quote', type: 'text', meaning: 'evidence: the text of the report the item was read from; empty when none', example: itemFields[0]?.example },
    page: { name: 'page', type: 'whole number (1 or more)', meaning: 'evidence: the page the quote is on (PDF only); empty otherwise', example: 1 },
  };
  return header.map((name) => {
    if (name in keyRows) return keyRows[name as keyof typeof keyRows];
    if (name in evidenceRows) return evidenceRows[name as keyof typeof evidenceRows];
    if (lookedUpColumn(field as CompanionField, name)) {
      return { name, type: 'text', meaning: lookedUpMeanings[name] ?? name, example: lookedUpExamples[name] };
    }
    const item = itemFields.find((candidate) => candidate.path.split('.').pop()?.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() === name);
    if (!item) throw new Error(`${field}: no schema field for column ${name}`);
    const type = item.type.startsWith('list of') ? `${item.type}, joined with ${listSeparatorName}` : item.type;
    return { name, type, meaning: `${item.description}${emptyNote(item)}`, example: item.example };
  });
}

function fromField(field: SchemaField): Omit<Row, 'name'> {
  return { type: field.type, meaning: field.description, example: field.example };
}

/** One output table as the dictionary describes it: its file, what a row is, and every column in order. */
export interface DictionaryTable {
  fileName: string;
  /** What one row stands for. */
  rows: string;
  columns: DictionaryColumn[];
}

export type DictionaryColumn = Row;

/** records.csv and each companion file, described column by column (the xlsx sheets have the same columns). */
export function dictionaryTables(): DictionaryTable[] {
  const fields = schemaFields();
  return [
    {
      fileName: 'records.csv',
      rows: 'One row per report, failed ones included, in input order.',
      columns: csvColumns().map((column) => recordsCsvRow(fields, column)),
    },
    ...companionTables().map((companion) => ({
      fileName: companion.fileName,
      rows: `One row per item of \`${companion.field}\`: ${fieldAt(fields, companion.field).description}. Joins to records.csv on \`record_id\`.`,
      columns: companionRows(fields, companion.field, companion.header),
    })),
  ];
}

export function dataDictionaryMarkdown(): string {
  const fields = schemaFields();
  const [records, ...companions] = dictionaryTables();
  if (!records) throw new Error('no records table');
  const parts = [
    '# Fields: the data dictionary',
    '',
    '<!-- Generated from src/record/schema.ts by `npm run docs`; do not edit by hand (a test fails when it is stale). -->',
    '',
    'Every value in the outputs, with its type, meaning and an example. The meanings are the descriptions in the zod',
    'schema (`src/record/schema.ts`), which `schemas/record.schema.json` carries too.',
    '',
    'In the CSV files an empty cell means "not stated" (`null` in JSON). List items share one cell, one item a line',
    '(a line break separates them, so a value\'s own "; " is never a separator; line breaks inside an item become a',
    'space).',
    'Dates are ISO 8601 (`YYYY-MM-DD`), times `YYYY-MM-DDTHH:MM` in UK local time as written. A cell that starts',
    'with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (`\'`) so that a spreadsheet shows it',
    'as text instead of running it as a formula; remove the apostrophe to get the value as written.',
    '',
    '## records.csv',
    '',
    'One row per report, failed ones included, in input order. Columns in this order:',
    '',
    table(records.columns),
  ];
  for (const companion of companions) {
    parts.push('', `## ${companion.fileName}`, '', companion.rows, '', table(companion.columns));
  }
  parts.push(
    '',
    '## The JSON record (records.jsonl, records.json)',
    '',
    'Every field, by path (`[]` marks the items of a list, `*` any key of the evidence map).',
    '',
    table(
      fields.map((field) => ({ name: field.path, type: field.nullable ? `${field.type} or null` : field.type, meaning: field.description, example: field.example })),
      'path',
    ),
    '',
    codebookMarkdown(),
    '',
  );
  return parts.join('\n');
}
