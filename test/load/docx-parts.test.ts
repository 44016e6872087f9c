// The parts mammoth reads: found by name as JSZip finds them, decoded as mammoth decodes them, the bytes the size
// check inflated, and a part that cannot be read refused with its name.
import { describe, expect, it } from 'vitest';
import { zipFiles, type ZipFile } from '../../scripts/fixtures/zip.js';
import { docxParts, resolvePartName } from '../../src/load/docx-parts.js';
import { readZipDirectory } from '../../src/load/zip-directory.js';
import { unpacksWithin } from '../../src/load/zip-inflate.js';
import type { ZipEntry } from '../../src/load/zip-directory.js';

async function partsOf(files: ZipFile[], limit = 64 << 20) {
  const bytes = zipFiles(files);
  const entries = readZipDirectory(bytes);
  const unpacked = new Map<ZipEntry, Uint8Array>();
  expect(await unpacksWithin(bytes, entries, limit, unpacked)).toBe(true);
  return { parts: docxParts(bytes, entries, unpacked, limit), unpacked, entries, bytes };
}

describe('resolvePartName', () => {
  it.each([
    ['word/document.xml', 'word/document.xml'],
    ['./word/document.xml', 'word/document.xml'],
    ['word//media/../document.xml', 'word/document.xml'],
    ['word/./styles.xml', 'word/styles.xml'],
    ['../../[Content_Types].xml', '[Content_Types].xml'],
    ['word/', 'word/'],
    ['/word/document.xml', '/word/document.xml'],
  ])('%s is found as %s', (name, resolved) => {
    expect(resolvePartName(name)).toBe(resolved);
  });
});

describe('docxParts', () => {
  it('reads a part as bytes, as text in the encoding asked for, and as base64', async () => {
    const text = 'Prés <w:t>9:30</w:t>';
    const { parts } = await partsOf([
      { name: 'word/document.xml', data: Buffer.from(`\uFEFF${text}`, 'utf8') },
      { name: 'word/media/image1.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]), stored: true },
    ]);
    expect(parts.exists('word/document.xml')).toBe(true);
    // TextDecoder drops the byte-order mark, as it does for JSZip's bytes in mammoth's own reader.
    expect(await parts.read('word/document.xml', 'utf-8')).toBe(text);
    expect(await parts.read('word/media/image1.png', 'base64')).toBe(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]).toString('base64'));
    expect([...((await parts.read('word/media/image1.png')) as Uint8Array)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 255]);
  });

  it('gives mammoth the bytes the size check inflated, without inflating them again', async () => {
    const { parts, unpacked, entries } = await partsOf([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    const entry = entries[0];
    if (!entry) throw new Error('no entry');
    expect(await parts.read('word/document.xml')).toBe(unpacked.get(entry));
  });

  it('inflates a part the check only counted (one of several megabytes) when it is read', async () => {
    const big = Buffer.alloc(6 << 20, 0x61);
    const { parts, unpacked } = await partsOf([{ name: 'word/document.xml', data: big }]);
    expect(unpacked.size).toBe(0);
    expect(((await parts.read('word/document.xml')) as Uint8Array).byteLength).toBe(big.byteLength);
  });

  it('finds parts by their resolved names, a later entry of a name winning, and no folder', async () => {
    const { parts } = await partsOf([
      { name: 'word/', data: Buffer.alloc(0), stored: true },
      { name: './word/document.xml', data: Buffer.from('first') },
      { name: 'word/document.xml', data: Buffer.from('second') },
    ]);
    expect(parts.exists('word/')).toBe(false);
    expect(parts.exists('./word/document.xml')).toBe(false);
    expect(await parts.read('word/document.xml', 'utf-8')).toBe('second');
  });

  it('refuses a part that is missing or damaged, naming it', async () => {
    const bytes = zipFiles([{ name: 'word/document.xml', data: Buffer.alloc(1000, 0x61) }]);
    const [entry] = readZipDirectory(bytes);
    if (!entry) throw new Error('no entry');
    // The compressed bytes cut short: the check counts what came out and keeps nothing; reading then fails.
    const cut = { ...entry, compressedSize: 2 };
    const unpacked = new Map<ZipEntry, Uint8Array>();
    await unpacksWithin(bytes, [cut], 1 << 20, unpacked);
    const parts = docxParts(bytes, [cut], unpacked, 1 << 20);
    await expect(parts.read('word/document.xml')).rejects.toThrow('the part word/document.xml is damaged and cannot be unpacked');
    await expect(parts.read('word/media/missing.png')).rejects.toThrow('the part word/media/missing.png is not in the document');
  });
});

describe('a DOCX whose image part is missing', () => {
  it('is read, with a warning that names the missing part', async () => {
    const { loadDocument } = await import('../../src/load/index.js');
    const { normaliseExtractOptions } = await import('../../src/options.js');
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const drawing =
      '<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Chart"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      '<pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>';
    const files: ZipFile[] = [
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
            '<Default Extension="png" ContentType="image/png"/>' +
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      {
        name: '_rels/.rels',
        data: Buffer.from(
          `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${r}/officeDocument" Target="word/document.xml"/></Relationships>`,
        ),
      },
      {
        name: 'word/_rels/document.xml.rels',
        data: Buffer.from(
          `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImage" Type="${r}/image" Target="media/chart.png"/></Relationships>`,
        ),
      },
      {
        name: 'word/document.xml',
        data: Buffer.from(
          `<?xml version="1.0"?><w:document xmlns:w="${w}" xmlns:r="${r}"><w:body>` +
            '<w:p><w:r><w:t>Name of producer organisation: Office for Invented Statistics</w:t></w:r></w:p>' +
            `<w:p><w:r>${drawing}</w:r></w:p></w:body></w:document>`,
        ),
      },
    ];
    const loaded = await loadDocument(zipFiles(files), 'report.docx', normaliseExtractOptions({}));
    expect(loaded.pages.join('\n')).toContain('Office for Invented Statistics');
    expect(loaded.messages.map((message) => message.reason)).toContain('Word reader: the part word/media/chart.png is not in the document');
  });
});
