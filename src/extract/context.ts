// What every extractor reads: the normalised text, its sections and label/value cells, and a way to turn
// spans into evidence so that no extractor does offset or page arithmetic by hand.
import type { NormalisedDocument, Span } from '../document.js';
import type { Evidence } from '../record/schema.js';
import type { LabelKey } from '../lexicon/labels.js';
import { splitSections, type LabelledField, type Section, type SectionKey, type Sectioned } from '../sections/split.js';
import { detectEdition, type EditionGuess } from '../sections/edition.js';

export interface SectionedDocument extends NormalisedDocument, Sectioned {
  edition: EditionGuess;
}

export function sectionDocument(doc: NormalisedDocument): SectionedDocument {
  return { ...doc, ...splitSections(doc), edition: detectEdition(doc) };
}

export class ExtractContext {
  readonly doc: SectionedDocument;
  readonly text: string;
  // Work that several extractors need (the narrative's spans and sentences) is done once per document.
  readonly #memos = new Map<string, unknown>();

  constructor(doc: SectionedDocument) {
    this.doc = doc;
    this.text = doc.text;
  }

  /** Evidence for a span of the normalised text, with its page when the source is paged. */
  evidence(span: Span): Evidence {
    const page = this.doc.paged ? (this.doc.pages.find((candidate) => span.start >= candidate.start && span.start <= candidate.end)?.number ?? null) : null;
    return { start: span.start, end: span.end, page, quote: this.text.slice(span.start, span.end) };
  }

  /** Evidence for a match found inside a span (offsets of the match are relative to the span's start). */
  evidenceIn(within: Span, relativeStart: number, length: number): Evidence {
    return this.evidence({ start: within.start + relativeStart, end: within.start + relativeStart + length });
  }

  /** `compute()` the first time `key` is asked for in this document, its remembered result after that. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.#memos.has(key)) this.#memos.set(key, compute());
    return this.#memos.get(key) as T;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Every cell with this label, in document order. */
  fields(key: LabelKey): LabelledField[] {
    return this.doc.fields.filter((field) => field.key === key);
  }

  /** The first cell with this label (filled or empty), if the report has the label at all. */
  field(key: LabelKey): LabelledField | undefined {
    return this.fields(key).find((field) => field.value.end > field.value.start) ?? this.fields(key)[0];
  }

  section(name: SectionKey): Section | undefined {
    return this.doc.sections.find((section) => section.name === name);
  }

  /** A section's body span, or null when the report has no such section. */
  sectionSpan(name: SectionKey): Span | null {
    const section = this.section(name);
    return section ? { start: section.start, end: section.end } : null;
  }
}

/** Collects evidence by record path while an extractor works. */
export class EvidenceSet {
  readonly byPath: Record<string, Evidence> = {};
  constructor(private readonly context: ExtractContext) {}

  /** Records where the value at `path` came from; a null span records nothing. */
  add(path: string, span: Span | null): this {
    if (span && span.end > span.start) this.byPath[path] = this.context.evidence(span);
    return this;
  }
}
