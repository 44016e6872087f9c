import { describe, expect, it } from 'vitest';
import { readZipDirectory, ZipFormatError } from '../../src/load/zip-directory.js';
import { fixtureBytes } from './fixture-helpers.js';

describe('readZipDirectory', () => {
  it('lists a DOCX archive with its declared sizes', () => {
    const entries = readZipDirectory(fixtureBytes('docx/report-2018.docx'));
    const document = entries.find((entry) => entry.name === 'word/document.xml');
    expect(document?.uncompressedSize).toBeGreaterThan(document?.compressedSize ?? 0);
    expect(entries.every((entry) => !entry.encrypted)).toBe(true);
  });
  it('refuses an archive whose end record is missing', () => {
    expect(() => readZipDirectory(fixtureBytes('docx/truncated.docx'))).toThrow(ZipFormatError);
    expect(() => readZipDirectory(new Uint8Array(10))).toThrow('zip end not found');
  });
});
