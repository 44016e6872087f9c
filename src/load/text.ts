// Plain text, Markdown and HTML: one page each. Inline markup in text files (the published web texts carry
// <p>, <u>, ## headings and pipe tables) is left to the normaliser, which every format goes through.
import type { LoadedDocument } from '../document.js';
import type { SourceFormat } from '../record/schema.js';
import { htmlToText } from './html-to-text.js';

export function loadText(text: string, format: Extract<SourceFormat, 'txt' | 'md' | 'html'>): LoadedDocument {
  return {
    format,
    // A text export keeps its page breaks as form feeds: split there so page furniture can be recognised.
    pages: format === 'html' ? [htmlToText(text)] : text.split('\f'),
    pageCount: null,
    messages: [],
  };
}
