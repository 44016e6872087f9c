// Turns HTML (a web page, or mammoth's rendering of a DOCX) into plain text that keeps the layout's
// meaning: table cells separated by tabs and rows by line breaks, list items as "- " lines, headings and
// paragraphs as blocks, and link targets kept beside their text. A cell's own paragraphs stay on single
// lines, so that a row is "label<TAB>value" with the value's lines right after it; a row of one cell (a
// merged, full-width row) is a block of its own.
import { decodeEntities } from '../normalise/entities.js';

const blockTags = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'dl', 'dt', 'dd', 'hr',
]);
const skippedTags = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg']);
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

export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  const tables: OpenTable[] = [];
  let skipping: string | null = null;
  let link: { href: string; from: number } | null = null;

  // Closing tags of cells and rows are optional in HTML, so an opening tag closes what is still open.
  const closeCell = (table: OpenTable) => {
    if (table.cellFrom === null) return;
    const content = out.splice(table.cellFrom).join('');
    out.push(content.replace(/\t/g, ' ').replace(/[ ]*\n[\s]*/g, '\n').trim());
    table.cellFrom = null;
  };
  const closeRow = (table: OpenTable) => {
    closeCell(table);
    if (!table.row) return;
    if (table.row.cells === 1) {
      const content = out.splice(table.row.from).join('');
      out.push(`\n\n${content.trim()}\n\n`);
    }
    table.row = null;
  };

  const breakBlock = () => out.push('\n\n');
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
      out.push(decodeEntities(token.replace(/\s+/g, ' ')));
      continue;
    }
    const closing = match[1] === '/';
    const attributes = match[3] ?? '';
    if (skippedTags.has(tag)) {
      if (!closing && !attributes.trimEnd().endsWith('/')) skipping = tag;
      continue;
    }
    switch (tag) {
      case 'br':
        out.push('\n');
        break;
      case 'table':
        if (!closing) tables.push({ row: null, cellFrom: null });
        else {
          const table = tables.pop();
          if (table) closeRow(table);
        }
        breakBlock();
        break;
      case 'tr': {
        const table = tables.at(-1);
        if (!table) break;
        closeRow(table);
        if (!closing) {
          out.push('\n');
          table.row = { from: out.length, cells: 0 };
        }
        break;
      }
      case 'td':
      case 'th': {
        const table = tables.at(-1);
        if (!table) break;
        closeCell(table);
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
          const list = lists.at(-1);
          const marker = list?.ordered ? `${list.next++}. ` : '- ';
          out.push(`\n${'  '.repeat(Math.max(0, lists.length - 1))}${marker}`);
        } else out.push('\n');
        break;
      case 'ul':
      case 'ol':
        if (!closing) lists.push({ ordered: tag === 'ol', next: Number(attribute(attributes, 'start') ?? 1) || 1 });
        else lists.pop();
        breakBlock();
        break;
      case 'a':
        if (!closing) {
          const href = attribute(attributes, 'href');
          link = href && /^(https?:|mailto:|www\.)/i.test(href) ? { href, from: out.length } : null;
        } else if (link && link.from <= out.length) {
          const shown = out.slice(link.from).join('');
          const target = link.href.replace(/^mailto:/i, '');
          if (!shown.includes(target) && !shown.includes(target.replace(/\/$/, ''))) out.push(` (${target})`);
          link = null;
        }
        break;
      default:
        if (blockTags.has(tag)) breakBlock();
    }
  }
  return out
    .join('')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
