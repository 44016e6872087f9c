// Accuracy over the gold corpus (../shared/corpus, beside the repository): no field may fall below its committed
// baseline in test/evaluate/baseline.json (tolerance 0.001). After an improvement, raise the baseline with
// `npx tsx scripts/update-baseline.ts`. Skipped, with the reason printed, where the corpus is not present.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselinePath, currentAccuracy, defaultCorpus } from '../../scripts/update-baseline.js';

const tolerance = 0.001;
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, number>;
const corpusPresent = existsSync(defaultCorpus);

describe('accuracy over the gold corpus', () => {
  if (!corpusPresent) {
    console.log(`corpus accuracy test skipped: ${defaultCorpus} does not exist (the gold corpus lives beside the repository)`);
    it.skip('no field falls below its baseline accuracy (corpus not present)', () => {});
    return;
  }

  it('no field falls below its baseline accuracy', async () => {
    const current = await currentAccuracy(defaultCorpus);
    const dropped = Object.entries(baseline)
      .filter(([field, floor]) => (current[field] ?? 0) < floor - tolerance)
      .map(([field, floor]) => `${field}: ${current[field] ?? 'not scored'} < baseline ${floor}`);
    expect(dropped, 'fields below baseline').toEqual([]);
    const improved = Object.entries(current).filter(([field, value]) => value > (baseline[field] ?? 0) + tolerance);
    if (improved.length > 0) {
      console.log(`above baseline (raise it with npx tsx scripts/update-baseline.ts): ${improved.map(([field, value]) => `${field} ${baseline[field] ?? 'new'} -> ${value}`).join(', ')}`);
    }
  });
});
