// Writes review.html for a run with --review: each record with the normalised text its evidence points into,
// in input order (the texts are collected only when the page was asked for).
import { join } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { renderReviewPage } from '../review/render-page.js';
import { writeFileAtomic } from '../write/atomic.js';

export async function writeReviewPage(outDir: string, reports: readonly { record: BreachRecord; text: string | null }[]): Promise<string> {
  const target = join(outDir, 'review.html');
  await writeFileAtomic(target, renderReviewPage(reports));
  return target;
}
