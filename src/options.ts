// Options are checked once at the edge and every stage receives the normalised form.
export interface LoadLimits {
  /** Largest input file accepted, in bytes. */
  maxFileBytes: number;
  /** Most pages read from a PDF. */
  maxPages: number;
  /** Largest total uncompressed size of a DOCX archive, in bytes (zip-bomb guard). */
  maxUncompressedBytes: number;
  /** Read PDF pages that are only a scanned image with OCR (tesseract.js, offline); off by default. */
  ocr: boolean;
  /** Time limit for rendering and reading one page with OCR, in milliseconds. */
  ocrTimeoutMs: number;
}

export interface ExtractOptions extends LoadLimits {
  /** Name used for format hints and in messages; also the record's source.path unless sourcePath is set. */
  fileName: string;
  sourcePath: string;
}

export const defaultLimits: LoadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxPages: 200,
  maxUncompressedBytes: 100 * 1024 * 1024,
  ocr: false,
  ocrTimeoutMs: 60_000,
};

export type ExtractOptionsInput = Partial<ExtractOptions> & { fileName?: string };

export function normaliseExtractOptions(input: ExtractOptionsInput = {}): ExtractOptions {
  const fileName = input.fileName ?? input.sourcePath ?? 'document.txt';
  const options: ExtractOptions = {
    ...defaultLimits,
    ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
    fileName,
    sourcePath: input.sourcePath ?? fileName,
  };
  if (typeof options.ocr !== 'boolean') throw new RangeError(`option ocr must be true or false, got ${String(options.ocr)}`);
  for (const key of ['maxFileBytes', 'maxPages', 'maxUncompressedBytes', 'ocrTimeoutMs'] as const) {
    const value = options[key];
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`option ${key} must be a positive number, got ${String(value)}`);
  }
  return options;
}
