// Lays a page's lines out as text in reading order. Prose lines that a paragraph wrapped are joined again
// (paragraph breaks become blank lines), and two-column tables are rebuilt row by row as "label<TAB>value":
// a cell's wrapped lines are joined into one, even though on the page the label's and the value's lines
// interleave. Columns come from where segments start; rows from vertical gaps and horizontal ruling lines.
//
// Rows from the text alone: a table whose rows are set apart by more than the line spacing (cell padding or
// paragraph spacing, the same for every row of a table) shows it where a gap comes before a line that opens
// the first column; then such a gap is a row boundary and a line at the ordinary spacing goes on the row above.
// Two cases stay open without the horizontal rules, which come from the page's operator list (read only when
// asked for, as it costs about as much as the page's text): a table of several lines that shows no such gap
// (rows set solid, one under the other, may be told apart only by their borders), and a gap before a line
// with nothing in the first column (a paragraph break inside a cell, or a new row whose first cell is empty).
import type { Line, Rule, Segment } from './pdf-model.js';
import { joinWrapped, type WordEvidence } from './wrap-join.js';

const listMarker = /^(?:[•◦▪▫■□●○◆◇►▶➢➤✓✔·∙‣⁃]|[-–](?=\s)|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)](?=\s))/;
// Alignment tolerance for column edges, in points.
const edgeTolerance = 2.5;
// A gap this many times the usual line spacing separates paragraphs (and table rows).
const paragraphGap = 1.25;
// A table does not continue over a gap this many times the usual line spacing.
const tableBreakGap = 2.5;

interface TableBlock {
  kind: 'table';
  edges: number[];
  size: number;
  lines: Line[];
}

interface TextBlock {
  kind: 'text';
  lines: Line[];
}

type Block = TableBlock | TextBlock;

export interface PageLayoutContext {
  /** The page's ruling lines, or null when they have not been read. */
  rules: readonly Rule[] | null;
  evidence: WordEvidence;
}

export interface PageLayout {
  text: string;
  /** Whether a table's rows could not be told from the text alone (see above): `text` was laid out without rules. */
  needsRules: boolean;
}

/**
 * The usual distance between baselines within a paragraph, as a multiple of the font size: the lower
 * quartile of all gaps, since table rows and single-line paragraphs make many gaps wider than the leading.
 */
function leadingRatio(lines: Line[]): number {
  const ratios: number[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (!previous || line.size <= 0) return;
    const ratio = (line.y - previous.y) / line.size;
    if (ratio > 0.5 && ratio < 2.5) ratios.push(ratio);
  });
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor((ratios.length - 1) / 4)] ?? 1.2;
}

function gapRatio(previous: Line, line: Line): number {
  return (line.y - previous.y) / Math.max(1, Math.max(line.size, previous.size));
}

function columnOf(x: number, edges: number[]): number {
  let column = -1;
  edges.forEach((edge, index) => {
    if (x >= edge - edgeTolerance) column = index;
  });
  return column;
}

/** Every segment starts in a column and ends before the next column begins. */
function fitsColumns(line: Line, edges: number[]): boolean {
  return line.segments.every((segment) => {
    const column = columnOf(segment.x0, edges);
    if (column < 0) return false;
    const next = edges[column + 1];
    return next === undefined || segment.x1 <= next + edgeTolerance;
  });
}

function splitBlocks(lines: Line[], leading: number): Block[] {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (table && previous) {
      const continues = fitsColumns(line, table.edges) && Math.abs(line.size - table.size) <= 1 && gapRatio(previous, line) <= tableBreakGap * leading;
      if (continues) {
        table.lines.push(line);
        return;
      }
      table = null;
    }
    if (line.segments.length >= 2) {
      table = { kind: 'table', edges: line.segments.map((segment) => segment.x0), size: line.size, lines: [line] };
      blocks.push(table);
      return;
    }
    const last = blocks.at(-1);
    if (last?.kind === 'text') last.lines.push(line);
    else blocks.push({ kind: 'text', lines: [line] });
  });
  return blocks;
}

function ruleBetween(rules: readonly Rule[], upper: Line, lower: Line, x0: number, x1: number): boolean {
  const span = x1 - x0;
  return rules.some(
    (rule) =>
      rule.horizontal &&
      rule.y0 > upper.y + upper.size * 0.25 &&
      rule.y1 < lower.y - lower.size * 0.6 &&
      Math.min(rule.x1, x1) - Math.max(rule.x0, x0) > span * 0.5,
  );
}

interface CellPart {
  line: Line;
  segment: Segment;
}

/** A cell's parts joined: wrapped lines into one, list items and paragraphs on lines of their own. */
function cellText(parts: CellPart[], leading: number, evidence: WordEvidence): string {
  let text = '';
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    const newLine = previous && (listMarker.test(part.segment.text) || gapRatio(previous.line, part.line) > paragraphGap * leading);
    text = !previous ? part.segment.text : newLine ? `${text}\n${part.segment.text}` : joinWrapped(text, part.segment.text, evidence);
  });
  return text;
}

interface TableRow {
  lines: Line[];
}

/**
 * Splits a table's lines into rows. Without rules (null), rows come from gaps alone, and `needsRules` says
 * whether a rule could have split a row that the gaps kept whole.
 */
function tableRows(table: TableBlock, leading: number, rules: readonly Rule[] | null): { rows: TableRow[]; needsRules: boolean } {
  const x0 = table.edges[0] ?? 0;
  const x1 = Math.max(...table.lines.map((line) => line.x1));
  const rows: TableRow[] = [];
  let paddedRows = false;
  let openQuestion = false;
  table.lines.forEach((line, index) => {
    const previous = table.lines[index - 1];
    const current = rows.at(-1);
    if (!previous || !current) {
      rows.push({ lines: [line] });
      return;
    }
    const spaced = gapRatio(previous, line) > paragraphGap * leading;
    // A gap without a rule before a line with nothing in the first column is a paragraph break inside a cell.
    const opensCell = line.segments.some((segment) => columnOf(segment.x0, table.edges) === 0);
    if (spaced && opensCell) paddedRows = true;
    if (spaced && !opensCell && !rules) openQuestion = true;
    const ruled = rules !== null && ruleBetween(rules, previous, line, x0, x1);
    if (ruled || (spaced && opensCell)) rows.push({ lines: [line] });
    else current.lines.push(line);
  });
  const needsRules = rules === null && (openQuestion || (!paddedRows && table.lines.length > 1));
  return { rows, needsRules };
}

function tableText(table: TableBlock, leading: number, context: PageLayoutContext): PageLayout {
  const { rows, needsRules } = tableRows(table, leading, context.rules);
  const text = rows
    .map((row) => {
      const cells: CellPart[][] = table.edges.map(() => []);
      for (const line of row.lines) {
        for (const segment of line.segments) cells[Math.max(0, columnOf(segment.x0, table.edges))]?.push({ line, segment });
      }
      const texts = cells.map((parts) => cellText(parts, leading, context.evidence));
      while (texts.length > 1 && texts.at(-1) === '') texts.pop();
      return texts.join('\t');
    })
    .join('\n');
  return { text, needsRules };
}

/** Whether the first word of `line` would have fitted at the end of `previous`: if so, the break was deliberate. */
function wouldHaveFitted(previous: Line, line: Line, rightEdge: number): boolean {
  const segment = line.segments[0];
  const run = segment?.runs[0];
  if (!segment || !run) return false;
  const word = /^\S+/.exec(run.text.trimStart())?.[0] ?? '';
  const wordWidth = ((run.x1 - run.x0) * word.length) / Math.max(1, run.text.length);
  const room = rightEdge - previous.x1;
  // The width is estimated from the run's average letter, so the margin is generous.
  return room > wordWidth * 1.25 + line.size;
}

function textBlockText(block: TextBlock, leading: number, rightEdge: number, evidence: WordEvidence): string {
  let text = '';
  let paragraphStart: Line | null = null;
  block.lines.forEach((line, index) => {
    const lineText = line.segments.map((segment) => segment.text).join('\t');
    const previous = block.lines[index - 1];
    if (!previous || !paragraphStart) {
      text = lineText;
      paragraphStart = line;
      return;
    }
    const newParagraph = gapRatio(previous, line) > paragraphGap * leading || Math.abs(line.size - previous.size) > 0.75;
    const indentFits = line.x0 >= paragraphStart.x0 - line.size * 0.5 && line.x0 <= paragraphStart.x0 + line.size * 3;
    const hardBreak = listMarker.test(lineText) || !indentFits || wouldHaveFitted(previous, line, rightEdge);
    if (newParagraph) {
      text += `\n\n${lineText}`;
      paragraphStart = line;
    } else if (hardBreak) {
      text += `\n${lineText}`;
      paragraphStart = line;
    } else text = joinWrapped(text, lineText, evidence);
  });
  return text;
}

/** The page's text: blocks in reading order, separated by blank lines. */
export function layoutPage(lines: Line[], context: PageLayoutContext): PageLayout {
  const ordered = [...lines].sort((a, b) => a.y - b.y);
  const leading = leadingRatio(ordered);
  const rightEdge = Math.max(0, ...ordered.map((line) => line.x1));
  let needsRules = false;
  const texts = splitBlocks(ordered, leading).map((block) => {
    if (block.kind === 'text') return textBlockText(block, leading, rightEdge, context.evidence);
    const table = tableText(block, leading, context);
    needsRules ||= table.needsRules;
    return table.text;
  });
  return { text: texts.join('\n\n'), needsRules };
}
