// The README documents the CSV column order; this keeps that list equal to the locked header.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { extractOptionSpec } from '../../src/cli/extract-options.js';
import { helpText } from '../../src/cli/help.js';
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

  it('gives the command-line reference exactly as --help prints it', () => {
    const block = readme.split('<!-- cli-help -->')[1]?.split('<!-- /cli-help -->')[0] ?? '';
    expect(block.trim()).toBe(`\`\`\`\n${helpText}\`\`\``);
  });

  it('documents every option of the main command in --help', () => {
    // --concurrency is the old name of --jobs, accepted but no longer shown.
    const options = Object.entries(extractOptionSpec).filter(([name]) => name !== 'concurrency');
    for (const [name, spec] of options) {
      const short = 'short' in spec ? `-${spec.short}, ` : '    ';
      expect(helpText, name).toMatch(new RegExp(`^  ${short}--${name}\\b`, 'm'));
    }
  });

  it('lists every exit code in the table and in --help', () => {
    for (const code of Object.values(exitCodes)) {
      expect(readme, String(code)).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
      expect(helpText, String(code)).toMatch(new RegExp(`(^  ${code} |; ${code} )`, 'm'));
    }
  });
});
