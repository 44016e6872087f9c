// Every value a record states has evidence: the span of text it came from (for a derived value, the stated
// text it was computed from). Checked over our fixtures in every format, and over the gold corpus when present.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBatch } from '../../src/api.js';
import { extractDocument } from '../../src/pipeline.js';
import type { BreachRecord } from '../../src/record/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = resolve(root, '..', 'shared', 'corpus');

/** Paths of non-null values (scalars and list items) that have no evidence entry. */
export function valuesWithoutEvidence(record: BreachRecord): string[] {
  const missing: string[] = [];
  const check = (path: string, value: unknown) => {
    if (value !== null && value !== undefined && !(path in record.evidence)) missing.push(path);
  };
  for (const key of ['codeEdition', 'reportDate', 'breachType', 'impact'] as const) check(key, record[key]);
  const groups = { producer: record.producer, reporter: record.reporter, headOfProfession: record.headOfProfession, occurrence: record.occurrence, timing: record.timing };
  for (const [group, values] of Object.entries(groups)) for (const [key, value] of Object.entries(values)) check(`${group}.${key}`, value);
  for (const list of ['outputs', 'practices', 'previousBreaches', 'correctiveActions', 'statementLinks'] as const) {
    (record[list] as unknown[]).forEach((value, index) => check(`${list}[${index}]`, value));
  }
  return missing;
}

describe('evidence for every value', () => {
  it('holds for every fixture report, in every format', async () => {
    const records = await extractBatch(['reports', 'pdf', 'docx'].map((folder) => join(root, 'fixtures', folder)));
    expect(records.length).toBeGreaterThan(10);
    const gaps = records.flatMap((record) => valuesWithoutEvidence(record).map((path) => `${record.source.path}: ${path}`));
    expect(gaps).toEqual([]);
  });

  const corpusPresent = existsSync(corpus);
  if (!corpusPresent) console.log(`evidence check over the gold corpus skipped: ${corpus} does not exist`);
  it.skipIf(!corpusPresent)('holds for every report of the gold corpus and its PDF and DOCX renderings', async () => {
    const records = await extractBatch([corpus]);
    const gaps = records.flatMap((record) => valuesWithoutEvidence(record).map((path) => `${record.source.path}: ${path}`));
    expect(gaps).toEqual([]);
  });
});

describe('warnings', () => {
  it('name the field they are about, followed by a sentence', async () => {
    const sparse = 'REPORT OF A BREACH OF THE CODE OF PRACTICE FOR STATISTICS\n\n1. Core Information\nName of producer organisation\tDepartment for Tidal\nDate of breach report\tsoon\n';
    const records = [
      ...(await extractBatch(['reports', 'pdf', 'docx'].map((folder) => join(root, 'fixtures', folder)))),
      await extractDocument(new TextEncoder().encode(sparse), { fileName: 'sparse.txt' }),
    ];
    const fieldWarnings = records.flatMap((record) => record.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning' && diagnostic.code !== 'loader-message' && diagnostic.code !== 'ocr-needed'));
    expect(fieldWarnings.length).toBeGreaterThan(0);
    for (const diagnostic of fieldWarnings) {
      expect(diagnostic.field, diagnostic.reason).not.toBeNull();
      expect(diagnostic.reason).toMatch(/^[A-Z].*[.)]$/);
    }
    for (const record of records) {
      for (const text of record.warnings) expect(text).toMatch(/^(?:[a-zA-Z]+(?:\.[a-zA-Z]+)?: )?[A-Z]/);
    }
  });
});
