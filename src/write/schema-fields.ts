// The record's fields as a flat list (path, type, meaning, example), read from the generated JSON Schema so that
// the data dictionary says exactly what the schema says.
import { recordJsonSchema } from '../record/schema.js';

type JsonSchema = Record<string, unknown>;

export interface SchemaField {
  /** Dotted path; list items as `outputs[].title`, evidence entries as `evidence.*.quote`. */
  path: string;
  /** Readable type, e.g. "date (YYYY-MM-DD)", "list of text", "one of: ok, partial, failed". */
  type: string;
  /** Whether the value may be null (an empty cell in CSV). */
  nullable: boolean;
  description: string;
  example: unknown;
}

const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';
const dateTimePattern = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$';
const dateOrDateTimePattern = '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?$';

function asSchema(value: unknown): JsonSchema {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : {};
}

/** The non-null alternative of a nullable schema, and whether null was allowed. */
function withoutNull(schema: JsonSchema): { inner: JsonSchema; nullable: boolean } {
  const anyOf = Array.isArray(schema.anyOf) ? schema.anyOf.map(asSchema) : null;
  if (anyOf) {
    const others = anyOf.filter((option) => option.type !== 'null');
    if (others.length === 1 && others[0]) return { inner: others[0], nullable: others.length < anyOf.length };
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    return { inner: { ...schema, type: schema.type.find((type) => type !== 'null') }, nullable: true };
  }
  return { inner: schema, nullable: false };
}

export function typeLabel(schema: JsonSchema): string {
  const { inner } = withoutNull(schema);
  if (Array.isArray(inner.enum)) return `one of: ${inner.enum.join(', ')}`;
  if (inner.const !== undefined) return `always ${String(inner.const)}`;
  if (inner.pattern === datePattern) return 'date (YYYY-MM-DD)';
  if (inner.pattern === dateTimePattern) return 'date-time (YYYY-MM-DDTHH:MM)';
  if (inner.pattern === dateOrDateTimePattern) return 'date-time (YYYY-MM-DDTHH:MM) or date (YYYY-MM-DD)';
  if (inner.type === 'integer') return inner.exclusiveMinimum === 0 ? 'whole number (1 or more)' : inner.minimum === 0 ? 'whole number (0 or more)' : 'whole number';
  if (inner.type === 'array') {
    const items = asSchema(inner.items);
    return items.type === 'object' ? 'list of objects' : `list of ${typeLabel(items)}`;
  }
  if (inner.type === 'object') return 'object';
  if (inner.type === 'string') return inner.pattern ? `text matching ${String(inner.pattern)}` : 'text';
  return String(inner.type ?? 'any');
}

function exampleOf(schema: JsonSchema): unknown {
  if (Array.isArray(schema.examples)) return schema.examples[0];
  // A list of plain values: its example is a list of the item's example.
  const { inner } = withoutNull(schema);
  const items = asSchema(inner.items);
  if (inner.type === 'array' && items.type !== 'object' && Array.isArray(items.examples)) return [items.examples[0]];
  return undefined;
}

/** Every field of the record, parents before their children, in schema order. */
export function schemaFields(root: JsonSchema = recordJsonSchema()): SchemaField[] {
  const fields: SchemaField[] = [];
  const visit = (schema: JsonSchema, path: string) => {
    const { inner, nullable } = withoutNull(schema);
    if (path) fields.push({ path, type: typeLabel(schema), nullable, description: String(schema.description ?? ''), example: exampleOf(schema) });
    const properties = asSchema(inner.properties);
    for (const [key, child] of Object.entries(properties)) visit(asSchema(child), path ? `${path}.${key}` : key);
    if (inner.type === 'array') visit(asSchema(inner.items), `${path}[]`);
    if (typeof inner.additionalProperties === 'object') visit(asSchema(inner.additionalProperties), `${path}.*`);
  };
  visit(root, '');
  return fields;
}
