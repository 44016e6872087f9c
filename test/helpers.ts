// Shared helpers for extractor tests: build the sectioned context for an invented text, run one extractor,
// and check that every evidence quote is exactly the text at its offsets.
import { expect } from 'vitest';
import { ExtractContext, sectionDocument } from '../src/extract/context.js';
import type { ExtractedField, ExtractedValues, Extraction, Extractor } from '../src/extract/types.js';
import { normaliseDocument } from '../src/normalise/normalise.js';

export function contextOf(text: string): ExtractContext {
  return new ExtractContext(sectionDocument(normaliseDocument({ pages: [text], pageCount: null })));
}

export interface Run<F extends ExtractedField> {
  context: ExtractContext;
  result: Extraction<ExtractedValues[F]>;
}

export function run<F extends ExtractedField>(extractor: Extractor<F>, text: string, earlier: Partial<ExtractedValues> = {}): Run<F> {
  const context = contextOf(text);
  const result = extractor.extract(context, earlier, {});
  expectQuotesMatch(context.text, result.evidence);
  return { context, result };
}

/** Every evidence quote is the normalised text between its offsets. */
export function expectQuotesMatch(text: string, evidence: Record<string, { start: number; end: number; quote: string }>): void {
  for (const [path, item] of Object.entries(evidence)) {
    expect(item.start, path).toBeGreaterThanOrEqual(0);
    expect(item.end, path).toBeLessThanOrEqual(text.length);
    expect(item.start, path).toBeLessThan(item.end);
    expect(item.quote, path).toBe(text.slice(item.start, item.end));
  }
}

/** The quote recorded for a path, checked against the text at its offsets. */
export function quoteOf(run: Run<ExtractedField>, path: string): string | undefined {
  const item = run.result.evidence[path];
  if (!item) return undefined;
  expect(item.quote).toBe(run.context.text.slice(item.start, item.end));
  return item.quote;
}
