// Regenerates the PDF and DOCX fixtures (and their plain-text twins) from the invented reports in
// scripts/fixtures/reports.ts: `npm run fixtures`. The output is deterministic apart from what the docx
// package stamps into its zip, so regenerating only changes files when the reports or renderers change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { renderText } from './fixtures/render-text.js';
import { renderPdf } from './fixtures/render-pdf.js';
import { renderDocx } from './fixtures/render-docx.js';
import { renderWebPage } from './fixtures/render-web-page.js';
import { renderOdt } from './fixtures/render-odt.js';
import { awkwardOdt, convertToDoc } from './fixtures/render-doc.js';
import { encryptedPdf, pagelessPdf } from './fixtures/raw-pdf.js';
import { scannedTextPicture } from './fixtures/png.js';
import { renderScannedPdf } from './fixtures/render-scan.js';
import { report2009, report2018, reports } from './fixtures/reports.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const pdfDir = join(root, 'pdf');
const docxDir = join(root, 'docx');
const webDir = join(root, 'web');
const odtDir = join(root, 'odt');
const docDir = join(root, 'doc');
// Files that exercise one reader's awkward cases rather than being example reports.
const casesDir = join(root, 'cases');
// A report printed and scanned (a bitmap per page, no text layer): only --ocr reads it.
const ocrDir = join(root, 'ocr');
// Deliberately broken files: kept apart so that the default run over the examples has no failures.
const badDir = join(root, 'bad');

function write(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote ${path.slice(root.length + 1)}`);
}

/** Appends a page that is only a picture of text, as a scanner produces. */
async function addScannedPage(doc: PDFDocument): Promise<void> {
  const image = await doc.embedPng(scannedTextPicture());
  const page = doc.addPage([595.28, 841.89]);
  page.drawImage(image, { x: 60, y: 60, width: 475, height: 720 });
}

async function scannedOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2021-07-14T09:00:00Z'));
  doc.setModificationDate(new Date('2021-07-14T09:00:00Z'));
  await addScannedPage(doc);
  await addScannedPage(doc);
  return doc.save({ useObjectStreams: false });
}

async function main(): Promise<void> {
  for (const report of reports) {
    const text = renderText(report);
    write(join(pdfDir, `${report.name}.txt`), text);
    write(join(docxDir, `${report.name}.txt`), text);
    write(join(docxDir, `${report.name}.docx`), await renderDocx(report));
  }
  write(join(ocrDir, 'report-2018-scan.txt'), renderText(report2018));
  write(join(ocrDir, 'report-2018-scan.pdf'), await renderScannedPdf(renderText(report2018)));
  // Each report as a researcher's browser saves the page it was published on (the site's chrome around it).
  for (const [index, report] of reports.entries()) {
    const page = { url: `https://regulator.example/breach-reports/${report.name}`, title: `Breach report ${index + 1}`, published: `2021-07-1${index + 4}T10:00:00+01:00` };
    write(join(webDir, `${report.name}.html`), renderWebPage(report, page));
    write(join(odtDir, `${report.name}.odt`), renderOdt(report));
  }
  // Word 97-2003 files come from LibreOffice, converting the OpenDocument rendering of each report.
  // Their text versions are the ones in pdf/, which the parity tests compare them with.
  const docs = [...reports.map((report) => ({ path: join(docDir, `${report.name}.doc`), odt: renderOdt(report) })), { path: join(casesDir, 'awkward.doc'), odt: awkwardOdt() }];
  for (const { path, odt } of docs) {
    const doc = convertToDoc(odt);
    if (!doc) {
      console.log(`kept ${path.slice(root.length + 1)}: LibreOffice (soffice) is not installed to write it again`);
      continue;
    }
    write(path, doc);
  }
  write(join(pdfDir, `${report2018.name}.pdf`), await renderPdf(report2018));
  // The 2009 report ends with a scanned page, which the loader reports as needing OCR.
  write(join(pdfDir, `${report2009.name}.pdf`), await renderPdf(report2009, addScannedPage));
  write(join(badDir, 'scanned.pdf'), await scannedOnlyPdf());
  write(join(badDir, 'encrypted.pdf'), encryptedPdf('Fictional confidential breach report', 'harbour-2021', 'owner-secret'));
  write(join(badDir, 'no-pages.pdf'), pagelessPdf());
  const whole = await renderPdf(report2018);
  write(join(badDir, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length * 0.4)));
  const docx = await renderDocx(report2018);
  write(join(badDir, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length * 0.6)));
}

await main();
