// The OpenDocument reader: the layout of the other loaders from content.xml, bounded like the DOCX reader, and a
// damaged, encrypted or hostile package failing with its reason.
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index.js';
import { defaultLimits } from '../../src/options.js';
import { zipFiles, type ZipFile } from '../../scripts/fixtures/zip.js';

const mimetype: ZipFile = { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), stored: true };
const namespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink"';
const content = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<office:document-content ${namespaces}><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
const odt = (xml: string, files: ZipFile[] = []) => zipFiles([mimetype, { name: 'content.xml', data: Buffer.from(xml) }, ...files]);
const read = async (bytes: Uint8Array, limits = defaultLimits) => (await loadDocument(bytes, 'report.odt', limits)).pages.join('\n');
const failure = (bytes: Uint8Array, limits = defaultLimits) => loadDocument(bytes, 'report.odt', limits).then(() => null, (error: unknown) => error);

describe('loadOdt', () => {
  it.each([
    ['headings and paragraphs as blocks', '<text:h>1. Core</text:h><text:p>First</text:p><text:p>Second</text:p>', '1. Core\n\nFirst\n\nSecond'],
    [
      'a table as label<TAB>value rows',
      '<table:table><table:table-row><table:table-cell><text:p>Date</text:p></table:table-cell><table:table-cell><text:p>8 July</text:p></table:table-cell></table:table-row></table:table>',
      'Date\t8 July',
    ],
    ['spaces written as text:s, tabs and line breaks', '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p>', 'a   b c\nd'],
    ['a link as "text (url)"', '<text:p>See <text:a xlink:href="https://example.org/s">the statement</text:a>.</text:p>', 'See the statement (https://example.org/s).'],
    ['a note after the text, a comment left out', '<text:p>Body<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note text</text:p></text:note-body></text:note><office:annotation><text:p>A comment</text:p></office:annotation></text:p>', 'Body\n\nNote text'],
    ['spans and sections read through', '<text:section><text:p><text:span>Sp</text:span>an</text:p></text:section>', 'Span'],
  ])('reads %s', async (_name, body, text) => {
    expect(await read(odt(content(body)))).toBe(text);
  });

  it('numbers a list whose style numbers its first level, and bullets the others', async () => {
    const styles = '<office:automatic-styles><text:list-style style:name="N"><text:list-level-style-number text:level="1"/></text:list-style></office:automatic-styles>';
    const xml = content('<text:list text:style-name="N"><text:list-item><text:p>One</text:p></text:list-item><text:list-item><text:p>Two</text:p></text:list-item></text:list><text:list><text:list-item><text:p>Dot</text:p></text:list-item></text:list>').replace('<office:body>', `${styles}<office:body>`);
    expect(await read(odt(xml))).toBe('1. One\n\n2. Two\n\n- Dot');
  });

  it('expands no entity the document declares (no "billion laughs")', async () => {
    const prolog = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const text = await read(odt(content('<text:p>Before &c; after</text:p>', prolog))).catch(() => '');
    expect(text.length).toBeLessThan(200);
  });

  it.each([
    ['a package cut short', odt(content('<text:p>x</text:p>')).subarray(0, 60), 'corrupt', 'the OpenDocument file is damaged or cut short (its zip archive cannot be read)'],
    ['a package with no content.xml', zipFiles([mimetype, { name: 'styles.xml', data: Buffer.from('<x/>') }]), 'corrupt', 'the OpenDocument file is damaged: it has no content.xml'],
    ['content that is not ODF', odt('<html><body>hello</body></html>'), 'corrupt', 'the OpenDocument file is damaged: its content has no text body'],
    ['an empty text', odt(content('<text:p/>')), 'no-text', 'the OpenDocument file has no text'],
  ])('fails %s with its reason', async (_name, bytes, code, reason) => {
    expect(await failure(bytes)).toMatchObject({ code, message: reason });
  });

  it('stops unpacking content.xml at --max-unpacked, by the bytes really produced', async () => {
    const huge = content(`<text:p>${'x'.repeat(3 * 1048576)}</text:p>`);
    expect(await failure(odt(huge), { ...defaultLimits, maxUncompressedBytes: 1048576 })).toMatchObject({
      code: 'file-too-large',
      message: 'the OpenDocument text expands to more than the limit of 1 MB when unpacked',
    });
  });

  it('refuses an OpenDocument spreadsheet as not a text', async () => {
    const sheet = zipFiles([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), stored: true }]);
    expect(await failure(sheet)).toMatchObject({ code: 'unsupported-format' });
  });
});
