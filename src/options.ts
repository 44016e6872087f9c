// Options are checked once at the edge and every stage receives the normalised form.
export interface LoadLimits {
  /** Largest input file accepted, in bytes. */
  maxFileBytes: number;
  /** Most pages read from a PDF. */
  maxPages: number;
  /** Largest total uncompressed size of a DOCX archive, in bytes (zip-bomb guard). */
  maxUncompressedBytes: number;
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
  for (const key of ['maxFileBytes', 'maxPages', 'maxUncompressedBytes'] as const) {
    const value = options[key];
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`option ${key} must be a positive number, got ${String(value)}`);
  }
  return options;
}
