// PDF through pdf.js (legacy build for Node, no eval, no worker).
import type { LoadedDocument } from '../document.js';
import { ExtractError } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
}

export async function loadPdf(bytes: Uint8Array, limits: LoadLimits): Promise<LoadedDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ExtractError('encrypted', 'encrypted PDF: a password is needed', { cause: error });
    throw new ExtractError('corrupt', `PDF is corrupt or truncated (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  try {
    if (document.numPages === 0) throw new ExtractError('no-text', 'the PDF has no pages');
    if (document.numPages > limits.maxPages) {
      throw new ExtractError('too-many-pages', `the PDF has ${document.numPages} pages, more than the limit of ${limits.maxPages}`);
    }
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        (content.items as TextItemLike[])
          .map((item) => item.str + (item.hasEOL ? '\n' : ''))
          .join(''),
      );
      page.cleanup();
    }
    return { format: 'pdf', pages, pageCount: document.numPages, messages: [] };
  } finally {
    await task.destroy();
  }
}
