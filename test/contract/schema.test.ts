// The JSON Schema contract: schemas/record.schema.json is generated from the zod schema and committed; this fails
// when the committed copy is stale, and checks real records against the JSON Schema as well as against zod.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaFileText, schemaPath } from '../../scripts/write-schema.js';
import { extractFile } from '../../src/api.js';
import { extractDocument } from '../../src/pipeline.js';
import { recordJsonSchema, recordSchema, type BreachRecord } from '../../src/record/schema.js';
import { unknownKeywords, validate } from './mini-json-schema.js';

const reportsDir = join(schemaPath, '..', '..', 'fixtures', 'reports');
const committed = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

describe('schemas/record.schema.json', () => {
  it('is current (regenerate with `npm run schema` and commit it)', () => {
    expect(readFileSync(schemaPath, 'utf8'), 'schemas/record.schema.json is stale: run `npm run schema`').toBe(schemaFileText());
  });

  it('is a draft 2020-12 object schema that names every record field as required', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(committed.type).toBe('object');
    const fields = Object.keys(recordSchema.shape).sort();
    expect(Object.keys(committed.properties as object).sort()).toEqual(fields);
    expect([...(committed.required as string[])].sort()).toEqual(fields);
  });

  it('uses only keywords the test checker implements', () => {
    expect(unknownKeywords(recordJsonSchema())).toEqual([]);
  });

});

describe('records against the JSON Schema', () => {
  const records: BreachRecord[] = [];

  beforeAll(async () => {
    for (const name of readdirSync(reportsDir).sort()) records.push(await extractFile(join(reportsDir, name), { sourcePath: name }));
    records.push(await extractDocument(new Uint8Array(), { fileName: 'empty.txt', sourcePath: 'empty.txt' }));
  });

  it('accepts every fixture record and a failed record, as zod does', () => {
    expect(records.at(-1)?.status).toBe('failed');
    for (const record of records) {
      expect(recordSchema.safeParse(record).success).toBe(true);
      expect(validate(committed, JSON.parse(JSON.stringify(record)) as unknown), record.source.path).toEqual([]);
    }
  });

  it.each([
    ['an unknown breach type', (record: Record<string, unknown>) => ({ ...record, breachType: 'bogus' })],
    ['a missing field', ({ warnings: _warnings, ...record }: Record<string, unknown>) => record],
    ['a date that is not ISO', (record: Record<string, unknown>) => ({ ...record, reportDate: '7 July 2022' })],
    ['negative minutes', (record: Record<string, unknown>) => ({ ...record, timing: { ...(record.timing as object), delayMinutes: -5 } })],
    ['an evidence span without a quote', (record: Record<string, unknown>) => ({ ...record, evidence: { x: { start: 0, end: 1, page: null } } })],
  ])('rejects %s, in both zod and the JSON Schema', (_name, mutate) => {
    const record = mutate(JSON.parse(JSON.stringify(records[0])) as Record<string, unknown>);
    expect(recordSchema.safeParse(record).success).toBe(false);
    expect(validate(committed, record).length).toBeGreaterThan(0);
  });

  // Noted for the lead: the two contracts differ on unknown fields. zod strips them (a record with an extra field
  // parses), while the generated JSON Schema has additionalProperties: false and rejects it, although
  // spec/record.md says extra fields are welcome. This test pins the current behaviour so a change is deliberate.
  it('an extra field: zod strips it, the JSON Schema rejects it (known difference)', () => {
    const record = { ...(JSON.parse(JSON.stringify(records[0])) as Record<string, unknown>), surprise: 1 };
    const parsed = recordSchema.safeParse(record);
    expect(parsed.success).toBe(true);
    expect(parsed.data && 'surprise' in parsed.data).toBe(false);
    expect(validate(committed, record)).toEqual(['$.surprise: not allowed']);
  });
});
