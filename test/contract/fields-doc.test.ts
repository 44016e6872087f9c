// The data dictionary contract: every field of the zod schema has a description and an example, docs/fields.md is
// generated from them (and fails here when stale), and it documents every CSV column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldsDocPath } from '../../scripts/write-docs.js';
import { recordSchema } from '../../src/record/schema.js';
import { companionTables } from '../../src/write/companions.js';
import { csvHeader } from '../../src/write/csv.js';
import { dataDictionaryMarkdown } from '../../src/write/data-dictionary.js';
import { schemaFields } from '../../src/write/schema-fields.js';

/** Every node reached through an object's keys or a list's items, with its path. */
function schemaNodes(schema: z.ZodType, path: string, out: [string, z.ZodType][] = []): [string, z.ZodType][] {
  let inner = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const childPath = path ? `${path}.${key}` : key;
      out.push([childPath, child]);
      schemaNodes(child, childPath, out);
    }
  } else if (inner instanceof z.ZodArray) {
    out.push([`${path}[]`, inner.element as z.ZodType]);
    schemaNodes(inner.element as z.ZodType, `${path}[]`, out);
  } else if (inner instanceof z.ZodRecord) {
    out.push([`${path}.*`, inner.valueType as z.ZodType]);
    schemaNodes(inner.valueType as z.ZodType, `${path}.*`, out);
  }
  return out;
}

describe('the zod schema', () => {
  const nodes = schemaNodes(recordSchema, '');

  it('describes every field, list item and evidence entry', () => {
    expect(nodes.length).toBeGreaterThan(60);
    expect(nodes.filter(([, node]) => !node.description).map(([path]) => path)).toEqual([]);
  });

  it('gives every value that can be a CSV cell an example', () => {
    const scalars = nodes.filter(([, node]) => {
      let inner = node;
      while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
      return !(inner instanceof z.ZodObject || inner instanceof z.ZodArray || inner instanceof z.ZodRecord);
    });
    expect(scalars.filter(([, node]) => !Array.isArray(node.meta()?.examples)).map(([path]) => path)).toEqual([]);
  });

  it('carries the same descriptions into the JSON Schema', () => {
    const fromJson = new Map(schemaFields().map((field) => [field.path, field.description]));
    for (const [path, node] of nodes) expect(fromJson.get(path), path).toBe(node.description);
  });
});

describe('docs/fields.md', () => {
  const committed = readFileSync(fieldsDocPath, 'utf8');

  it('is current (regenerate with `npm run docs` and commit it)', () => {
    expect(committed, 'docs/fields.md is stale: run `npm run docs`').toBe(dataDictionaryMarkdown());
  });

  it('has a row for every column of records.csv and of each companion file, in order', () => {
    const section = (title: string) => committed.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? '';
    const columnsIn = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(columnsIn(section('records.csv'))).toEqual(csvHeader());
    for (const table of companionTables()) expect(columnsIn(section(table.fileName)), table.fileName).toEqual(table.header);
  });

  it('gives every CSV column a type, a meaning and an example', () => {
    const rows = committed.split('## The JSON record')[0]?.match(/^\| `[^`]+` \|.*$/gm) ?? [];
    expect(rows.length).toBeGreaterThan(csvHeader().length);
    for (const row of rows) {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((text) => text.trim());
      expect(cells, row).toHaveLength(4);
      expect(cells.every((text) => text.length > 0), row).toBe(true);
    }
  });
});
