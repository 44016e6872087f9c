// One entry point for every format: bytes in, the shared LoadedDocument out.
import type { LoadedDocument } from '../document.js';
import { ExtractError, info } from '../diagnostics/diagnostic.js';
import { detectFormat } from './detect.js';
import { loadText } from './text.js';
import { loadPdf } from './pdf.js';
import { loadDocx } from './docx.js';
import { loadOdt } from './odt.js';
import { loadDoc } from './doc.js';
import type { LoadLimits } from '../options.js';

export async function loadDocument(bytes: Uint8Array, fileName: string, limits: LoadLimits): Promise<LoadedDocument> {
  if (bytes.length > limits.maxFileBytes) {
    throw new ExtractError('file-too-large', `the file is larger than the limit of ${Math.round(limits.maxFileBytes / 1048576)} MB`);
  }
  const detected = detectFormat(bytes, fileName);
  switch (detected.format) {
    case 'pdf':
      return loadPdf(bytes, limits);
    case 'docx':
      return loadDocx(bytes, limits);
    case 'odt':
      return loadOdt(bytes, limits);
    case 'doc':
      return loadDoc(bytes, limits);
    default: {
      const loaded = loadText(detected.text ?? '', detected.format, limits);
      // How the bytes were read as text (NULs dropped, an encoding found) is said on the record.
      return { ...loaded, messages: [...loaded.messages, ...detected.notes.map((note) => info('loader-message', note))] };
    }
  }
}
