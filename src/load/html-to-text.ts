// Turns HTML (a web page, or mammoth's rendering of a DOCX) into plain text that keeps the layout's
// meaning: table cells separated by tabs and rows by line breaks, list items as "- " lines, headings and
// paragraphs as blocks, and link targets kept beside their text. A cell's own paragraphs stay on single
// lines, so that a row is "label<TAB>value" with the value's lines right after it; a row of one cell (a
// merged, full-width row) is a block of its own.
//
// The layout rules live in TextLayout, which takes a stream of tags and text; htmlToText feeds it from an
// HTML string, and the DOCX loader feeds it straight from mammoth's document model (docx-model-text.ts).
import { decodeEntities } from '../normalise/entities.js';

const blockTags = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'dl', 'dt', 'dd', 'hr',
]);
// Page chrome (navigation menus, site footers) is not part of the report.
const skippedTags = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'nav', 'footer']);
const tokenPattern = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</gi;

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

export function htmlToText(html: string): string {
  const layout = new TextLayout();
  let skipping: string | null = null;
  for (const match of html.matchAll(tokenPattern)) {
    const token = match[0];
    const tag = match[2]?.toLowerCase();
    if (skipping) {
      if (tag === skipping && match[1] === '/') skipping = null;
      continue;
    }
    if (!tag) {
      if (token.startsWith('<!--') || token.startsWith('<!')) continue;
      // Inside HTML, runs of white space (including source line breaks) are one space.
      layout.text(decodeEntities(token.replace(/\s+/g, ' ')));
      continue;
    }
    const closing = match[1] === '/';
    const attributes = match[3] ?? '';
    if (skippedTags.has(tag)) {
      if (!closing && !attributes.trimEnd().endsWith('/')) skipping = tag;
      continue;
    }
    layout.tag(tag, closing, attributes);
  }
  return layout.finish();
}
