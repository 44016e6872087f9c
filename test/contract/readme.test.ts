// The README documents the CSV column order; this keeps that list equal to the locked header.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { companionTables } from '../../src/write/companions.js';
import { csvHeader } from '../../src/write/csv.js';

const readme = readFileSync(join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'README.md'), 'utf8');

describe('README', () => {
  it('lists the columns of records.csv in their order', () => {
    const block = readme.split('<!-- csv-columns -->')[1]?.split('<!-- /csv-columns -->')[0] ?? '';
    const listed = block.replace(/```/g, '').split(',').map((name) => name.trim()).filter(Boolean);
    expect(listed).toEqual(csvHeader());
  });

  it('lists the columns of each companion file', () => {
    for (const table of companionTables()) expect(readme).toContain(`| \`${table.fileName}\` | \`${table.header.join(', ')}\` |`);
  });

  it('links the data dictionary', () => {
    expect(readme).toContain('[docs/fields.md](docs/fields.md)');
  });
});
