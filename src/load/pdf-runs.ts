// Text items from pdf.js become runs in device space. Rotated and vertical text (margin notes, watermarks)
// is left out: it is not part of the report's reading order.
import { foldPdfGlyphs } from './pdf-glyphs.js';
import { multiply, type Matrix, type TextRun } from './pdf-model.js';

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item && 'width' in item;
}

export interface PageRuns {
  runs: TextRun[];
  /** Items left out because their text is not horizontal. */
  rotated: number;
}

export function readRuns(items: readonly unknown[], viewport: Matrix): PageRuns {
  const runs: TextRun[] = [];
  let rotated = 0;
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const device = multiply(viewport, [a, b, c, d, e, f]);
    const size = Math.hypot(device[2], device[3]);
    const horizontal = device[0] > 0 && Math.abs(device[1]) <= 0.05 * device[0] && Math.abs(device[2]) <= 0.05 * Math.abs(device[3]);
    if (!horizontal || size <= 0) {
      rotated += 1;
      continue;
    }
    // pdf.js gives the advance width along the text direction, in the item's unrotated user space.
    const scale = Math.hypot(device[0], device[1]) / Math.max(1e-6, Math.hypot(a, b));
    runs.push({
      text: foldPdfGlyphs(item.str),
      x0: device[4],
      x1: device[4] + item.width * scale,
      y: device[5],
      size,
      font: item.fontName,
    });
  }
  return { runs: dropOverprint(runs), rotated };
}

/** Fake bold paints the same text twice, a fraction of a point apart: keep one copy. */
function dropOverprint(runs: TextRun[]): TextRun[] {
  const seen = new Set<string>();
  return runs.filter((run) => {
    const key = `${run.text}|${Math.round(run.x0)}|${Math.round(run.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
