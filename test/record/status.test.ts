// Which status a file gets: a broken report is failed, a file type that is not read or a document that is not a
// breach report is skipped, each with a reason a person understands.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('record status', () => {
  it.each([
    ['a recipe is not a breach report', 'cake.txt', encode('Lemon drizzle cake\n\nIngredients\n225g butter\n4 eggs\n\nMethod\nHeat the oven to 180C.'), 'skipped', /not a breach report/],
    ['binary bytes under a text name are an unsupported type', 'data.txt', new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0, 7]), 'skipped', /not a text, PDF or DOCX file/],
    ['a Word 97-2003 file cut short is a broken report', 'old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'failed', /Word 97-2003 document is damaged: it is cut short/],
    ['random bytes named .pdf are a broken PDF', 'report.pdf', new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0, 7]), 'failed', /not a PDF although named \.pdf/],
    ['text named .docx is a broken Word document', 'report.docx', encode('just some text'), 'failed', /not a Word document although named \.docx/],
    ['a zip without word/document.xml named .docx is a corrupt DOCX', 'report.docx', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), 'failed', /DOCX is corrupt/],
    ['an empty file fails', 'empty.txt', new Uint8Array(), 'failed', /empty/],
  ] as const)('%s', async (_name, fileName, bytes, status, reason) => {
    const record = await extractDocument(bytes, { fileName });
    expect(record.status).toBe(status);
    expect(record.error).toMatch(reason);
    expect(record.warnings[0]).toBe(record.error);
  });

  it('keeps a short breach report as a report (partial), not skipped', async () => {
    const record = await extractDocument(encode('Name of producer organisation: Office for Fictional Statistics\nThe release was late.'), { fileName: 'r.txt' });
    expect(record.status).toBe('partial');
    expect(record.error).toBeNull();
  });
});
