// Shared helpers for the loader tests: read a generated fixture, load it, and read its labelled fields.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedDocument } from '../../src/document.js';
import type { BreachRecord } from '../../src/record/schema.js';
import { ExtractError } from '../../src/diagnostics/diagnostic.js';
import { loadDocument } from '../../src/load/index.js';
import { normaliseDocument } from '../../src/normalise/normalise.js';
import { defaultLimits, type LoadLimits } from '../../src/options.js';
import { splitSections } from '../../src/sections/split.js';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixturesDir, path)));
}

export function loadFixture(path: string, limits: LoadLimits = defaultLimits): Promise<LoadedDocument> {
  return loadDocument(fixtureBytes(path), basename(path), limits);
}

export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Labelled fields as "key: value" with white space folded, in document order. */
export function labelledFields(loaded: LoadedDocument): string[] {
  const normalised = normaliseDocument(loaded);
  return splitSections(normalised).fields.map((field) => `${field.key}: ${fold(normalised.text.slice(field.value.start, field.value.end))}`);
}

/** The ExtractError a load fails with, or null when it succeeds. */
export async function loadError(path: string, limits: LoadLimits = defaultLimits): Promise<ExtractError | null> {
  try {
    await loadFixture(path, limits);
    return null;
  } catch (error) {
    if (error instanceof ExtractError) return error;
    throw error;
  }
}

// The whole record: the same values whatever the format. Only where the values came from (source, evidence
// offsets and pages, loader messages) may differ, and section texts only in their white space.
/** What must agree between formats: everything but where the values came from (see below). */
export function comparableRecord({ source, recordId, evidence, diagnostics, warnings, sections, ...values }: BreachRecord) {
  void source;
  void recordId;
  void evidence;
  return {
    ...values,
    // Timeline events carry their own evidence, which differs by format like the rest.
    timeline: values.timeline.map(({ evidence: eventEvidence, ...event }) => ({ ...event, quote: eventEvidence.quote.replace(/\s+/g, ' ') })),
    sections: Object.fromEntries(Object.entries(sections).map(([key, text]) => [key, text?.replace(/\s+/g, ' ') ?? null])),
    // A scanned page in the PDF is reported by the loader; every other message must agree.
    warnings: warnings.filter((text) => !/scanned image/.test(text)),
    diagnostics: diagnostics.filter((diagnostic) => diagnostic.code !== 'ocr-needed' && diagnostic.code !== 'loader-message').map(({ place, ...rest }) => ({ ...rest, quote: place?.quote ?? null })),
  };
}

