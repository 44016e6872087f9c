// The end-of-run summary the CLI prints: counts per status, time and rate, carried-over records, duplicates,
// the reasons files failed or were skipped (grouped, most frequent first), input problems, outputs written and
// stale outputs removed, and on request the fill rate of each field. As text on stderr, or as JSON (--json).
import type { InputProblem } from '../batch/inputs.js';
import type { RecordBrief } from '../batch/record-outputs.js';
import { fillRateFields, type BatchSummary } from '../batch/summary.js';

export interface ReasonGroup {
  status: 'failed' | 'skipped';
  reason: string;
  count: number;
  /** The files, in path order. */
  paths: string[];
}

/** Collects why files failed or were skipped, one group per status and reason. */
export class ReasonGroups {
  private readonly groups = new Map<string, ReasonGroup>();

  add(brief: RecordBrief): void {
    if (brief.status !== 'failed' && brief.status !== 'skipped') return;
    const reason = brief.error ?? 'no reason given';
    const key = `${brief.status}\0${reason}`;
    const group = this.groups.get(key) ?? { status: brief.status, reason, count: 0, paths: [] };
    group.count += 1;
    group.paths.push(brief.path);
    this.groups.set(key, group);
  }

  /** Failed before skipped, then the most frequent reason first. */
  list(): ReasonGroup[] {
    const rank = (group: ReasonGroup) => (group.status === 'failed' ? 0 : 1);
    return [...this.groups.values()].sort((a, b) => rank(a) - rank(b) || b.count - a.count || (a.reason < b.reason ? -1 : 1));
  }
}

export interface EndSummary extends BatchSummary {
  reasons: ReasonGroup[];
  problems: InputProblem[];
  /** Output files written (none with --out -). */
  written: string[];
  /** Outputs of an earlier run that this run did not write, removed. */
  removed: string[];
  exitCode: number;
  /** The most resident memory the process held at once, in MB (the operating system's count, threads included). */
  peakMemoryMb: number;
}

function filesLine(summary: EndSummary): string {
  const { counts } = summary;
  const rate = `${summary.seconds.toFixed(1)} s (${summary.filesPerSecond.toFixed(1)} files/s, at most ${summary.peakMemoryMb} MB of memory)`;
  return `${summary.files} files: ${counts.ok} ok, ${counts.partial} partial, ${counts.failed} failed, ${counts.skipped} skipped in ${rate}`;
}

function reasonLines(reasons: readonly ReasonGroup[]): string[] {
  const lines: string[] = [];
  for (const status of ['failed', 'skipped'] as const) {
    const groups = reasons.filter((group) => group.status === status);
    if (groups.length === 0) continue;
    lines.push(`${status}:`);
    for (const group of groups) {
      const example = group.count === 1 ? group.paths[0] : `${group.paths[0]} and ${group.count - 1} more`;
      lines.push(`  ${String(group.count).padStart(5)}  ${group.reason} (${example})`);
    }
  }
  return lines;
}

function fillRateLines(summary: EndSummary): string[] {
  if (summary.counts.ok + summary.counts.partial === 0) return [];
  const width = Math.max(...fillRateFields.map((field) => field.length));
  const rows = fillRateFields.map((field) => `  ${field.padEnd(width)}  ${(summary.fillRates[field] * 100).toFixed(1).padStart(5)}%`);
  return ['fill rate of each field (ok and partial records):', ...rows];
}

export function summaryText(summary: EndSummary, options: { fillRates: boolean }): string {
  const lines = [filesLine(summary)];
  if (summary.carriedOver > 0) lines.push(`${summary.carriedOver} unchanged files carried over from the last run (--force reads them again)`);
  if (summary.duplicates > 0) lines.push(`${summary.duplicates} files have the same content as an earlier file (see duplicateOf in manifest.json)`);
  if (summary.breachGroups > 0) {
    const left = summary.dedupedOut > 0 ? `; --dedupe kept one record for each and left out ${summary.dedupedOut}` : ' (--dedupe keeps one record for each)';
    lines.push(`${summary.breachGroups} breach${summary.breachGroups === 1 ? ' is' : 'es are'} reported in more than one file (see breachGroups in manifest.json)${left}`);
  }
  const { corrections } = summary;
  if (corrections.applied > 0 || corrections.refused.length > 0 || corrections.notInRun > 0) {
    const notInRun = corrections.notInRun > 0 ? `; ${corrections.notInRun} corrected record${corrections.notInRun === 1 ? ' is' : 's are'} not in this run` : '';
    lines.push(`corrections: ${corrections.applied} applied to ${corrections.records} record${corrections.records === 1 ? '' : 's'}${notInRun}`);
    for (const refused of corrections.refused) lines.push(`  ${refused}`);
  }
  lines.push(...reasonLines(summary.reasons));
  for (const problem of summary.problems) lines.push(`${problem.path}: ${problem.reason}`);
  if (options.fillRates) lines.push(...fillRateLines(summary));
  if (summary.written.length > 0) lines.push(`wrote ${summary.written.join(', ')}`);
  if (summary.removed.length > 0) lines.push(`removed ${summary.removed.join(', ')}: left by an earlier run, not written by this one`);
  return `${lines.join('\n')}\n`;
}

export function summaryJson(summary: EndSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
