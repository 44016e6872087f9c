// Runs become lines by their baseline, and each line splits into segments at wide gaps or at a cell border,
// so that a table's label and value that share a baseline stay apart. Within a segment, a space goes where
// the gap between two runs is wider than a letter's kerning, whatever spaces the runs themselves carry.
//
// A gap wider than a gutter always splits. A gap no wider than an average character of the text beside it is a
// word space (in a monospaced font every space is 0.6 em). A gap between the two that is well wider than a word space splits
// where the text itself shows a column edge: the run after it starts where, on two other lines of the page,
// a segment starts after a sure gutter (cells of one column share their left edge). It never splits where
// other text (a superscript on a baseline of its own) fills the gap, since a gutter is empty all the way down.
// Otherwise only a vertical ruling line between the two runs can tell, and those come from the page's
// operator list, which costs about as much as its text: buildLines works without them and says when such a
// gap was left undecided.
import type { Line, Rule, Segment, TextRun } from './pdf-model.js';

// Gaps, as a share of the font size: wider than kerning is a word space; wider than this is a column gutter.
const wordGap = 0.12;
const gutterGap = 1.5;
const gutterGapAtRule = 0.6;
// How far, in points, two left edges may be apart and still be one column's edge.
const edgeTolerance = 2.5;

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

function ruleBetween(rules: readonly Rule[], left: TextRun, right: TextRun): boolean {
  const top = Math.min(left.y, right.y) - left.size * 0.7;
  return rules.some((rule) => !rule.horizontal && rule.x0 >= left.x1 - 1 && rule.x1 <= right.x0 + 1 && rule.y0 <= top && rule.y1 >= left.y);
}

function joinRuns(runs: TextRun[]): string {
  let text = '';
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    if (previous) {
      const gap = run.x0 - previous.x1;
      const spaced = /\s/.test(text.charAt(text.length - 1)) || /^\s/.test(run.text);
      if (!spaced && gap > wordGap * Math.min(run.size, previous.size)) text += ' ';
    }
    text += run.text;
  });
  return text.replace(/\s+/g, ' ').trim();
}

function toSegment(runs: TextRun[]): Segment {
  return { runs, text: joinRuns(runs), x0: runs[0]?.x0 ?? 0, x1: Math.max(...runs.map((run) => run.x1)) };
}

export interface BuiltLines {
  lines: Line[];
  /**
   * Whether some gap between gutterGapAtRule and gutterGap font sizes was neither at a column edge nor after a
   * lone list marker, so that only the ruling lines (not given) could say whether it separates two cells.
   */
  needsRules: boolean;
}

/**
 * Left edges of segments that follow a sure gutter on at least two lines: where the page's table columns start.
 * One line alone is no column (a tab stop, a signature line), and tables have rows.
 */
function columnEdges(lines: TextRun[][]): number[] {
  const starts: number[] = [];
  for (const line of lines) {
    line.forEach((run, index) => {
      const previous = line[index - 1];
      if (previous && run.x0 - previous.x1 > gutterGap * Math.min(run.size, previous.size)) starts.push(run.x0);
    });
  }
  return starts.filter((x, index) => starts.some((other, otherIndex) => otherIndex !== index && Math.abs(other - x) <= edgeTolerance));
}

/** The average advance of a run's characters: the width of one character of its font, spaces included. */
function characterWidth(run: TextRun): number {
  return (run.x1 - run.x0) / Math.max(1, run.text.length);
}

/** Whether a run of another line (a superscript or subscript) stands in the gap between two runs of a line. */
function gapFilled(runs: readonly TextRun[], left: TextRun, right: TextRun): boolean {
  const size = Math.min(left.size, right.size);
  return runs.some((run) => run.x0 >= left.x1 - 1 && run.x1 <= right.x0 + 1 && run.y > left.y - size && run.y < left.y + size * 0.5 && run !== left && run !== right);
}

/**
 * Lines and their segments. `rules` are the page's ruling lines, or null when they have not been read: a
 * gap that only a vertical rule could decide is then left joined and `needsRules` says so.
 */
export function buildLines(runs: TextRun[], rules: readonly Rule[] | null): BuiltLines {
  const grouped = groupByBaseline(runs);
  const edges = columnEdges(grouped);
  const atEdge = (x: number) => edges.some((edge) => Math.abs(edge - x) <= edgeTolerance);
  let needsRules = false;
  const lines = grouped.map((lineRuns) => {
    const segments: Segment[] = [];
    let current: TextRun[] = [];
    for (const run of lineRuns) {
      const previous = current.at(-1);
      if (previous) {
        const gap = run.x0 - previous.x1;
        const size = Math.min(run.size, previous.size);
        let gutter = gap > gutterGap * size;
        if (!gutter && gap > gutterGapAtRule * size && gap > Math.min(characterWidth(previous), characterWidth(run)) + 0.01) {
          if (atEdge(run.x0)) gutter = true;
          else if (gapFilled(runs, previous, run)) gutter = false;
          else if (rules) gutter = ruleBetween(rules, previous, run);
          // A lone list marker that opens the line is joined to its item whatever the gap (below): no rule needed.
          else if (segments.length > 0 || !listMarkerOnly.test(joinRuns(current))) needsRules = true;
        }
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
  return { lines, needsRules };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
