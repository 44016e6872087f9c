// Writes schemas/record.schema.json from the zod schema (`npm run schema`). The file is generated, never edited by
// hand; test/contract/schema.test.ts fails when the committed copy is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordJsonSchema } from '../src/record/schema.js';

export const schemaPath = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'schemas', 'record.schema.json');

/** The exact text of the schema file: pretty JSON with a trailing newline. */
export function schemaFileText(): string {
  return `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(schemaPath), { recursive: true });
  writeFileSync(schemaPath, schemaFileText());
  process.stdout.write(`wrote ${schemaPath}\n`);
}
