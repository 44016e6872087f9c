// The page model the PDF loader works on, in the page's device space (points, origin top-left, y growing
// downwards, page rotation applied), so "above" and "left of" mean what a reader sees.

/** A 2D affine matrix [a, b, c, d, e, f] as PDF writes them. */
export type Matrix = readonly [number, number, number, number, number, number];

export const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied after m2 (PDF's order: the point goes through m2 first). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The axis-aligned box around a rectangle given in another space. */
export function transformBox(m: Matrix, box: Box): Box {
  const corners = [apply(m, box.x0, box.y0), apply(m, box.x1, box.y0), apply(m, box.x0, box.y1), apply(m, box.x1, box.y1)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** One piece of text as pdf.js delivers it: a run of glyphs on one baseline in one font. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size in points. */
  size: number;
  font: string;
}

/** A thin painted rectangle or stroked line: table borders and cell separators. */
export interface Rule extends Box {
  horizontal: boolean;
}

/** A link annotation's target and the area it covers. */
export interface LinkArea extends Box {
  url: string;
}

/** Runs on one baseline split where a wide gap (a column gutter or a cell border) separates them. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  runs: TextRun[];
}

export interface Line {
  y: number;
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
}
