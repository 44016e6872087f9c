// Runs become lines by their baseline, and each line splits into segments at wide gaps or at a cell border,
// so that a table's label and value that share a baseline stay apart. Within a segment, a space goes where
// the gap between two runs is wider than a letter's kerning, whatever spaces the runs themselves carry.
import type { Line, Rule, Segment, TextRun } from './pdf-model.js';

// Gaps, as a share of the font size: wider than kerning is a word space; wider than this is a column gutter.
const wordGap = 0.12;
const gutterGap = 1.5;
const gutterGapAtRule = 0.6;

const listMarkerOnly = /^(?:[•◦▪▫■□●○◆◇►▶➢➤✓✔·∙‣⁃–-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])$/;

function groupByBaseline(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NaN;
  for (const run of sorted) {
    const tolerance = run.size * 0.35;
    if (current.length > 0 && Math.abs(run.y - baseline) <= tolerance) current.push(run);
    else {
      if (current.length > 0) lines.push(current);
      current = [run];
      baseline = run.y;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x0 - b.x0));
}

function ruleBetween(rules: Rule[], left: TextRun, right: TextRun): boolean {
  const top = Math.min(left.y, right.y) - left.size * 0.7;
  return rules.some((rule) => !rule.horizontal && rule.x0 >= left.x1 - 1 && rule.x1 <= right.x0 + 1 && rule.y0 <= top && rule.y1 >= left.y);
}

function joinRuns(runs: TextRun[]): string {
  let text = '';
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    if (previous) {
      const gap = run.x0 - previous.x1;
      const spaced = /\s$/.test(text) || /^\s/.test(run.text);
      if (!spaced && gap > wordGap * Math.min(run.size, previous.size)) text += ' ';
    }
    text += run.text;
  });
  return text.replace(/\s+/g, ' ').trim();
}

function toSegment(runs: TextRun[]): Segment {
  return { runs, text: joinRuns(runs), x0: runs[0]?.x0 ?? 0, x1: Math.max(...runs.map((run) => run.x1)) };
}

export function buildLines(runs: TextRun[], rules: Rule[]): Line[] {
  return groupByBaseline(runs).map((lineRuns) => {
    const segments: Segment[] = [];
    let current: TextRun[] = [];
    for (const run of lineRuns) {
      const previous = current.at(-1);
      if (previous) {
        const gap = run.x0 - previous.x1;
        const size = Math.min(run.size, previous.size);
        const gutter = gap > gutterGap * size || (gap > gutterGapAtRule * size && ruleBetween(rules, previous, run));
        if (gutter) {
          segments.push(toSegment(current));
          current = [];
        }
      }
      current.push(run);
    }
    if (current.length > 0) segments.push(toSegment(current));
    // A bullet or item number set off by a tab belongs to its item, not to a column of its own.
    const [first, second] = segments;
    if (first && second && listMarkerOnly.test(first.text)) segments.splice(0, 2, toSegment([...first.runs, ...second.runs]));
    const size = median(lineRuns.map((run) => run.size));
    return {
      y: median(lineRuns.map((run) => run.y)),
      size,
      x0: segments[0]?.x0 ?? 0,
      x1: Math.max(...segments.map((segment) => segment.x1)),
      segments: segments.filter((segment) => segment.text !== ''),
    };
  }).filter((line) => line.segments.length > 0);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
