// The public API (named exports only; a test locks this list).
export { extractFile, extractFileWithText, extractBatch, type FileOptions, type BatchOptions, type RecordWithText } from './api.js';
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
export { recordsToCsv, csvHeader, neutraliseFormula, type CsvTextOptions } from './write/csv.js';
export { recordsToCompanionCsvs } from './write/companions.js';
export { recordsToXlsx } from './write/xlsx.js';
export { codebookRows, crosswalkRows, practiceTitle, type CodebookRow, type CrosswalkRow } from './codebook/codebook.js';
export { renderReviewPage, type ReviewEntry } from './review/render-page.js';
export { summariseRecords, type RecordsSummary } from './summary/summarise.js';
export { recordsToJson, recordToJsonLine } from './write/json.js';
export { scoreRecord, summarise, type Gold, type FieldScore, type AccuracyTable } from './evaluate/score.js';
