// Plain text, Markdown and HTML: one page each, or one per form feed for a text export. Inline markup in text files
// (the published web texts carry <p>, <u>, ## headings and pipe tables) is left to the normaliser, which every
// format goes through.
import type { LoadedDocument } from '../document.js';
import { ExtractError } from '../diagnostics/diagnostic.js';
import type { SourceFormat } from '../record/schema.js';
import type { LoadLimits } from '../options.js';

/** How many pages the form feeds of `text` make, counted without splitting it. */
function countPages(text: string): number {
  let pages = 1;
  for (let at = text.indexOf('\f'); at >= 0; at = text.indexOf('\f', at + 1)) pages += 1;
  return pages;
}

/**
 * A text export keeps its page breaks as form feeds: split there so page furniture can be recognised. The pages
 * are bounded like a PDF's (--max-pages): 30 MB of form feeds would otherwise become 30 million pages, each an
 * object through the whole pipeline, which took a worker past its heap and the main thread of a library caller
 * (no worker) down with the process.
 */
function splitPages(text: string, maxPages: number): string[] {
  const pages = countPages(text);
  if (pages > maxPages) {
    throw new ExtractError('too-many-pages', `the text has ${pages} pages (form feeds), more than the limit of ${maxPages}`);
  }
  return text.split('\f');
}

export async function loadText(
  text: string,
  format: Extract<SourceFormat, 'txt' | 'md' | 'html'>,
  limits: Pick<LoadLimits, 'maxPages'>,
): Promise<LoadedDocument> {
  if (format === 'html') {
    // The HTML parser is loaded only for a web page (see index.ts).
    const { readHtmlPage } = await import('./html-to-text.js');
    const page = readHtmlPage(text);
    return { format, pages: [page.text], pageCount: null, messages: [], page: page.metadata };
  }
  return { format, pages: splitPages(text, limits.maxPages), pageCount: null, messages: [] };
}
