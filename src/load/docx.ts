// DOCX through mammoth. mammoth reads the document into its document model, and docxModelToText writes the
// text from that model as mammoth's HTML rendering read by htmlToText would give it (tables, lists, headings
// and links survive), without making the HTML, which costs about a third as much again as the reading. A
// document that mammoth's HTML step would treat differently (a style map of mammoth's embedded in it, or
// something that step cannot write) goes through that step itself. Before mammoth reads anything, the
// zip's central directory is read to refuse archives that are damaged, are not Word documents, or would
// expand beyond the limit, and mammoth then reads the parts that check inflated (docx-parts.ts).
import type mammothModule from 'mammoth';
import type { LoadedDocument } from '../document.js';
import { ExtractError, info, readerDetail, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';
import { docxModelToText, UnsupportedDocxModel, type DocxDocument, type DocxElement } from './docx-model-text.js';
import { docxParts, type DocxParts } from './docx-parts.js';
import { htmlToText } from './html-to-text.js';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory.js';
import { unpacksWithin } from './zip-inflate.js';

// mammoth takes a tenth of a second to load, and a batch of text or PDF reports never needs it.
let mammothLoading: Promise<typeof mammothModule> | null = null;
function loadMammoth(): Promise<typeof mammothModule> {
  mammothLoading ??= import('mammoth').then((module) => module.default);
  return mammothLoading;
}


function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

/** Checks the archive before it is unpacked; throws an ExtractError saying what is wrong. */
export function checkDocxArchive(bytes: Uint8Array, limits: LoadLimits): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) {
      throw new ExtractError('corrupt', 'the Word document is damaged or cut short (its zip archive cannot be read)', { cause: error });
    }
    throw error;
  }
  if (entries.some((entry) => entry.encrypted)) {
    throw new ExtractError('encrypted', 'DOCX has encrypted parts: remove the password in Word and save again');
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ExtractError('corrupt', 'DOCX is corrupt (word/document.xml not found)');
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ExtractError('file-too-large', `DOCX would expand to ${megabytes(total)} when unpacked, more than the limit of ${megabytes(limits.maxUncompressedBytes)}`);
  }
  return entries;
}

interface MammothMessage {
  type: string;
  message: string;
}

/** mammoth's messages as diagnostics: errors as warnings, the rest as information, each once. */
function toDiagnostics(messages: MammothMessage[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const message of messages) {
    const key = `${message.type}:${message.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // mammoth's messages are sentences, but may quote the document's XML: one bounded line of it.
    const reason = `Word reader: ${readerDetail(message.message, 200)}`;
    out.push(message.type === 'error' ? warning('loader-message', reason) : info('loader-message', reason));
  }
  return out;
}

interface ReadDocx {
  text: string;
  messages: MammothMessage[];
}

// mammoth's `file` input, which its typings leave out: the object its own zip reader makes (see docx-parts.ts).
function mammothInput(parts: DocxParts): { buffer: Buffer } {
  return { file: parts } as unknown as { buffer: Buffer };
}

async function readWithMammoth<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new ExtractError('corrupt', 'the Word document is damaged: its contents cannot be read', { cause: error });
  }
}

/** mammoth's HTML, read by htmlToText. */
async function readThroughHtml(parts: DocxParts): Promise<ReadDocx> {
  const mammoth = await loadMammoth();
  const result = await readWithMammoth(() => mammoth.convertToHtml(mammothInput(parts)));
  return { text: htmlToText(result.value), messages: result.messages };
}

/** mammoth's document model, written as text; null when the model needs mammoth's HTML step after all. */
async function readThroughModel(parts: DocxParts): Promise<ReadDocx | null> {
  const mammoth = await loadMammoth();
  const read: { model?: DocxDocument } = {};
  // The HTML step is handed an empty document, and no style map to parse, so it costs next to nothing.
  const result = await readWithMammoth(() =>
    mammoth.convertToHtml(
      mammothInput(parts),
      {
        includeDefaultStyleMap: false,
        includeEmbeddedStyleMap: false,
        transformDocument: (document: DocxDocument) => {
          read.model = document;
          return { ...document, children: [], comments: [] };
        },
      },
    ),
  );
  const document = read.model;
  if (!document) throw new ExtractError('corrupt', 'the Word document is damaged: no document was found in it');
  try {
    let written = docxModelToText(document);
    if (written.images.length > 0) {
      // mammoth leaves out, and reports, the images it cannot read (a missing part, a linked file).
      const unreadable = new Map<DocxElement, unknown>();
      for (const image of new Set(written.images)) {
        try {
          await image.readAsArrayBuffer?.();
        } catch (error) {
          unreadable.set(image, error);
        }
      }
      if (unreadable.size > 0) written = docxModelToText(document, unreadable);
    }
    return { text: written.text, messages: [...result.messages, ...written.messages] };
  } catch (error) {
    if (error instanceof UnsupportedDocxModel) return null;
    throw error;
  }
}

/** The declared sizes passed: the bytes that really come out must pass too, before mammoth unpacks anything. */
async function checkUnpackedBytes(bytes: Uint8Array, entries: readonly ZipEntry[], limits: LoadLimits, unpacked: Map<ZipEntry, Uint8Array>): Promise<void> {
  if (await unpacksWithin(bytes, entries, limits.maxUncompressedBytes, unpacked)) return;
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  throw new ExtractError(
    'file-too-large',
    `DOCX expands to more than the limit of ${megabytes(limits.maxUncompressedBytes)} when unpacked (its zip directory declares ${megabytes(declared)})`,
  );
}

export async function loadDocx(bytes: Uint8Array, limits: LoadLimits): Promise<LoadedDocument> {
  const entries = checkDocxArchive(bytes, limits);
  const unpacked = new Map<ZipEntry, Uint8Array>();
  await checkUnpackedBytes(bytes, entries, limits, unpacked);
  // The markup mammoth parses is kept as the check inflated it; images, read at most once, are inflated again
  // when read, so that a document's pictures are not all held while it is read.
  for (const entry of unpacked.keys()) if (!/\.(?:xml|rels)$/i.test(entry.name)) unpacked.delete(entry);
  const parts = docxParts(bytes, entries, unpacked, limits.maxUncompressedBytes);
  // A style map saved in the document by mammoth changes how mammoth renders it: leave that to mammoth.
  const embeddedStyleMap = parts.exists('mammoth/style-map');
  const result = (embeddedStyleMap ? null : await readThroughModel(parts)) ?? (await readThroughHtml(parts));
  const text = result.text;
  if (text.trim() === '') throw new ExtractError('no-text', 'the DOCX has no text');
  return {
    format: 'docx',
    pages: [text],
    pageCount: null,
    messages: toDiagnostics(result.messages),
  };
}
