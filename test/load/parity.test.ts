// Each fixture report exists as text and as PDF or DOCX: all must give the same labelled fields and records.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile } from '../../src/api.js';
import { comparableRecord, fixturesDir, labelledFields, loadFixture } from './fixture-helpers.js';

describe.each([
  ['pdf/report-2018.txt', 'pdf/report-2018.pdf'],
  ['pdf/report-2009.txt', 'pdf/report-2009.pdf'],
  ['docx/report-2018.txt', 'docx/report-2018.docx'],
  ['docx/report-2009.txt', 'docx/report-2009.docx'],
])('%s and %s', (textPath, otherPath) => {
  it('have the same labelled fields', async () => {
    const fromText = labelledFields(await loadFixture(textPath));
    const fromOther = labelledFields(await loadFixture(otherPath));
    expect(fromText.length).toBeGreaterThanOrEqual(7);
    expect(fromOther).toEqual(fromText);
  });
});

describe.each(['report-2018', 'report-2009'])('%s as TXT and as a saved web page', (name) => {
  it('gives the same record from the page, with its site chrome left out and its address, title and date in source', async () => {
    const [text, page] = await Promise.all([`pdf/${name}.txt`, `web/${name}.html`].map((path) => extractFile(join(fixturesDir, path))));
    expect(text?.status).toBe('ok');
    expect(comparableRecord(page!)).toEqual(comparableRecord(text!));
    expect(page?.source).toMatchObject({ format: 'html', url: `https://regulator.example/breach-reports/${name}`, published: expect.stringMatching(/^2021-07-1\dT10:00:00\+01:00$/) });
    expect(page?.source.title).toMatch(/^Breach report \d – Invented Statistics Regulator$/);
    expect(text?.source.url).toBeUndefined();
  });
});

describe.each(['report-2018', 'report-2009'])('%s as TXT and as OpenDocument text', (name) => {
  it('gives the same record from the .odt', async () => {
    const [text, odt] = await Promise.all([`pdf/${name}.txt`, `odt/${name}.odt`].map((path) => extractFile(join(fixturesDir, path))));
    expect(text?.status).toBe('ok');
    expect(odt?.source.format).toBe('odt');
    expect(comparableRecord(odt!)).toEqual(comparableRecord(text!));
  });
});

describe.each(['report-2018', 'report-2009'])('%s as TXT, PDF and DOCX', (name) => {
  it('gives the same record apart from source (and the id from its hash), evidence and loader messages', async () => {
    const records = await Promise.all([`pdf/${name}.txt`, `pdf/${name}.pdf`, `docx/${name}.docx`].map((path) => extractFile(join(fixturesDir, path))));
    const comparable = records.map(comparableRecord);
    expect(records[0]?.producer.name).not.toBeNull();
    expect(comparable[1]).toEqual(comparable[0]);
    expect(comparable[2]).toEqual(comparable[0]);
    expect(records[1]?.source.pages).toBeGreaterThan(0);
    expect(Object.values(records[1]?.evidence ?? {}).every((evidence) => evidence.page !== null)).toBe(true);
  });
});

describe.each(['report-2018', 'report-2009'])('%s as TXT and as Word 97-2003 (.doc)', (name) => {
  it('gives the same record from the .doc LibreOffice wrote', async () => {
    const [text, doc] = await Promise.all([`pdf/${name}.txt`, `doc/${name}.doc`].map((path) => extractFile(join(fixturesDir, path))));
    expect(text?.status).toBe('ok');
    expect(doc?.source.format).toBe('doc');
    expect(comparableRecord(doc!)).toEqual(comparableRecord(text!));
  });
});
