// What an input file is and which extensions are read; the walk over folders, globs and lists is in
// batch/inputs.ts.

export const reportExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx', '.doc', '.odt']);

export interface InputFile {
  /** Absolute or as-given path to read. */
  path: string;
  /** Path recorded in the record: the path from the working directory (as given, then within a folder given). */
  sourcePath: string;
}

export class InputError extends Error {}
