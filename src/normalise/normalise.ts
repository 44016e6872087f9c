// Turns loaded pages into the one normalised text that every later stage and every evidence span refers to.
// Each step is a small pure function over one page's text; pages are normalised separately and joined by a
// blank line, so a page's span in the normalised text is known exactly and evidence can name its page.
import type { LoadedDocument, NormalisedDocument, PageSpan } from '../document.js';
import { decodeEntities } from './entities.js';
import { removePageFurniture } from './furniture.js';

export type NormaliseStep = (text: string) => string;

/** Line breaks of every platform, form feeds and Unicode separators become "\n". */
export const unifyLineBreaks: NormaliseStep = (text) => text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/\f/g, '\n\n');

const glyphs: Record<string, string> = {
  'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200a': ' ',
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\ufeff': '', '\u2060': '',
  '\u2010': '-', '\u2011': '-',
};
const glyphPattern = new RegExp(`[${Object.keys(glyphs).join('')}]`, 'g');

/** Ligatures, exotic spaces and invisible characters left by converters become plain text. */
export const foldGlyphs: NormaliseStep = (text) => text.replace(glyphPattern, (glyph) => glyphs[glyph] ?? glyph);

// Tags that converters leave inline in published texts. Only these are removed, so that prose such as
// "<5 minutes" or "a <b> c" written with angle brackets survives.
const paragraphTags = /<\/?(?:p|div|h[1-6]|ul|ol|table|tbody|thead|tr|blockquote|section)\b[^<>]*>/gi;
const lineTags = /<(?:br|li|hr)\b[^<>]*\/?>|<\/li>/gi;
const cellTags = /<\/?t[dh]\b[^<>]*>/gi;
const inlineTags = /<\/?(?:u|i|b|em|strong|sup|sub|span|font|a|small|big|s|strike|ins|del|mark|abbr|cite|code|o:p)\b[^<>]*>/gi;

/** Inline HTML left in text (paragraph and line tags become breaks, others vanish) and character references. */
export const stripInlineMarkup: NormaliseStep = (text) => {
  // Most texts hold neither a tag nor a reference; the passes below would change nothing.
  if (!text.includes('<') && !text.includes('&')) return text;
  return decodeEntities(
    text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(paragraphTags, '\n\n')
      .replace(lineTags, '\n')
      .replace(cellTags, '\t')
      .replace(inlineTags, ''),
  );
};

const tableSeparatorLine = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('|') || trimmed.endsWith('|') || / \| /.test(trimmed);
}

/**
 * Markdown as published texts carry it: "#" headings lose their hashes, "**bold**" its stars, and pipe tables
 * become tab-separated rows. A row's end ("|" closing a line) is a cell boundary, so it becomes a blank line:
 * that keeps a cell that wraps over several lines together and stops a value at its cell's end.
 */
export const readMarkdown: NormaliseStep = (text) => {
  // Without a pipe, a hash or a double star there is no Markdown to read, and reading line by line costs time.
  if (!text.includes('|') && !text.includes('#') && !text.includes('**')) return text;
  return text
    .split('\n')
    .map((line) => {
      if (tableSeparatorLine.test(line) && line.includes('|')) return '';
      let out = line.replace(/^(\s*)#{1,6}[ \t]+/, '$1').replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, '$1');
      if (isTableRow(out)) {
        const endsCell = out.trim().endsWith('|');
        const cells = out
          .trim()
          .replace(/^\|/, '')
          .replace(/\|$/, '')
          .split('|')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== '');
        out = cells.join('\t') + (endsCell ? '\n' : '');
      }
      return out;
    })
    .join('\n');
};

/** Bullet glyphs at the start of a line become "- ", the one list marker later stages know. */
export const normaliseBullets: NormaliseStep = (text) =>
  text.replace(/^([ \t]*)(?:[•◦▪▫■□●○◆◇►▶➢➤✓✔·∙‣⁃]|\uf0b7|\uf0a7|\uf076|\uf0d8|\*(?= ))[ \t]*/gm, '$1- ');

/**
 * A word broken at a line end ("publi-\ncation", "publi- \ncation") is joined again; real compounds across lines
 * are rare. White space after the hyphen is allowed, since a later step drops it and a second pass would then join.
 */
const lineEndHyphen = /-[ \t]*\n/;
export const dehyphenate: NormaliseStep = (text) => (!lineEndHyphen.test(text) ? text : text.replace(/([a-z]{2,})-[ \t]*\n[ \t]*([a-z]{2,})/g, '$1$2'));

/** Spaces are folded, tabs (cell boundaries) kept, and blank runs shortened to one blank line. */
export const foldWhitespace: NormaliseStep = (text) =>
  text
    .replace(/[ \u3000]+/g, ' ')
    .replace(/ *\t[ \t]*/g, '\t')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ ]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');

export const normaliseSteps: readonly NormaliseStep[] = [
  unifyLineBreaks,
  foldGlyphs,
  stripInlineMarkup,
  readMarkdown,
  normaliseBullets,
  dehyphenate,
  foldWhitespace,
];

export function normalisePageText(text: string, steps: readonly NormaliseStep[] = normaliseSteps): string {
  return steps.reduce((current, step) => step(current), text);
}

/**
 * Pages are joined by a blank line, except where a sentence or table cell runs on over the break (the page
 * ends without closing punctuation and the next begins in lower case): then by a line break, so that the
 * paragraph or cell stays whole.
 */
function pageSeparator(before: string, after: string): string {
  return /[^.:;!?)\]"”’\s]$/.test(before) && /^[a-z]/.test(after) ? '\n' : '\n\n';
}

export function normaliseDocument(loaded: Pick<LoadedDocument, 'pages' | 'pageCount' | 'ocr'>): NormalisedDocument {
  const ocrPages = new Set((loaded.ocr ?? []).map((page) => page.page));
  const pageTexts = removePageFurniture(loaded.pages.map((page) => normalisePageText(page)));
  const pages: PageSpan[] = [];
  let text = '';
  pageTexts.forEach((pageText, index) => {
    if (index > 0 && text !== '') text += pageSeparator(text, pageText);
    const span: PageSpan = { number: index + 1, start: text.length, end: text.length + pageText.length };
    if (ocrPages.has(span.number)) span.ocr = true;
    pages.push(span);
    text += pageText;
  });
  return { text, pages, paged: loaded.pageCount !== null };
}
