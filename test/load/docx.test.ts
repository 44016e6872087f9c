import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDocument } from '../../src/document.js';
import { ExtractError } from '../../src/diagnostics/diagnostic.js';
import { loadDocument } from '../../src/load/index.js';
import { defaultLimits } from '../../src/options.js';
import { loadError, loadFixture } from './fixture-helpers.js';

describe('DOCX loader on the 2018 fixture', () => {
  let loaded: LoadedDocument;
  let lines: string[];
  beforeAll(async () => {
    loaded = await loadFixture('docx/report-2018.docx');
    lines = (loaded.pages[0] ?? '').split('\n');
  });

  it('gives one page and no pagination', () => {
    expect(loaded.format).toBe('docx');
    expect(loaded.pages).toHaveLength(1);
    expect(loaded.pageCount).toBeNull();
  });

  it('writes table rows as label<TAB>value lines with hyperlinks as "text (url)"', () => {
    expect(lines).toContain('Information needed\tResponse');
    expect(lines).toContain('Title and link to statistical outputs\tHarbour Freight Quarterly, April to June 2021, published on the release landing page (https://stats.coastal-office.example/harbour-freight/2021-q2)');
    expect(lines).toContain('Date of breach report\t14 July 2021');
  });

  it('keeps headings as lines of their own and lists as numbered and bulleted items', () => {
    expect(lines).toContain('3. Impact of the breach');
    expect(lines).toContain('1. The release page was withdrawn at 9.04am and republished at 9.30am as planned.');
    expect(lines).toContain('2. Draft release pages now require a second person to approve publication.');
    expect(lines).toContain('- Nobody outside the organisation reported seeing the figures before the official release time.');
  });
});

describe('DOCX files that cannot be read', () => {
  it('a truncated DOCX is corrupt', async () => {
    const error = await loadError('bad/truncated.docx');
    expect(error?.code).toBe('corrupt');
    expect(error?.message).toBe('the Word document is damaged or cut short (its zip archive cannot be read)');
    // What the zip reader said is kept for whoever debugs it, out of the sentence a person reads.
    expect(error?.detail).toBe('zip end not found');
  });

  it('an archive that would expand beyond the limit is refused before it is unpacked', async () => {
    const error = await loadError('docx/report-2018.docx', { ...defaultLimits, maxUncompressedBytes: 4096 });
    expect(error?.code).toBe('file-too-large');
    expect(error?.message).toMatch(/^DOCX would expand to \d+ MB when unpacked, more than the limit of 0 MB$/);
  });

  it.each([
    // A Word 97-2003 file is read (test/load/doc.test.ts, with its encrypted and foreign kinds); this is its signature.
    ['a Word 97-2003 signature alone', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '', 'corrupt', 'the Word 97-2003 document is damaged: it is cut short (smaller than its own header)'],
    ['an OpenDocument spreadsheet', [0x50, 0x4b, 0x03, 0x04], 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet', 'unsupported-format', 'an OpenDocument spreadsheet, presentation or drawing, not a text: save the report as ODT, DOCX or PDF'],
    // An OpenDocument text is read (test/load/odt.test.ts); this one is only its first bytes.
    ['a broken OpenDocument text', [0x50, 0x4b, 0x03, 0x04], 'mimetypeapplication/vnd.oasis.opendocument.text', 'corrupt', 'the OpenDocument file is damaged or cut short (its zip archive cannot be read)'],
  ])('%s says what to do', async (_, signature, marker, code, reason) => {
    const bytes = new Uint8Array([...signature, ...Buffer.from(`${marker}\0\0\0\0`, 'latin1')]);
    const error = await loadDocument(bytes, 'report.docx', defaultLimits).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe(code);
    expect((error as ExtractError).message).toBe(reason);
  });
});
