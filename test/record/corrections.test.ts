// corrections.csv: read with clear errors naming the line, each kind of field's value parsed (dates, date-times,
// whole numbers, lists, "not stated"), applied with its provenance, and refused where the record contract says no.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { applyCorrections, correctableFields, correctionText, CorrectionsError, parseCorrections, type Correction } from '../../src/record/corrections.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { fixtures } from '../cli/run.js';

const id = '0123456789abcdef';
const header = 'record_id,field,value,note\r\n';
let record: BreachRecord;

beforeAll(async () => {
  record = await extractFile(join(fixtures, 'reports', '2009-late-release.txt'));
});

const correction = (field: string, value: string, note = ''): Correction => ({ recordId: record.recordId, field, value, note, line: 2 });

describe('parseCorrections', () => {
  it('reads rows by record, a later row for one field replacing an earlier one', () => {
    const text = `\uFEFF${header}${id},reportDate,2021-06-01,first\r\n${id},checked,,\r\n${id},reportDate,2021-06-02,second\r\n`;
    const byRecord = parseCorrections(text, 'c.csv');
    expect(byRecord.get(id)?.map(({ field, value, note, line }) => [field, value, note, line])).toEqual([
      ['checked', '', '', 3],
      ['reportDate', '2021-06-02', 'second', 4],
    ]);
  });

  it('reads the columns in any order and takes off the formula guard', () => {
    const byRecord = parseCorrections(`note,value,field,record_id\r\n"a, b","'=not a formula",producer.name,${id}\r\n`, 'c.csv');
    expect(byRecord.get(id)?.[0]).toMatchObject({ field: 'producer.name', value: '=not a formula', note: 'a, b' });
  });

  it.each([
    ['record_id,field,value\r\n', 'c.csv: line 1 must name the columns record_id, field, value, note (missing: note)'],
    [`${header}12345,reportDate,2021-06-01,\r\n`, 'c.csv: line 2: "12345" is not a record id (16 hex characters)'],
    [`${header}${id},evidence,x,\r\n`, 'c.csv: line 2: "evidence" is not a field that can be corrected'],
    [`${header}${id},"reportDate,\r\n`, 'c.csv: not a CSV file this can read'],
  ])('refuses %j with a reason naming the line', (text, message) => {
    expect(() => parseCorrections(text, 'c.csv')).toThrow(CorrectionsError);
    expect(() => parseCorrections(text, 'c.csv')).toThrow(message);
  });

  it('lets every field of the review page be corrected, but not the canonical id, which follows the name', () => {
    expect(correctableFields).toContain('reportDate');
    expect(correctableFields).toContain('practices');
    expect(correctableFields).not.toContain('producer.canonical');
  });
});

describe('applyCorrections', () => {
  it.each([
    ['reportDate', '2020-02-29', (r: BreachRecord) => r.reportDate, '2020-02-29'],
    ['occurrence.start', ' 2019-12-31 ', (r: BreachRecord) => r.occurrence.start, '2019-12-31'],
    ['timing.scheduled', '2021-06-15 09:30', (r: BreachRecord) => r.timing.scheduled, '2021-06-15T09:30'],
    ['timing.delayMinutes', '42', (r: BreachRecord) => r.timing.delayMinutes, 42],
    ['timing.delayMinutes', '', (r: BreachRecord) => r.timing.delayMinutes, null],
    ['breachType', 'pre_release_access', (r: BreachRecord) => r.breachType, 'pre_release_access'],
    ['practices', 'T3.4\r\n\r\nT3.6\n', (r: BreachRecord) => r.practices, [{ code: 'T3.4', text: 'T3.4' }, { code: 'T3.6', text: 'T3.6' }]],
    ['outputs', 'Fish landings, 2023', (r: BreachRecord) => r.outputs, [{ title: 'Fish landings, 2023', urls: [] }]],
    ['correctiveActions', '', (r: BreachRecord) => r.correctiveActions, []],
    ['reporter.name', 'Siân Jones', (r: BreachRecord) => r.reporter.name, 'Siân Jones'],
  ])('sets %s from %j', (field, value, read, expected) => {
    const { record: corrected, applied, refused } = applyCorrections(record, [correction(field, value, 'checked by hand')], 'c.csv');
    expect(refused).toEqual([]);
    expect(applied).toBe(1);
    expect(read(corrected)).toEqual(expected);
    expect(corrected.corrections).toEqual([{ field, value, previous: correctionText(record, field), note: 'checked by hand' }]);
    expect(Object.keys(corrected.evidence).filter((key) => key === field || key.startsWith(`${field}[`))).toEqual([]);
    expect(corrected.derived.filter((path) => path === field)).toEqual([]);
  });

  it('grades a corrected value high, and leaves the other fields as extracted', () => {
    const { record: corrected } = applyCorrections(record, [correction('reportDate', '2020-02-29')], 'c.csv');
    expect(corrected.confidence.reportDate).toBe('high');
    expect(corrected.producer).toEqual(record.producer);
    expect(corrected.evidence['producer.name']).toEqual(record.evidence['producer.name']);
  });

  it('matches a corrected producer name to the producer table and moves the breach key with it', () => {
    const { record: corrected } = applyCorrections(record, [correction('producer.name', 'Office for National Statistics')], 'c.csv');
    expect(corrected.producer.canonical).toBe('ons');
    expect(corrected.breachKey?.startsWith('ons/')).toBe(record.breachKey !== null);
  });

  it('marks the report checked', () => {
    const { record: checked, applied } = applyCorrections(record, [correction('checked', '')], 'c.csv');
    expect(checked.checked).toBe(true);
    expect(applied).toBe(0);
    expect(checked.corrections).toEqual([]);
  });

  it.each([
    ['reportDate', '17/06/2021'],
    ['reportDate', '2021-02-30'],
    ['timing.delayMinutes', 'soon'],
    ['timing.delayMinutes', '-5'],
    ['breachType', 'late'],
    ['timing.actual', '2021-06-15'],
  ])('refuses %s %j, naming the file and line, and keeps the value extracted', (field, value) => {
    const { record: kept, applied, refused } = applyCorrections(record, [correction(field, value)], 'c.csv');
    expect(applied).toBe(0);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain(`c.csv line 2: ${field} "${value}" was not applied to ${record.source.path}`);
    expect(kept).toEqual(record);
  });
});
