// One entry point for every format: bytes in, the shared LoadedDocument out.
import type { LoadedDocument } from '../document.js';
import { ExtractError, info } from '../diagnostics/diagnostic.js';
import { detectFormat } from './detect.js';
import { loadText } from './text.js';
import type { LoadLimits } from '../options.js';

// Each reader is loaded when the first file of its format comes, not with the pipeline: a worker thread of a batch of
// PDFs then never loads the HTML parser, the XML parser or the Word readers (the pipeline's modules loaded in 255 ms, now in 170-180), and one of text
// reports not even the PDF reader.

export async function loadDocument(bytes: Uint8Array, fileName: string, limits: LoadLimits): Promise<LoadedDocument> {
  if (bytes.length > limits.maxFileBytes) {
    throw new ExtractError('file-too-large', `the file is larger than the limit of ${Math.round(limits.maxFileBytes / 1048576)} MB`);
  }
  const detected = detectFormat(bytes, fileName);
  switch (detected.format) {
    case 'pdf':
      return (await import('./pdf.js')).loadPdf(bytes, limits);
    case 'docx':
      return (await import('./docx.js')).loadDocx(bytes, limits);
    case 'odt':
      return (await import('./odt.js')).loadOdt(bytes, limits);
    case 'doc':
      return (await import('./doc.js')).loadDoc(bytes, limits);
    default: {
      const loaded = await loadText(detected.text ?? '', detected.format, limits);
      // How the bytes were read as text (NULs dropped, an encoding found) is said on the record.
      return { ...loaded, messages: [...loaded.messages, ...detected.notes.map((note) => info('loader-message', note))] };
    }
  }
}
