// DOCX through mammoth: rendered to HTML so that tables, lists, headings and links survive, then read by the
// same HTML-to-text conversion as web pages.
import mammoth from 'mammoth';
import type { LoadedDocument } from '../document.js';
import { ExtractError, info } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';
import { htmlToText } from './html-to-text.js';

export async function loadDocx(bytes: Uint8Array, limits: LoadLimits): Promise<LoadedDocument> {
  void limits;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    throw new ExtractError('corrupt', `DOCX is corrupt (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  return {
    format: 'docx',
    pages: [htmlToText(result.value)],
    pageCount: null,
    messages: result.messages.map((message) => info('loader-message', `Word reader: ${message.message}`)),
  };
}
