// Word 97-2003 documents (.doc). The compound file is read by our own bounded reader (ole.ts); word-extractor
// turns the WordDocument stream's piece table into text, with tracked deletions blanked. What word-extractor's
// own text leaves out, this reader takes from the paragraph properties: which paragraphs are table cells and
// which end a row (so a cell of several paragraphs stays one cell), which are list items and whether numbered,
// and the target of each hyperlink field. The text is then laid out as every other loader lays it out
// (TextLayout: tables as label<TAB>value rows, list items on lines of their own, links as "text (url)"), with
// footnotes and endnotes at the end and the running headers and footers left out, as the DOCX reader does.
import { Readable } from 'node:stream';
import type { LoadedDocument } from '../document.js';
import { ExtractError } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';
import { TextLayout } from './html-to-text.js';
import { CompoundFileError, readCompoundFile, type CompoundFile } from './ole.js';

// word-extractor is needed by .doc files only, which are rare in a batch.
type WordOleExtractorClass = typeof import('word-extractor/lib/word-ole-extractor.js').default;
let extractorLoading: Promise<WordOleExtractorClass> | null = null;
function loadExtractor(): Promise<WordOleExtractorClass> {
  extractorLoading ??= import('word-extractor/lib/word-ole-extractor.js').then((module) => module.default);
  return extractorLoading;
}

// Offsets in the File Information Block ([MS-DOC] 2.5.1) of what this reader uses.
const fib = {
  magic: 0x00,
  version: 0x02,
  flags: 0x0a,
  ccpText: 0x4c,
  ccpFtn: 0x50,
  ccpHdd: 0x54,
  ccpAtn: 0x5c,
  ccpEdn: 0x60,
  plcfBtePapx: 0x102,
  clx: 0x1a2,
  plfLst: 0x2e2,
  plfLfo: 0x2ea,
} as const;
const wordMagic = 0xa5ec;
// Word 97 writes version 193; Word 6 and 95 wrote 101-105, a different layout this reader does not know.
const firstWord97Version = 0xc0;
const flagEncrypted = 0x0100;
const flagObfuscated = 0x8000;
const flagTable1 = 0x0200;

// Paragraph properties read here ([MS-DOC] 2.6.2).
const sprm = { inTable: 0x2416, tableRowEnd: 0x2417, listLevel: 0x260a, listFormat: 0x460b, tableDefinition: 0xd608, tabs: 0xc615 } as const;
// A list level's number format (nfc): bullets, no number at all (LibreOffice's outline numbering of headings), or
// any kind of number, which the layout writes as "1. ".
const bulletFormat = 0x17;
const noNumberFormat = 0xff;
type ListMarker = 'bullet' | 'number' | 'none';

interface ParagraphProperties {
  inTable: boolean;
  rowEnd: boolean;
  /** 1-based index of the list format override, 0 when the paragraph is not a list item. */
  list: number;
  level: number;
}

interface PropertyRun extends ParagraphProperties {
  /** Byte offsets in the WordDocument stream, end exclusive. */
  from: number;
  to: number;
}

const plainParagraph: ParagraphProperties = { inTable: false, rowEnd: false, list: 0, level: 0 };

class Bytes {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(offset: number, size: number): boolean {
    return offset >= 0 && offset + size <= this.bytes.length;
  }
  u8(offset: number): number {
    return this.has(offset, 1) ? this.view.getUint8(offset) : 0;
  }
  u16(offset: number): number {
    return this.has(offset, 2) ? this.view.getUint16(offset, true) : 0;
  }
  u32(offset: number): number {
    return this.has(offset, 4) ? this.view.getUint32(offset, true) : 0;
  }
}

/** Calls `visit` with each property and its operand's offset in a run of properties (a grpprl). */
function eachProperty(data: Bytes, from: number, to: number, visit: (code: number, operand: number) => void): void {
  for (let at = from; at + 2 <= to; ) {
    const code = data.u16(at);
    at += 2;
    visit(code, at);
    const operandKind = code >> 13;
    if (code === sprm.tableDefinition) at += 2 + Math.max(0, data.u16(at) - 1);
    else if (code === sprm.tabs && data.u8(at) === 255) return;
    else if (operandKind === 6) at += 1 + data.u8(at);
    else at += [1, 1, 2, 4, 2, 2, 0, 3][operandKind] ?? 1;
  }
}

/** The paragraph properties of every run of the document, from the paragraph property pages. */
function paragraphRuns(word: Bytes, table: Bytes): PropertyRun[] {
  const runs: PropertyRun[] = [];
  const at = word.u32(fib.plcfBtePapx);
  const size = word.u32(fib.plcfBtePapx + 4);
  const count = Math.floor((size - 4) / 8);
  if (count <= 0 || !table.has(at, size)) return runs;
  for (let index = 0; index < count; index += 1) {
    const page = table.u32(at + (count + 1) * 4 + index * 4) * 512;
    if (!word.has(page, 512)) continue;
    const runCount = word.u8(page + 511);
    for (let run = 0; run < runCount && (run + 1) * 4 + 4 <= 511; run += 1) {
      const properties: PropertyRun = { ...plainParagraph, from: word.u32(page + run * 4), to: word.u32(page + (run + 1) * 4) };
      const offset = page + word.u8(page + (runCount + 1) * 4 + run * 13) * 2;
      if (offset > page) {
        const declared = word.u8(offset);
        const length = declared !== 0 ? 2 * declared - 1 : 2 * word.u8(offset + 1);
        const start = offset + (declared !== 0 ? 1 : 2);
        // The run's properties start after its style number (two bytes) and stay inside the page.
        eachProperty(word, start + 2, Math.min(start + length, page + 511), (code, operand) => {
          if (code === sprm.inTable) properties.inTable = word.u8(operand) === 1;
          else if (code === sprm.tableRowEnd) properties.rowEnd = word.u8(operand) === 1;
          else if (code === sprm.listFormat) properties.list = word.u16(operand);
          else if (code === sprm.listLevel) properties.level = Math.min(8, word.u8(operand));
        });
      }
      runs.push(properties);
    }
  }
  return runs.sort((a, b) => a.from - b.from);
}

/** A list as a paragraph names it (through a format override): the list's id, and which levels are bullets. */
interface ListKind {
  id: number;
  markers: ListMarker[];
}

/** Each list format override (1-based) with its list: writers give one list several overrides. */
function listKinds(word: Bytes, table: Bytes): Map<number, ListKind> {
  const kinds = new Map<number, ListKind>();
  const listAt = word.u32(fib.plfLst);
  const listSize = word.u32(fib.plfLst + 4);
  const lists = new Map<number, ListMarker[]>();
  if (listSize >= 2 && table.has(listAt, listSize)) {
    const count = Math.min(table.u16(listAt), Math.floor((listSize - 2) / 28));
    // The levels of all lists follow the list table, in order: one level for a simple list, else nine.
    let level = listAt + listSize;
    for (let index = 0; index < count && table.has(level, 28); index += 1) {
      const entry = listAt + 2 + index * 28;
      const levels = table.u8(entry + 26) & 1 ? 1 : 9;
      const markers: ListMarker[] = [];
      for (let n = 0; n < levels && table.has(level, 28); n += 1) {
        const format = table.u8(level + 4);
        markers.push(format === bulletFormat ? 'bullet' : format === noNumberFormat ? 'none' : 'number');
        level += 28 + table.u8(level + 24) + table.u8(level + 25);
        level += 2 + table.u16(level) * 2;
      }
      lists.set(table.u32(entry), markers);
    }
  }
  const overrideAt = word.u32(fib.plfLfo);
  const overrideSize = word.u32(fib.plfLfo + 4);
  if (overrideSize >= 4 && table.has(overrideAt, overrideSize)) {
    const count = Math.min(table.u32(overrideAt), Math.floor((overrideSize - 4) / 16));
    for (let index = 0; index < count; index += 1) {
      const id = table.u32(overrideAt + 4 + index * 16);
      kinds.set(index + 1, { id, markers: lists.get(id) ?? [] });
    }
  }
  return kinds;
}

/**
 * The number of characters word-extractor's piece table will hold, counted as it counts them (each piece
 * clipped to the stream), so that a file whose pieces all point at the same text cannot multiply it.
 */
function pieceTextLength(word: Bytes, table: Bytes): number {
  let at = word.u32(fib.clx);
  while (table.u8(at) === 1 && table.has(at, 3)) at += 3 + table.u16(at + 1);
  if (table.u8(at) !== 2) throw new ExtractError('corrupt', 'the Word 97-2003 document is damaged: its table of text pieces cannot be found');
  const size = table.u32(at + 1);
  at += 5;
  const count = Math.floor((size - 4) / 12);
  if (count <= 0 || !table.has(at, size)) throw new ExtractError('corrupt', 'the Word 97-2003 document is damaged: its table of text pieces is cut short');
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const characters = table.u32(at + (index + 1) * 4) - table.u32(at + index * 4);
    const position = table.u32(at + (count + 1) * 4 + index * 8 + 2);
    const compressed = (position & 0x40000000) !== 0;
    const start = compressed ? Math.floor((position & ~0x40000000) / 2) : position;
    const bytes = Math.max(0, Math.min(characters * (compressed ? 1 : 2), word.bytes.length - start));
    total += compressed ? bytes : Math.floor(bytes / 2);
  }
  return total;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

function openCompoundFile(bytes: Uint8Array): CompoundFile {
  try {
    return readCompoundFile(bytes);
  } catch (error) {
    if (error instanceof CompoundFileError) {
      throw new ExtractError('corrupt', `the Word 97-2003 document is damaged: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** The WordDocument and table streams, once the file is known to be a readable Word 97-2003 document. */
function wordStreams(file: CompoundFile, limits: LoadLimits): { word: Bytes; table: Bytes } {
  const wordDocument = file.stream('WordDocument');
  if (!wordDocument) {
    if (file.streamNames.includes('EncryptedPackage')) {
      throw new ExtractError('encrypted', 'password-protected Word document: remove the password and save again');
    }
    const kind = file.streamNames.includes('Workbook') || file.streamNames.includes('Book') ? 'an Excel workbook'
      : file.streamNames.includes('PowerPoint Document') ? 'a PowerPoint presentation' : 'an Office file';
    throw new ExtractError('unsupported-format', `${kind} in the old binary format, not a Word document: save the report as DOCX or PDF`);
  }
  const word = new Bytes(wordDocument);
  if (word.u16(fib.magic) !== wordMagic || !word.has(fib.plfLfo, 8)) {
    throw new ExtractError('corrupt', 'the Word 97-2003 document is damaged: its WordDocument stream does not start as one');
  }
  const flags = word.u16(fib.flags);
  if (flags & (flagEncrypted | flagObfuscated)) {
    throw new ExtractError('encrypted', 'password-protected Word document: remove the password in Word and save again');
  }
  if (word.u16(fib.version) < firstWord97Version) {
    throw new ExtractError('unsupported-format', 'a Word 6 or Word 95 document, which is not read: save the report as DOCX or PDF');
  }
  const tableStream = file.stream(flags & flagTable1 ? '1Table' : '0Table');
  if (!tableStream) throw new ExtractError('corrupt', 'the Word 97-2003 document is damaged: its table stream is missing');
  const table = new Bytes(tableStream);
  const characters = pieceTextLength(word, table);
  if (characters * 2 > limits.maxUncompressedBytes) {
    throw new ExtractError('file-too-large', `the Word document's text would take more than the limit of ${megabytes(limits.maxUncompressedBytes)}`);
  }
  return { word, table };
}

/** The characters of every story, and where each character's bytes are in the WordDocument stream. */
interface WordText {
  text: string;
  /** Byte offset in the WordDocument stream of each piece's first character, with its width. */
  pieces: { startCp: number; endCp: number; startFilePos: number; bpc: number }[];
}

async function readWordText(word: Bytes, table: Bytes): Promise<WordText> {
  const WordOleExtractor = await loadExtractor();
  // word-extractor's own document assembly drops what this reader needs (cell ends, field codes): the pieces
  // are taken as they stand once its properties pass has blanked tracked deletions.
  class PieceReader extends WordOleExtractor {
    protected override buildDocument(): WordText {
      const pieces = this._pieces;
      return { text: pieces.map((piece) => piece.text).join(''), pieces };
    }
  }
  const streams: Record<string, Uint8Array> = { WordDocument: word.bytes, '0Table': table.bytes, '1Table': table.bytes };
  const source = { stream: (name: string) => Readable.from(streams[name] ? [Buffer.from(streams[name])] : []) };
  try {
    return (await new PieceReader().extractWordDocument(source, Buffer.from(word.bytes))) as WordText;
  } catch (error) {
    throw new ExtractError('corrupt', 'the Word 97-2003 document is damaged: its text cannot be read', { cause: error });
  }
}

interface Story {
  from: number;
  to: number;
}

function hyperlinkTarget(code: string): string | null {
  const match = /^\s*HYPERLINK\s+(?:\\[a-z]\s+(?:"[^"]*"\s+)?)*"?([^"\s]+)"?/i.exec(code);
  return match?.[1] ?? null;
}

type Inline = { text: string } | { lineBreak: true } | { link: string | null };

/** Writes the stories' paragraphs into the layout: tables from cell and row marks, lists from their format. */
class StoryWriter {
  private inline: Inline[] = [];
  // Open fields, innermost last. A field nested in another's code (an IF's condition) shows nothing itself.
  private fields: { code: string; inResult: boolean; link: boolean; hidden: boolean }[] = [];
  private tableOpen = false;
  private rowOpen = false;
  private cellOpen = false;
  private lists: { id: number; ordered: boolean }[] = [];

  constructor(
    private readonly layout: TextLayout,
    private readonly propertiesAt: (cp: number) => ParagraphProperties,
    private readonly kinds: Map<number, ListKind>,
  ) {}

  write(text: string, story: Story): void {
    for (let cp = story.from; cp < story.to && cp < text.length; cp += 1) {
      const character = text[cp] ?? '';
      const field = this.fields.at(-1);
      if (character === '\x13') this.fields.push({ code: '', inResult: false, link: false, hidden: !!field && (field.hidden || !field.inResult) });
      else if (character === '\x14' && field) {
        field.inResult = true;
        const target = field.hidden ? null : hyperlinkTarget(field.code);
        if (target) {
          field.link = true;
          this.inline.push({ link: target });
        }
      } else if (character === '\x15' && field) {
        this.fields.pop();
        if (field.link) this.inline.push({ link: null });
      } else if (field && !field.inResult) field.code += character;
      else if (field?.hidden) continue;
      else if (character === '\r' || character === '\x07' || character === '\n' || character === '\x0c') this.endParagraph(cp, character);
      else if (character === '\x0b') this.inline.push({ lineBreak: true });
      else if (character === '\t') this.pushText(' ');
      else if (character === '\x1e') this.pushText('-');
      // Other marks below a space stand for pictures, note references, drawn objects, or deleted text.
      else if (character >= ' ') this.pushText(character);
    }
    this.endParagraph(-1, '\r');
    this.closeTable();
    this.closeLists(0);
  }

  private pushText(text: string): void {
    const last = this.inline.at(-1);
    if (last && 'text' in last) last.text += text;
    else this.inline.push({ text });
  }

  private flushInline(): void {
    for (const part of this.inline) {
      if ('text' in part) this.layout.text(part.text);
      else if ('lineBreak' in part) this.layout.tag('br', false, '');
      else if (part.link === null) this.layout.tag('a', true, '');
      else this.layout.tag('a', false, ` href="${part.link.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    }
    this.inline = [];
  }

  private closeTable(): void {
    if (!this.tableOpen) return;
    if (this.cellOpen) this.layout.tag('td', true, '');
    if (this.rowOpen) this.layout.tag('tr', true, '');
    this.layout.tag('table', true, '');
    this.tableOpen = this.rowOpen = this.cellOpen = false;
  }

  private closeLists(depth: number): void {
    while (this.lists.length > depth) {
      this.layout.tag('li', true, '');
      this.layout.tag(this.lists.pop()?.ordered ? 'ol' : 'ul', true, '');
    }
  }

  private endParagraph(cp: number, mark: string): void {
    const properties = cp < 0 ? plainParagraph : this.propertiesAt(cp);
    const empty = this.inline.every((part) => !('text' in part) || part.text.trim() === '');
    if (cp < 0 && empty) return;
    if (properties.rowEnd) {
      this.inline = [];
      if (this.cellOpen) this.layout.tag('td', true, '');
      if (this.rowOpen) this.layout.tag('tr', true, '');
      this.rowOpen = this.cellOpen = false;
      return;
    }
    if (properties.inTable || mark === '\x07') {
      this.closeLists(0);
      if (!this.tableOpen) this.layout.tag('table', false, '');
      if (!this.rowOpen) this.layout.tag('tr', false, '');
      if (!this.cellOpen) this.layout.tag('td', false, '');
      this.tableOpen = this.rowOpen = this.cellOpen = true;
      this.flushInline();
      // A cell's paragraphs are lines of the one cell; its cell mark ends it.
      if (mark === '\x07') {
        this.layout.tag('td', true, '');
        this.cellOpen = false;
      } else this.layout.tag('br', false, '');
      return;
    }
    this.closeTable();
    const list = properties.list > 0 ? this.kinds.get(properties.list) : undefined;
    const marker = list?.markers[properties.level] ?? 'none';
    if (list && marker !== 'none' && !empty) {
      const ordered = marker === 'number';
      const depth = properties.level + 1;
      this.closeLists(depth);
      const top = this.lists.at(-1);
      // Another list at the same level starts afresh; the same list's next item closes the one before.
      if (this.lists.length === depth && top && (top.id !== list.id || top.ordered !== ordered)) this.closeLists(depth - 1);
      else if (this.lists.length === depth) this.layout.tag('li', true, '');
      while (this.lists.length < depth) {
        this.layout.tag(ordered ? 'ol' : 'ul', false, '');
        this.lists.push({ id: list.id, ordered });
      }
      this.layout.tag('li', false, '');
      this.flushInline();
      return;
    }
    this.closeLists(0);
    if (empty) {
      this.inline = [];
      return;
    }
    this.layout.tag('p', false, '');
    this.flushInline();
    this.layout.tag('p', true, '');
  }
}

/** Binary search: the item for which `compare` gives 0 (-1: the target is before it, 1: after it). */
function findSorted<T>(items: readonly T[], compare: (item: T) => number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle] as T;
    const side = compare(item);
    if (side === 0) return item;
    if (side < 0) high = middle - 1;
    else low = middle + 1;
  }
  return undefined;
}

export async function loadDoc(bytes: Uint8Array, limits: LoadLimits): Promise<LoadedDocument> {
  const { word, table } = wordStreams(openCompoundFile(bytes), limits);
  const { text, pieces } = await readWordText(word, table);
  const runs = paragraphRuns(word, table);
  // A paragraph's properties are those of the run holding its mark's bytes.
  const propertiesAt = (cp: number): ParagraphProperties => {
    const piece = findSorted(pieces, (candidate) => (cp < candidate.startCp ? -1 : cp >= candidate.endCp ? 1 : 0));
    if (!piece) return plainParagraph;
    const position = piece.startFilePos + (cp - piece.startCp) * piece.bpc;
    return findSorted(runs, (run) => (position < run.from ? -1 : position >= run.to ? 1 : 0)) ?? plainParagraph;
  };
  const length = (offset: number) => word.u32(offset);
  const body = { from: 0, to: length(fib.ccpText) };
  const footnotes = { from: body.to, to: body.to + length(fib.ccpFtn) };
  const endnotesFrom = footnotes.to + length(fib.ccpHdd) + length(fib.ccpAtn);
  const endnotes = { from: endnotesFrom, to: endnotesFrom + length(fib.ccpEdn) };
  const layout = new TextLayout();
  const writer = new StoryWriter(layout, propertiesAt, listKinds(word, table));
  // Footnotes and endnotes follow the text, as the DOCX reader puts them; headers and footers are not read.
  for (const story of [body, footnotes, endnotes]) writer.write(text, story);
  const out = layout.finish();
  if (out.trim() === '') throw new ExtractError('no-text', 'the Word document has no text');
  return { format: 'doc', pages: [out], pageCount: null, messages: [] };
}
