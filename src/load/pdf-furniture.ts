// Running headers and footers, found by where they sit: in the page's top or bottom band, and either a page
// number ("Page 2 of 3", "- 4 -"), or repeated on most pages (digits aside), or set smaller than the body
// text as the outermost line. Removing them here, by position, keeps them out of values that cross a page
// break; the normaliser's text-based pass stays as a second net for other formats.
import { pageNumberLine } from '../normalise/furniture.js';
import { median } from './pdf-lines.js';
import type { Line } from './pdf-model.js';

export interface PageLines {
  lines: Line[];
  height: number;
}

// Share of the page height at the top and at the bottom where running headers and footers sit.
const band = 0.08;

const shape = (line: Line) => line.segments.map((segment) => segment.text).join(' ').replace(/\d+/g, '#').toLowerCase().trim();
const textOf = (line: Line) => line.segments.map((segment) => segment.text).join(' ').trim();

function inBand(line: Line, height: number): boolean {
  return line.y < height * band + line.size || line.y > height * (1 - band);
}

export function removePdfFurniture(pages: PageLines[]): Line[][] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const shapes = new Set(page.lines.filter((line) => inBand(line, page.height)).map(shape));
    for (const key of shapes) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeatThreshold = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((page) => {
    const ordered = [...page.lines].sort((a, b) => a.y - b.y);
    const bodySize = median(ordered.map((line) => line.size));
    const first = ordered[0];
    const last = ordered.at(-1);
    return ordered.filter((line) => {
      if (!inBand(line, page.height)) return true;
      if (pageNumberLine.test(textOf(line))) return false;
      if (pages.length >= 2 && (counts.get(shape(line)) ?? 0) >= repeatThreshold) return false;
      const outermost = line === first || line === last;
      return !(outermost && ordered.length > 2 && line.size < bodySize - 0.5);
    });
  });
}
