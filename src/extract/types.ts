// The shape every field extractor has: a pure function from the sectioned document to a value, its evidence
// and its messages. Extractors run in the order of defaultExtractors and may read the values found before
// them (a date with no year takes the year of the report's other dates, for instance).
import type { BreachRecord, ConfidenceGrade, Diagnostic, Evidence } from '../record/schema.js';
import type { ExtractContext } from './context.js';

export type ExtractedField =
  | 'codeEdition'
  | 'outputs'
  | 'producer'
  | 'reporter'
  | 'headOfProfession'
  | 'reportDate'
  | 'occurrence'
  | 'practices'
  | 'breachType'
  | 'timeline'
  | 'timing'
  | 'previousBreaches'
  | 'impact'
  | 'correctiveActions'
  | 'statementLinks'
  | 'sections';

export type ExtractedValues = { [F in ExtractedField]: BreachRecord[F] };

export interface Extraction<T> {
  value: T;
  /** Keyed by record path: 'producer.name', 'practices[0]', 'timing.delayMinutes'. */
  evidence: Record<string, Evidence>;
  /** Record paths whose values were computed (e.g. minutes between two stated times) rather than stated. */
  derived?: string[];
  /**
   * How the extractor found a value, where the place of its evidence does not say it: an inference gives `low`
   * ("inferred from the practice cited"). Paths not given are graded by record/confidence.ts.
   */
  confidence?: Record<string, ConfidenceGrade>;
  messages: Diagnostic[];
}

export interface Extractor<F extends ExtractedField = ExtractedField> {
  /** Names the extractor in messages and in the registry. */
  name: string;
  field: F;
  /** `earlier` holds the values of the extractors before this one, and `found` where they came from. */
  extract(context: ExtractContext, earlier: Partial<ExtractedValues>, found: Readonly<Record<string, Evidence>>): Extraction<ExtractedValues[F]>;
}

/** Helper so that a registry of extractors for different fields stays one typed list. */
export function defineExtractor<F extends ExtractedField>(extractor: Extractor<F>): Extractor<F> {
  return extractor;
}

/** Cross-field rules run after all extractors, in order; each may change values and add messages. */
export interface Refiner {
  name: string;
  refine(values: ExtractedValues, extras: RefinerState, context: ExtractContext): void;
}

export interface RefinerState {
  evidence: Record<string, Evidence>;
  derived: Set<string>;
  /** Grades the extractors and refiners gave (hints); the final grades are worked out after the refiners. */
  confidence: Record<string, ConfidenceGrade>;
  messages: Diagnostic[];
}
