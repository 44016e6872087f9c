// The small document model every stage shares. Loaders produce a LoadedDocument (one string per page,
// in reading order); the normaliser turns it into a NormalisedDocument whose text every evidence span
// points into. Nothing after load/ knows which file format the text came from.
import type { Diagnostic, SourceFormat } from './record/schema.js';
import type { PageMetadata } from './load/html-to-text.js';

export interface LoadedDocument {
  format: SourceFormat;
  /** Text of each page in reading order; non-paged formats have exactly one. */
  pages: string[];
  /** Number of pages for paged formats (PDF), else null. */
  pageCount: number | null;
  messages: Diagnostic[];
  /** What a web page says of itself (its title, address and publication date); absent for other formats. */
  page?: PageMetadata;
  /** Pages read by OCR (--ocr), with tesseract's confidence in each word; absent when none were. */
  ocr?: OcrPageText[];
}

export interface OcrPageText {
  /** 1-based page number. */
  page: number;
  /** Mean word confidence, 0 to 100. */
  meanConfidence: number;
  words: { text: string; confidence: number }[];
}

export interface PageSpan {
  /** 1-based page number. */
  number: number;
  start: number;
  end: number;
  /** Set when the page's text was read by OCR (--ocr), so values found there are trusted less. */
  ocr?: true;
}

export interface NormalisedDocument {
  text: string;
  pages: PageSpan[];
  /** Whether the source was paged, so evidence names pages (PDF) or leaves them null. */
  paged: boolean;
}

/** Half-open character range into the normalised text. */
export interface Span {
  start: number;
  end: number;
}
