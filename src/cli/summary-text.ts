// The end-of-run summary the CLI prints: counts per status, time and rate, carried-over records, duplicates,
// input problems, and the fill rate of each field.
import type { InputProblem } from '../batch/inputs.js';
import { fillRateFields, type BatchSummary } from '../batch/summary.js';

export function summaryText(summary: BatchSummary, problems: readonly InputProblem[], written: readonly string[]): string {
  const { counts } = summary;
  const lines = [
    `${summary.files} files: ${counts.ok} ok, ${counts.partial} partial, ${counts.failed} failed, ${counts.skipped} skipped in ${summary.seconds.toFixed(1)} s (${summary.filesPerSecond.toFixed(1)} files/s)`,
  ];
  if (summary.carriedOver > 0) lines.push(`${summary.carriedOver} unchanged files carried over from the last run (--force reads them again)`);
  if (summary.duplicates > 0) lines.push(`${summary.duplicates} files have the same content as an earlier file (see duplicateOf in manifest.json)`);
  for (const problem of problems) lines.push(`${problem.path}: ${problem.reason}`);
  if (counts.ok + counts.partial > 0) {
    const width = Math.max(...fillRateFields.map((field) => field.length));
    lines.push('fill rate of each field (ok and partial records):');
    for (const field of fillRateFields) lines.push(`  ${field.padEnd(width)}  ${(summary.fillRates[field] * 100).toFixed(1).padStart(5)}%`);
  }
  if (written.length > 0) lines.push(`wrote ${written.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
