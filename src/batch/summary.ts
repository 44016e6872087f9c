// What a batch did: files per status, records carried over from an earlier run, duplicates, time, and how often
// each field was found (its fill rate) among the records that were read (ok and partial).
import type { RecordStatus } from '../record/schema.js';
import { fillRateFields, type FillRateField, type RecordBrief } from './record-outputs.js';

export { fillRateFields, type FillRateField } from './record-outputs.js';

export interface BatchSummary {
  files: number;
  counts: Record<RecordStatus, number>;
  /** Records taken from an earlier run because the file and the extractor are unchanged. */
  carriedOver: number;
  /** Files with the same content as a file earlier in path order. */
  duplicates: number;
  /** Breaches reported in more than one file (their files share a breach key; see breachGroups in the manifest). */
  breachGroups: number;
  /** Records --dedupe left out of the outputs, as copies of a breach whose record was kept. */
  dedupedOut: number;
  /** What --corrections did: corrections applied, records they changed, and those not applied with the reason. */
  corrections: CorrectionCounts;
  seconds: number;
  filesPerSecond: number;
  /** For each field, the share (0 to 1) of ok and partial records where it was found. */
  fillRates: Record<FillRateField, number>;
}

export interface CorrectionCounts {
  applied: number;
  records: number;
  refused: string[];
  /** Records corrections.csv names that were not in this run. */
  notInRun: number;
}

export class SummaryCounter {
  private readonly corrections: CorrectionCounts = { applied: 0, records: 0, refused: [], notInRun: 0 };
  private readonly correctedIds = new Set<string>();

  private readonly started = performance.now();
  private readonly counts: Record<RecordStatus, number> = { ok: 0, partial: 0, failed: 0, skipped: 0 };
  private readonly filled = new Map<FillRateField, number>(fillRateFields.map((field) => [field, 0]));
  private files = 0;
  private carried = 0;
  private duplicates = 0;
  private readonly keys = new Map<string, number>();
  private deduped = 0;

  add(brief: RecordBrief, carried: boolean, duplicate: boolean): void {
    this.files += 1;
    this.counts[brief.status] += 1;
    if (carried) this.carried += 1;
    if (duplicate) this.duplicates += 1;
    if (brief.breachKey !== null) this.keys.set(brief.breachKey, (this.keys.get(brief.breachKey) ?? 0) + 1);
    if (brief.status !== 'ok' && brief.status !== 'partial') return;
    for (const field of brief.filled) this.filled.set(field, (this.filled.get(field) ?? 0) + 1);
  }

  /** What the corrections did to one record (`recordId`), null when corrections.csv does not name it. */
  corrected(recordId: string, outcome: { applied: number; refused: string[] } | null): void {
    if (!outcome) return;
    this.correctedIds.add(recordId);
    this.corrections.applied += outcome.applied;
    if (outcome.applied > 0) this.corrections.records += 1;
    this.corrections.refused.push(...outcome.refused);
  }

  /** A record --dedupe left out. */
  leftOut(): void {
    this.deduped += 1;
  }

  /** `correctedIds`: every record id corrections.csv names, to count those this run did not meet. */
  summary(correctedIds: Iterable<string> = []): BatchSummary {
    const seconds = (performance.now() - this.started) / 1000;
    const read = this.counts.ok + this.counts.partial;
    return {
      files: this.files,
      counts: { ...this.counts },
      carriedOver: this.carried,
      duplicates: this.duplicates,
      breachGroups: [...this.keys.values()].filter((count) => count > 1).length,
      dedupedOut: this.deduped,
      corrections: {
        ...this.corrections,
        refused: [...this.corrections.refused],
        notInRun: [...correctedIds].filter((id) => !this.correctedIds.has(id)).length,
      },
      seconds,
      filesPerSecond: seconds > 0 ? this.files / seconds : 0,
      fillRates: Object.fromEntries(fillRateFields.map((field) => [field, read === 0 ? 0 : (this.filled.get(field) ?? 0) / read])) as Record<FillRateField, number>,
    };
  }
}
