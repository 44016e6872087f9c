// Turns HTML (a web page, or mammoth's rendering of a DOCX) into plain text that keeps the layout's
// meaning: table cells separated by tabs and rows by line breaks, list items as "- " lines, headings and
// paragraphs as blocks, and link targets kept beside their text. A cell's own paragraphs stay on single
// lines, so that a row is "label<TAB>value" with the value's lines right after it; a row of one cell (a
// merged, full-width row) is a block of its own.
//
// The layout rules live in TextLayout, which takes a stream of tags and text; htmlToText feeds it from the tree an
// HTML5 parser (parse5) builds, so that what the standard lets a page leave out (</head>, </p>, </td>, </li>, ...)
// reads as a browser reads it; the DOCX loader feeds it straight from mammoth's document model (docx-model-text.ts).
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { decodeEntities } from '../normalise/entities.js';

const blockTags = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'dl', 'dt', 'dd', 'hr',
]);
// Page chrome (navigation menus, site footers) is not part of the report.
const skippedTags = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'nav', 'footer']);
// Chrome that a page left open holds what follows it: an HTML5 parser puts the rest of the page inside a <nav> or
// <footer> whose end tag is missing. One that holds the report's structure is read.
const chromeTags = new Set(['nav', 'footer']);
const reportStructure = new Set(['main', 'article', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Elements that never have content or an end tag.
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

interface OpenTable {
  row: { from: number; cells: number } | null;
  cellFrom: number | null;
}

/**
 * Builds the text from a stream of tags and text: `text` takes text as it is to appear (entities decoded,
 * white space already folded), `tag` a lower-case tag name with its attributes as written in HTML
 * (` href="..."`, entities still encoded), and `finish` gives the text.
 */
export class TextLayout {
  private readonly out: string[] = [];
  private readonly lists: { ordered: boolean; next: number }[] = [];
  private readonly tables: OpenTable[] = [];
  private link: { href: string; from: number } | null = null;

  // Closing tags of cells and rows are optional in HTML, so an opening tag closes what is still open.
  private closeCell(table: OpenTable): void {
    if (table.cellFrom === null) return;
    const content = this.out.splice(table.cellFrom).join('');
    this.out.push(content.replace(/\t/g, ' ').replace(/[ ]*\n[\s]*/g, '\n').trim());
    table.cellFrom = null;
  }

  private closeRow(table: OpenTable): void {
    this.closeCell(table);
    if (!table.row) return;
    if (table.row.cells === 1) {
      const content = this.out.splice(table.row.from).join('');
      this.out.push(`\n\n${content.trim()}\n\n`);
    }
    table.row = null;
  }

  private breakBlock(): void {
    this.out.push('\n\n');
  }

  text(text: string): void {
    this.out.push(text);
  }

  tag(tag: string, closing: boolean, attributes: string): void {
    const out = this.out;
    switch (tag) {
      case 'br':
        out.push('\n');
        break;
      case 'table':
        if (!closing) this.tables.push({ row: null, cellFrom: null });
        else {
          const table = this.tables.pop();
          if (table) this.closeRow(table);
        }
        this.breakBlock();
        break;
      case 'tr': {
        const table = this.tables.at(-1);
        if (!table) break;
        this.closeRow(table);
        if (!closing) {
          out.push('\n');
          table.row = { from: out.length, cells: 0 };
        }
        break;
      }
      case 'td':
      case 'th': {
        const table = this.tables.at(-1);
        if (!table) break;
        this.closeCell(table);
        if (closing) break;
        if (!table.row) {
          out.push('\n');
          table.row = { from: out.length, cells: 0 };
        }
        if (table.row.cells > 0) out.push('\t');
        table.row.cells += 1;
        table.cellFrom = out.length;
        break;
      }
      case 'li':
        if (!closing) {
          const list = this.lists.at(-1);
          const marker = list?.ordered ? `${list.next++}. ` : '- ';
          out.push(`\n${'  '.repeat(Math.max(0, this.lists.length - 1))}${marker}`);
        } else out.push('\n');
        break;
      case 'ul':
      case 'ol':
        if (!closing) this.lists.push({ ordered: tag === 'ol', next: Number(attribute(attributes, 'start') ?? 1) || 1 });
        else this.lists.pop();
        this.breakBlock();
        break;
      case 'a':
        if (!closing) {
          const href = attribute(attributes, 'href');
          this.link = href && /^(https?:|mailto:|www\.)/i.test(href) ? { href, from: out.length } : null;
        } else if (this.link && this.link.from <= out.length) {
          const shown = out.slice(this.link.from).join('');
          const target = this.link.href.replace(/^mailto:/i, '');
          if (!shown.includes(target) && !shown.includes(target.replace(/\/$/, ''))) out.push(` (${target})`);
          this.link = null;
        }
        break;
      default:
        if (blockTags.has(tag)) this.breakBlock();
    }
  }

  finish(): string {
    return this.out
      .join('')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];

function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

function childrenOf(node: HtmlNode): HtmlNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

function holdsReportStructure(element: HtmlElement): boolean {
  const pending = [...childrenOf(element)];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (!isElement(node)) continue;
    if (reportStructure.has(node.tagName)) return true;
    pending.push(...childrenOf(node));
  }
  return false;
}

/** The element's attributes as HTML writes them (` href="..."`), the form TextLayout reads. */
function attributeText(element: HtmlElement): string {
  return element.attrs.map(({ name, value }) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
}

/**
 * Feeds the layout from the parsed tree, depth first, without recursion: a hostile page can nest elements
 * thousands deep (parse5 itself bounds nothing, but keeps the nesting in the tree).
 */
function feed(root: HtmlNode, layout: TextLayout): void {
  const stack: { node: HtmlNode; closing: boolean }[] = childrenOf(root).map((node) => ({ node, closing: false })).reverse();
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, closing } = item;
    if (!isElement(node)) {
      // Inside HTML, runs of white space (including source line breaks) are one space; entities are decoded.
      if (node.nodeName === '#text' && 'value' in node) layout.text(node.value.replace(/\s+/g, ' '));
      continue;
    }
    if (closing) {
      layout.tag(node.tagName, true, '');
      continue;
    }
    if (skippedTags.has(node.tagName) && !(chromeTags.has(node.tagName) && holdsReportStructure(node))) continue;
    if (isSiteChrome(node)) continue;
    layout.tag(node.tagName, false, attributeText(node));
    if (voidTags.has(node.tagName)) continue;
    stack.push({ node, closing: true });
    for (const child of [...childrenOf(node)].reverse()) stack.push({ node: child, closing: false });
  }
}

/** What a saved web page says of itself, beside its text. */
export interface PageMetadata {
  title: string | null;
  /** The page's own address: its canonical link, else its og:url. */
  url: string | null;
  /** The publication date or date-time the page gives (ISO 8601 as written), else null. */
  published: string | null;
}

// Blocks a site wraps around the report: cookie and consent banners, skip links, breadcrumbs, share buttons. Matched
// on an element's id and classes as whole words.
const chromeNames = /(?:^|[\s_-])(cookie|cookies|consent|gdpr|skip-link|skiplink|breadcrumbs?|share|social|site-header|site-footer|banner)(?:$|[\s_-])/i;
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search']);

function attributeOf(element: HtmlElement | undefined, name: string): string | null {
  return element?.attrs.find((attribute) => attribute.name === name)?.value ?? null;
}

/** Whether the element is the site's, not the report's: hidden, a landmark of the site, or named as chrome. */
function isSiteChrome(element: HtmlElement): boolean {
  if (attributeOf(element, 'hidden') !== null || attributeOf(element, 'aria-hidden') === 'true') return true;
  if (chromeRoles.has(attributeOf(element, 'role') ?? '')) return !holdsReportStructure(element);
  const names = `${attributeOf(element, 'id') ?? ''} ${attributeOf(element, 'class') ?? ''}`;
  return chromeNames.test(names) && !holdsReportStructure(element);
}

function elements(root: HtmlNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  const pending = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isElement(node)) found.push(node);
    for (const child of [...childrenOf(node)].reverse()) pending.push(child);
  }
  return found;
}

/**
 * Where the report is on a page: its <main>, else its one <article> (or, of several, the one holding the most
 * headings and tables), else the whole page.
 */
function contentRoot(document: HtmlNode): HtmlNode {
  const all = elements(document);
  const main = all.find((element) => element.tagName === 'main' && !isSiteChrome(element));
  if (main) return main;
  const articles = all.filter((element) => element.tagName === 'article');
  const weight = (element: HtmlElement) => elements(element).filter((inner) => reportStructure.has(inner.tagName)).length;
  return articles.sort((a, b) => weight(b) - weight(a))[0] ?? document;
}

function textOf(element: HtmlElement): string {
  return elements(element)
    .flatMap((node) => childrenOf(node))
    .map((node) => (node.nodeName === '#text' && 'value' in node ? node.value : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

// Where pages give their publication date, most specific first (Open Graph, Dublin Core); else a <time datetime>.
const publishedKeys = ['article:published_time', 'dcterms.issued', 'dc.date.issued', 'dcterms.created', 'date'];

function pageMetadata(document: HtmlNode): PageMetadata {
  const all = elements(document);
  const meta = (key: string) => all.find((element) => element.tagName === 'meta' && (attributeOf(element, 'property') ?? attributeOf(element, 'name'))?.toLowerCase() === key);
  const content = (key: string) => attributeOf(meta(key), 'content')?.trim() || null;
  const titleElement = all.find((element) => element.tagName === 'title');
  const canonical = all.find((element) => element.tagName === 'link' && (attributeOf(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const time = all.find((element) => element.tagName === 'time' && attributeOf(element, 'datetime'));
  const url = attributeOf(canonical, 'href')?.trim() || content('og:url');
  return {
    title: (titleElement ? textOf(titleElement) : '') || content('og:title'),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    published: publishedKeys.map(content).find((value) => value !== null) ?? attributeOf(time, 'datetime'),
  };
}

/**
 * A saved web page: the text of its main content (see contentRoot), without the site's navigation, banners,
 * scripts and footers, and what the page says of itself (title, address, publication date).
 */
export function readHtmlPage(html: string): { text: string; metadata: PageMetadata } {
  const document = parse(html);
  const layout = new TextLayout();
  feed(contentRoot(document), layout);
  return { text: layout.finish(), metadata: pageMetadata(document) };
}

/** The text of an HTML page or fragment, read by an HTML5 parser (a missing </head>, unclosed elements, ...). */
export function htmlToText(html: string): string {
  const layout = new TextLayout();
  feed(parse(html), layout);
  return layout.finish();
}
