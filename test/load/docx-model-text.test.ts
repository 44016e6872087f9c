// The DOCX text written from mammoth's document model must be what mammoth's HTML, read by htmlToText, gives:
// small hand-made models with their expected text, then real documents through both routes.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/load/docx.js';
import { docxModelToText, UnsupportedDocxModel } from '../../src/load/docx-model-text.js';
import { htmlToText } from '../../src/load/html-to-text.js';
import { defaultLimits } from '../../src/options.js';
import { renderDocx } from '../../scripts/fixtures/render-docx.js';
import { reports } from '../../scripts/fixtures/reports.js';
import { documentOf, hyperlink, image, modelCases, noteReference, paragraph, run, text, unreadableCase, unreadableImages } from './docx-model-cases.js';
import { fixtureBytes, fixturesDir } from './fixture-helpers.js';

describe('docxModelToText', () => {
  it.each(modelCases.map((modelCase) => [modelCase.name, modelCase] as const))('%s', (name, modelCase) => {
    const written = docxModelToText(modelCase.document, name === unreadableCase ? unreadableImages : new Map());
    expect(written.text).toBe(modelCase.text);
    expect(written.messages).toEqual(modelCase.messages ?? []);
  });

  it('lists every image it places, in order, for the caller to read', () => {
    const first = image('one');
    const second = image('two');
    const written = docxModelToText(documentOf([paragraph([run([first])]), paragraph([run([text('x'), second])])]));
    expect(written.images).toEqual([first, second]);
  });

  it('refuses what mammoth\'s HTML step cannot write: a reference to a missing note, a link without a target', () => {
    expect(() => docxModelToText(documentOf([paragraph([run([noteReference('7')])])]))).toThrow(UnsupportedDocxModel);
    expect(() => docxModelToText(documentOf([paragraph([hyperlink([run('text')], { href: undefined })])]))).toThrow(UnsupportedDocxModel);
    // mammoth drops an empty link before writing it, so that one is fine.
    expect(docxModelToText(documentOf([paragraph([run('kept'), hyperlink([], { href: undefined })])])).text).toBe('kept');
  });
});

/** What the loader gave before it read the model: mammoth's HTML through htmlToText, messages as diagnostics. */
async function throughHtml(bytes: Uint8Array): Promise<{ text: string; reasons: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { text: htmlToText(result.value), reasons: [...new Set(result.messages.map((message) => `Word reader: ${message.message}`))] };
}

describe('the DOCX loader gives what mammoth\'s HTML route gives', () => {
  const fixtures = readdirSync(join(fixturesDir, 'docx')).filter((name) => name.endsWith('.docx')).sort();

  it.each(fixtures)('fixtures/docx/%s', async (name) => {
    const bytes = fixtureBytes(`docx/${name}`);
    const loaded = await loadDocx(bytes, defaultLimits);
    expect({ text: loaded.pages[0], reasons: loaded.messages.map((message) => message.reason) }).toEqual(await throughHtml(bytes));
  });

  it('for every invented report rendered by the fixture generator', async () => {
    for (const report of reports) {
      const bytes = await renderDocx(report);
      const loaded = await loadDocx(bytes, defaultLimits);
      expect({ name: report.name, text: loaded.pages[0], reasons: loaded.messages.map((message) => message.reason) }).toEqual({ name: report.name, ...(await throughHtml(bytes)) });
    }
  });
});
