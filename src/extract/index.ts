// The registry: every field extractor, in the order they run (later ones may read earlier values).
import { breachTypeExtractor } from './breach-type.js';
import { codeEditionExtractor } from './code-edition.js';
import { correctiveActionsExtractor } from './corrective-actions.js';
import { headOfProfessionExtractor } from './head-of-profession.js';
import { impactExtractor } from './impact.js';
import { occurrenceExtractor } from './occurrence.js';
import { outputsExtractor } from './outputs.js';
import { practicesExtractor } from './practices.js';
import { previousBreachesExtractor } from './previous-breaches.js';
import { producerExtractor } from './producer.js';
import { reportDateExtractor } from './report-date.js';
import { reporterExtractor } from './reporter.js';
import { sectionsExtractor } from './sections.js';
import { statementLinksExtractor } from './statement-links.js';
import { timelineExtractor } from './timeline.js';
import { timingExtractor } from './timing.js';
import type { Extractor } from './types.js';

export const defaultExtractors: readonly Extractor[] = [
  codeEditionExtractor,
  sectionsExtractor,
  outputsExtractor,
  producerExtractor,
  reporterExtractor,
  headOfProfessionExtractor,
  reportDateExtractor,
  occurrenceExtractor,
  practicesExtractor,
  timelineExtractor,
  timingExtractor,
  breachTypeExtractor,
  previousBreachesExtractor,
  impactExtractor,
  correctiveActionsExtractor,
  statementLinksExtractor,
] as Extractor[];
