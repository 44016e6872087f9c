// Writes review.html for a run with --review: each record with the normalised text its evidence points into,
// in input order (the texts are collected only when the page was asked for). The page is staged beside the other
// outputs and put in place with them, so a failure leaves the earlier page with the earlier records.
import { join } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { renderReviewPage } from '../review/render-page.js';
import { AtomicAppender } from '../write/atomic.js';

/** The review page written to its temporary file, for the batch to commit with the rest. */
export async function stageReviewPage(outDir: string, reports: readonly { record: BreachRecord; text: string | null }[]): Promise<AtomicAppender> {
  const page = await AtomicAppender.open(join(outDir, 'review.html'));
  try {
    await page.append(renderReviewPage(reports));
    return page;
  } catch (error) {
    await page.abort();
    throw error;
  }
}
