// The public API contract: the named exports of src/index.ts. Adding or removing one is a deliberate change
// to this list (and to the package's version), never a side effect.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const lockedExports = [
  'ExtractContext',
  'ExtractError',
  'SCHEMA_VERSION',
  'breachTypes',
  'codebookRows',
  'crosswalkRows',
  'csvHeader',
  'defaultExtractors',
  'defaultRefiners',
  'extractBatch',
  'extractDocument',
  'extractDocumentWithText',
  'extractFile',
  'extractFileWithText',
  'neutraliseFormula',
  'practiceTitle',
  'recordJsonSchema',
  'recordSchema',
  'recordToJsonLine',
  'recordsToCsv',
  'recordsToCompanionCsvs',
  'recordsToJson',
  'recordsToXlsx',
  'renderReviewPage',
  'scoreRecord',
  'summarise',
  'summariseRecords',
];

describe('src/index.ts', () => {
  it('exports exactly the locked list of names', () => {
    expect(Object.keys(api).sort()).toEqual([...lockedExports].sort());
  });

  it('has no default export', () => {
    expect('default' in api).toBe(false);
  });

  it('exports functions and values of the expected kinds', () => {
    for (const name of ['extractFile', 'extractBatch', 'extractDocument', 'extractDocumentWithText', 'recordJsonSchema', 'recordsToCsv', 'csvHeader', 'neutraliseFormula', 'recordsToJson', 'recordToJsonLine', 'scoreRecord', 'summarise', 'extractFileWithText', 'recordsToCompanionCsvs', 'renderReviewPage', 'summariseRecords']) {
      expect(typeof api[name as keyof typeof api], name).toBe('function');
    }
    expect(api.SCHEMA_VERSION).toBe('1');
    expect([...api.breachTypes]).toEqual(['late_release', 'early_release', 'pre_release_access', 'unauthorised_access', 'premature_comment', 'release_arrangements', 'other']);
    expect(Array.isArray(api.defaultExtractors)).toBe(true);
    expect(Array.isArray(api.defaultRefiners)).toBe(true);
    expect(new api.ExtractError('no-text', 'x')).toBeInstanceOf(Error);
  });
});
