// Writes review.html for a run with --review: each record with the normalised text its evidence points into, in
// input order. The page is streamed: each report's part is written to a temporary file as its record comes, so
// the texts are never held together (110 texts of 5 MB took the main thread past 4.9 GB); only the records are
// kept, for the counts and the index at the top, which are written last, before the parts are copied after them.
// The page is staged beside the other outputs and put in place with them, so a failure leaves the earlier page
// with the earlier records.
import { createReadStream } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { reviewPageHead, reviewPageTail, reviewReportHtml } from '../review/render-page.js';
import { AtomicAppender } from '../write/atomic.js';

/** The record as the head needs it: the section texts and the evidence quotes are in the report's part already. */
function withoutTexts(record: BreachRecord): BreachRecord {
  const sections = Object.fromEntries(Object.keys(record.sections).map((name) => [name, null])) as BreachRecord['sections'];
  return { ...record, sections, evidence: {} };
}

/**
 * The report's file as a link from the page: a relative path, so that the folder of reports and outputs can be
 * moved or shared together. Null for standard input (no file).
 */
export function sourceLink(outDir: string, sourcePath: string): string | null {
  if (sourcePath === '' || sourcePath === '-') return null;
  return relative(resolve(outDir), resolve(sourcePath)).split(sep).map(encodeURIComponent).join('/');
}

export class ReviewPageWriter {
  private readonly records: BreachRecord[] = [];

  private constructor(
    private readonly outDir: string,
    private readonly parts: AtomicAppender,
  ) {}

  static async open(outDir: string): Promise<ReviewPageWriter> {
    // Named like the outputs' temporaries, so that a run killed with -9 leaves nothing the next one keeps.
    return new ReviewPageWriter(outDir, await AtomicAppender.open(join(outDir, 'review.html.parts')));
  }

  /** Adds the next report in path order. */
  async add(record: BreachRecord, text: string | null): Promise<void> {
    const index = this.records.length;
    this.records.push(withoutTexts(record));
    const sourceHref = sourceLink(this.outDir, record.source.path);
    await this.parts.append(`${index === 0 ? '' : '\n'}${reviewReportHtml({ record, text, sourceHref }, index)}`);
  }

  /** The whole page in its temporary file, for the batch to commit with the rest. */
  async stage(): Promise<AtomicAppender> {
    const page = await AtomicAppender.open(join(this.outDir, 'review.html'));
    try {
      await this.parts.flush();
      await page.append(reviewPageHead(this.records));
      for await (const chunk of createReadStream(this.parts.temporaryPath, { encoding: 'utf8' })) await page.append(chunk as string);
      await page.append(reviewPageTail);
      return page;
    } catch (error) {
      await page.abort();
      throw error;
    } finally {
      await this.parts.abort();
    }
  }

  /** Removes the parts (a run stopped, or failed). */
  discard(): Promise<void> {
    return this.parts.abort();
  }
}
