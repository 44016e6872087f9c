// DOCX through mammoth: rendered to HTML so that tables, lists, headings and links survive, then read by the
// same HTML-to-text conversion as web pages. Before mammoth unpacks anything, the zip's central directory is
// read to refuse archives that are damaged, are not Word documents, or would expand beyond the limit.
import mammoth from 'mammoth';
import type { LoadedDocument } from '../document.js';
import { ExtractError, info, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from '../options.js';
import { htmlToText } from './html-to-text.js';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory.js';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
    if (error instanceof ZipFormatError) throw new ExtractError('corrupt', `DOCX is corrupt (${error.message})`, { cause: error });
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
    const reason = `Word reader: ${message.message}`;
    out.push(message.type === 'error' ? warning('loader-message', reason) : info('loader-message', reason));
  }
  return out;
}

export async function loadDocx(bytes: Uint8Array, limits: LoadLimits): Promise<LoadedDocument> {
  checkDocxArchive(bytes, limits);
  let result: { value: string; messages: MammothMessage[] };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    throw new ExtractError('corrupt', `DOCX is corrupt (${describe(error)})`, { cause: error });
  }
  const text = htmlToText(result.value);
  if (text.trim() === '') throw new ExtractError('no-text', 'the DOCX has no text');
  return {
    format: 'docx',
    pages: [text],
    pageCount: null,
    messages: toDiagnostics(result.messages),
  };
}
