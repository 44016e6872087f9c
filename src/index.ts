// The public API (named exports only; a test locks this list).
export { extractFile, extractBatch, type FileOptions, type BatchOptions } from './api.js';
export { extractDocument, extractDocumentWithText, type PipelineOptions, type ExtractResult } from './pipeline.js';
export { defaultExtractors } from './extract/index.js';
export { defaultRefiners } from './record/refiners.js';
export type { Extractor, Extraction, Refiner, ExtractedField, ExtractedValues } from './extract/types.js';
export { ExtractContext } from './extract/context.js';
export { ExtractError, type ExtractErrorCode } from './diagnostics/diagnostic.js';
export {
  recordSchema,
  recordJsonSchema,
  SCHEMA_VERSION,
  breachTypes,
  type BreachRecord,
  type Evidence,
  type Diagnostic,
  type BreachType,
  type CodeEdition,
  type SourceFormat,
  type Practice,
  type Output,
  type CorrectiveAction,
  type RecordStatus,
} from './record/schema.js';
export { recordsToCsv, csvHeader, neutraliseFormula } from './write/csv.js';
export { recordsToJson, recordToJsonLine } from './write/json.js';
export { scoreRecord, summarise, type Gold, type FieldScore, type AccuracyTable } from './evaluate/score.js';
