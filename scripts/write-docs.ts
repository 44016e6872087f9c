// Writes docs/fields.md, the data dictionary, from the record schema (`npm run docs`). The file is generated, never
// edited by hand; test/contract/fields-doc.test.ts fails when the committed copy is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDictionaryMarkdown } from '../src/write/data-dictionary.js';

export const fieldsDocPath = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'docs', 'fields.md');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(fieldsDocPath), { recursive: true });
  writeFileSync(fieldsDocPath, dataDictionaryMarkdown());
  process.stdout.write(`wrote ${fieldsDocPath}\n`);
}
