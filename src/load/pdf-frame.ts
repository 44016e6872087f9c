// The frame a page's text is laid out in: pdf.js's viewport (the page box, rotation applied, origin top-left), or,
// for a page box no real page has, one fitted to the text itself. A box of 1e38 units puts the text at 1e38 minus
// a few hundred, where doubles have no digits left for the difference: every line got the same y and the page
// was read as one glued line, dates lost.
import { isTextItem } from './pdf-runs.js';
import type { Matrix } from './pdf-model.js';

/** The largest page PDF allows (ISO 32000, Annex C: 14,400 units, 200 inches, a side). */
const maxPageUnits = 14_400;
// Room left around the text in a fitted frame, so that nothing sits on the furniture bands' edge by accident.
const fittedMargin = 72;

export interface PageFrame {
  transform: Matrix;
  height: number;
}

interface ViewportLike {
  transform: number[];
  width: number;
  height: number;
}

/** The page's frame: its viewport's when the page box is one a page can have, else one fitted to its text. */
export function pageFrame(viewport: ViewportLike, items: readonly unknown[]): PageFrame {
  const transform = viewport.transform as unknown as Matrix;
  const sane = [viewport.width, viewport.height, ...transform].every(Number.isFinite) && Math.max(viewport.width, viewport.height) <= maxPageUnits;
  return sane ? { transform, height: viewport.height } : fittedFrame(transform, items);
}

/**
 * The viewport's rotation and flip alone (its scale, which a huge UserUnit also blows up, made 1), shifted so that
 * the text's positions start a margin from the top left.
 */
function fittedFrame(viewport: Matrix, items: readonly unknown[]): PageFrame {
  const [a, b, c, d] = viewport.slice(0, 4).map((value) => (Number.isFinite(value) ? Math.sign(value) : 0));
  const turn: Matrix = a === 0 && b === 0 && c === 0 && d === 0 ? [1, 0, 0, -1, 0, 0] : [a ?? 0, b ?? 0, c ?? 0, d ?? 0, 0, 0];
  let minX = Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const [, , , , e = 0, f = 0] = item.transform;
    const x = turn[0] * e + turn[2] * f;
    const y = turn[1] * e + turn[3] * f;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) return { transform: turn, height: 2 * fittedMargin };
  return {
    transform: [turn[0], turn[1], turn[2], turn[3], fittedMargin - minX, fittedMargin - minY],
    height: maxY - minY + 2 * fittedMargin,
  };
}
