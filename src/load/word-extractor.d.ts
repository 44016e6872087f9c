// word-extractor ships no types. The loader uses its Word 97-2003 layer (the piece table, with tracked
// deletions blanked) on streams our own compound-file reader gives it; see doc.ts for why.
declare module 'word-extractor/lib/word-ole-extractor.js' {
  import type { Readable } from 'node:stream';

  export interface WordPiece {
    startCp: number;
    endCp: number;
    startFilePos: number;
    /** Bytes per character: 1 for 8-bit (Windows-1252) text, 2 for UTF-16. */
    bpc: number;
    size: number;
    /** The piece's characters; deleted text is overwritten with NUL, so the length never changes. */
    text: string;
  }

  export interface WordStreamSource {
    stream(name: string): Readable;
  }

  export default class WordOleExtractor {
    protected _pieces: WordPiece[];
    extractWordDocument(document: WordStreamSource, wordDocument: Buffer): Promise<unknown>;
    protected buildDocument(): unknown;
  }
}
