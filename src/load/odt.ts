// OpenDocument text (.odt, as LibreOffice and others write it): its content.xml, read through the zip reader the
// DOCX loader uses (its directory checked first, the entry unpacked no further than the limit) and written with
// the layout the other loaders give: paragraphs and headings as blocks, tables as label<TAB>value rows, list items
// on lines of their own, links as "text (url)", notes at the end. TextLayout (html-to-text.ts) does the layout.
import { DOMParser } from '@xmldom/xmldom';
import type { LoadedDocument } from '../document.js';
import { ExtractError, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';
import { TextLayout } from './html-to-text.js';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory.js';
import { unpackEntry } from './zip-inflate.js';

const textNamespace = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const tableNamespace = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const officeNamespace = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const styleNamespace = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const xlinkNamespace = 'http://www.w3.org/1999/xlink';

// What each ODF element is in the layout's terms (HTML's names). Elements not named are read through.
const layoutTags: Record<string, string> = {
  [`${textNamespace} h`]: 'h2',
  [`${textNamespace} p`]: 'p',
  [`${textNamespace} list`]: 'ul',
  [`${textNamespace} list-item`]: 'li',
  [`${tableNamespace} table`]: 'table',
  [`${tableNamespace} table-row`]: 'tr',
  [`${tableNamespace} table-cell`]: 'td',
  [`${textNamespace} a`]: 'a',
};
// Not the report's text: comments, a table's hidden cells, the page's running parts, tracked deletions.
const skipped = new Set([
  `${officeNamespace} annotation`,
  `${tableNamespace} covered-table-cell`,
  `${textNamespace} tracked-changes`,
  `${textNamespace} note`,
  `${textNamespace} sequence-decls`,
  `${officeNamespace} forms`,
]);

interface XmlNode {
  nodeType: number;
  nodeValue: string | null;
  namespaceURI?: string | null;
  localName?: string | null;
  childNodes: ArrayLike<XmlNode> | null;
  getAttributeNS?: (namespace: string, name: string) => string | null;
}

const nameOf = (node: XmlNode) => `${node.namespaceURI ?? ''} ${node.localName ?? ''}`;

function children(node: XmlNode): XmlNode[] {
  return node.childNodes ? Array.from(node.childNodes) : [];
}

/** The names of the list styles that number their first level (a numbered list, written "1. ", "2. "). */
function numberedListStyles(root: XmlNode): Set<string> {
  const numbered = new Set<string>();
  const pending = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (nameOf(node) === `${textNamespace} list-style`) {
      const first = children(node).find((child) => child.nodeType === 1 && child.getAttributeNS?.(textNamespace, 'level') === '1');
      if (first && first.localName === 'list-level-style-number') numbered.add(node.getAttributeNS?.(styleNamespace, 'name') ?? '');
    }
    pending.push(...children(node));
  }
  return numbered;
}

/** Feeds the layout from the document body, depth first without recursion; notes are gathered for the end. */
function feed(body: XmlNode, layout: TextLayout, numbered: Set<string>): XmlNode[] {
  const notes: XmlNode[] = [];
  // `inItem`: a paragraph right inside a list item is the item's own line, not a block of its own.
  const stack: { node: XmlNode; closing: string | null; inItem?: boolean }[] = children(body).map((node) => ({ node, closing: null })).reverse();
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, closing, inItem } = item;
    if (closing) {
      layout.tag(closing, true, '');
      continue;
    }
    if (node.nodeType === 3 || node.nodeType === 4) {
      // ODF folds white space as HTML does; runs of spaces are written as <text:s>.
      layout.text((node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = nameOf(node);
    if (name === `${textNamespace} note`) {
      notes.push(node);
      continue;
    }
    if (skipped.has(name)) continue;
    if (name === `${textNamespace} s`) {
      layout.text(' '.repeat(Math.min(100, Number(node.getAttributeNS?.(textNamespace, 'c') ?? 1) || 1)));
      continue;
    }
    if (name === `${textNamespace} tab`) {
      layout.text(' ');
      continue;
    }
    if (name === `${textNamespace} line-break`) {
      layout.tag('br', false, '');
      continue;
    }
    let tag = inItem && (name === `${textNamespace} p` || name === `${textNamespace} h`) ? null : (layoutTags[name] ?? null);
    let attributes = '';
    if (tag === 'ul' && numbered.has(node.getAttributeNS?.(textNamespace, 'style-name') ?? '')) tag = 'ol';
    if (tag === 'a') attributes = ` href="${(node.getAttributeNS?.(xlinkNamespace, 'href') ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    if (tag) {
      layout.tag(tag, false, attributes);
      stack.push({ node, closing: tag });
    }
    const paragraphs = children(node).filter((child) => child.localName === 'p' || child.localName === 'h');
    for (const child of children(node).reverse()) {
      // A list item's second paragraph starts a line of its own within the item.
      if (tag === 'li' && paragraphs.indexOf(child) > 0) stack.push({ node: { nodeType: 1, nodeValue: null, namespaceURI: textNamespace, localName: 'line-break', childNodes: null }, closing: null });
      stack.push({ node: child, closing: null, inItem: tag === 'li' });
    }
  }
  return notes;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

function contentXml(bytes: Uint8Array, limits: LoadLimits): string {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) {
      throw new ExtractError('corrupt', 'the OpenDocument file is damaged or cut short (its zip archive cannot be read)', { cause: error });
    }
    throw error;
  }
  const content = entries.find((entry) => entry.name === 'content.xml');
  if (!content) throw new ExtractError('corrupt', 'the OpenDocument file is damaged: it has no content.xml');
  if (content.encrypted || entries.some((entry) => entry.name === 'META-INF/manifest.xml' && entry.encrypted)) {
    throw new ExtractError('encrypted', 'password-protected OpenDocument file: remove the password and save again');
  }
  const unpacked = unpackEntry(bytes, content, limits.maxUncompressedBytes);
  if (unpacked === 'too-large') {
    throw new ExtractError('file-too-large', `the OpenDocument text expands to more than the limit of ${megabytes(limits.maxUncompressedBytes)} when unpacked`);
  }
  // An encrypted ODF package keeps its content.xml as unreadable bytes (its manifest names the encryption).
  if (unpacked === 'damaged') throw new ExtractError('corrupt', 'the OpenDocument file is damaged or password-protected: its content cannot be unpacked');
  return new TextDecoder('utf-8').decode(unpacked);
}

export function loadOdt(bytes: Uint8Array, limits: LoadLimits): LoadedDocument {
  const xml = contentXml(bytes, limits);
  const messages: Diagnostic[] = [];
  const problems: string[] = [];
  // xmldom expands no entity a document declares itself (no "billion laughs") and fetches nothing.
  const document = new DOMParser({
    errorHandler: { warning: () => undefined, error: (message: string) => problems.push(message), fatalError: (message: string) => problems.push(message) },
  }).parseFromString(xml, 'text/xml') as unknown as XmlNode & { getElementsByTagNameNS: (namespace: string, name: string) => ArrayLike<XmlNode> };
  const body = document.getElementsByTagNameNS(officeNamespace, 'text')[0];
  if (!body) throw new ExtractError('corrupt', 'the OpenDocument file is damaged: its content has no text body', { cause: problems[0] });
  if (problems.length > 0) messages.push({ ...warning('loader-message', 'Part of the OpenDocument content is malformed XML; what could be read was kept.'), detail: problems[0] });
  const layout = new TextLayout();
  const notes = feed(body, layout, numberedListStyles(document));
  // Notes (footnotes and endnotes) go after the text, as the DOCX reader puts them.
  for (const note of notes) {
    const noteBody = children(note).find((child) => child.localName === 'note-body');
    if (noteBody) feed(noteBody, layout, new Set());
  }
  const text = layout.finish();
  if (text.trim() === '') throw new ExtractError('no-text', 'the OpenDocument file has no text');
  return { format: 'odt', pages: [text], pageCount: null, messages };
}
