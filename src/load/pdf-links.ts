// Link annotations carry the target of a link whose text does not show it ("see our statement" pointing to
// a web page). The target is written after the linked words as "text (url)", the form the HTML and DOCX
// loaders use, unless the page already shows the address.
import { transformBox, type LinkArea, type Matrix, type TextRun } from './pdf-model.js';

interface AnnotationLike {
  subtype?: unknown;
  url?: unknown;
  rect?: unknown;
}

export function readLinkAreas(annotations: readonly unknown[], viewport: Matrix): LinkArea[] {
  const areas: LinkArea[] = [];
  for (const annotation of annotations as AnnotationLike[]) {
    if (annotation?.subtype !== 'Link' || typeof annotation.url !== 'string' || !Array.isArray(annotation.rect)) continue;
    const [x0, y0, x1, y1] = annotation.rect as unknown[];
    if (typeof x0 !== 'number' || typeof y0 !== 'number' || typeof x1 !== 'number' || typeof y1 !== 'number') continue;
    if (!/^(https?:|mailto:|www\.)/i.test(annotation.url)) continue;
    areas.push({ ...transformBox(viewport, { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) }), url: annotation.url });
  }
  return areas;
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

function visibleForm(url: string): string {
  return squash(url.replace(/^mailto:/i, '').replace(/^https?:\/\//i, '').replace(/\/$/, ''));
}

function overlaps(run: TextRun, area: LinkArea): boolean {
  const top = run.y - run.size * 0.8;
  const bottom = run.y + run.size * 0.2;
  return run.x0 < area.x1 && run.x1 > area.x0 && top < area.y1 && bottom > area.y0;
}

const readingOrder = (a: TextRun, b: TextRun) => (Math.abs(a.y - b.y) > Math.min(a.size, b.size) * 0.3 ? a.y - b.y : a.x0 - b.x0);

/**
 * Returns the runs with each hidden link target appended to the last word its area covers. Areas of one link
 * that wraps over several lines (same target, consecutive lines) get the target once, after the last line.
 */
export function placeLinkTargets(runs: TextRun[], areas: LinkArea[]): TextRun[] {
  if (areas.length === 0) return runs;
  const pageText = squash(runs.map((run) => run.text).join(''));
  const placed = runs.map((run) => ({ ...run }));
  const ordered = [...areas].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  ordered.forEach((area, index) => {
    const shown = visibleForm(area.url);
    if (shown === '' || pageText.includes(shown)) return;
    const next = ordered[index + 1];
    if (next && next.url === area.url && next.y0 - area.y1 < (area.y1 - area.y0) * 1.5) return;
    const covered = placed.filter((run) => overlaps(run, area)).sort(readingOrder);
    const last = covered.at(-1);
    if (!last) return;
    // Where in the run the area ends, estimated from the run's width; then on to the end of that word.
    const share = Math.min(1, Math.max(0, (area.x1 - last.x0) / Math.max(1e-6, last.x1 - last.x0)));
    let cut = Math.max(0, Math.round(share * last.text.length) - 1);
    while (cut < last.text.length && !/\s/.test(last.text[cut] ?? '')) cut += 1;
    const target = area.url.replace(/^mailto:/i, '');
    last.text = `${last.text.slice(0, cut).replace(/\s+$/, '')} (${target})${last.text.slice(cut)}`;
  });
  return placed;
}
