// Writes review.html for a run with --review. The texts are collected as files finish (only the normalised text
// string of each, and only when the page was asked for) and paired with the records in input order.
import { join } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { renderReviewPage } from '../review/render-page.js';
import { writeFileAtomic } from '../write/atomic.js';

export async function writeReviewPage(outDir: string, records: readonly BreachRecord[], texts: ReadonlyMap<number, string | null>): Promise<string> {
  const target = join(outDir, 'review.html');
  await writeFileAtomic(target, renderReviewPage(records.map((record, index) => ({ record, text: texts.get(index) ?? null }))));
  return target;
}
