// What a page paints besides text, read from pdf.js's operator list: thin rectangles and lines (table
// borders, which separate rows and columns) and images (a page that paints images but has no text is a scan).
import { multiply, identity, transformBox, type Box, type Matrix, type Rule } from './pdf-model.js';

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The operator codes this scan needs, taken from pdf.js's OPS table. */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  imageOps: ReadonlySet<number>;
}

export interface PageGraphics {
  rules: Rule[];
  imageCount: number;
}

// A border is at most this thick, and at least this long, in points.
const maxRuleThickness = 2.5;
const minRuleLength = 8;

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.length === 6 && value.every((entry) => typeof entry === 'number');
}

/** The bounding box pdf.js computed for a path: the last argument of constructPath, [minX, minY, maxX, maxY]. */
function pathBox(args: unknown): Box | null {
  if (!Array.isArray(args)) return null;
  const minMax: unknown = args.at(-1);
  if (!minMax || typeof minMax !== 'object' || !('length' in minMax) || (minMax as ArrayLike<unknown>).length !== 4) return null;
  const [x0, y0, x1, y1] = Array.from(minMax as ArrayLike<unknown>);
  if (typeof x0 !== 'number' || typeof y0 !== 'number' || typeof x1 !== 'number' || typeof y1 !== 'number') return null;
  if (![x0, y0, x1, y1].every(Number.isFinite) || x1 < x0 || y1 < y0) return null;
  return { x0, y0, x1, y1 };
}

/**
 * Collects rules and counts images. `viewport` maps PDF user space to device space; the current
 * transformation matrix is tracked through save/restore, cm and form XObjects.
 */
export function readGraphics(list: OperatorList, codes: OperatorCodes, viewport: Matrix): PageGraphics {
  const rules: Rule[] = [];
  let imageCount = 0;
  let ctm: Matrix = identity;
  const stack: Matrix[] = [];
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index];
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? identity;
    else if (fn === codes.transform && isMatrix(args)) ctm = multiply(ctm, args);
    else if (fn === codes.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix: unknown = Array.isArray(args) ? args[0] : null;
      if (isMatrix(matrix)) ctm = multiply(ctm, matrix);
    } else if (fn === codes.paintFormXObjectEnd) ctm = stack.pop() ?? identity;
    else if (codes.imageOps.has(fn)) imageCount += 1;
    else if (fn === codes.constructPath) {
      const box = pathBox(args);
      if (!box) return;
      const device = transformBox(multiply(viewport, ctm), box);
      const width = device.x1 - device.x0;
      const height = device.y1 - device.y0;
      if (height <= maxRuleThickness && width >= minRuleLength) rules.push({ ...device, horizontal: true });
      else if (width <= maxRuleThickness && height >= minRuleLength) rules.push({ ...device, horizontal: false });
    }
  });
  return { rules, imageCount };
}
