// Page furniture: running headers and footers and page numbers, which would otherwise land in the middle of
// a value that crosses a page break.
export const pageNumberLine = /^(?:page\s*\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:of|\/)\s*\d+|[-–]?\s*\d{1,3}\s*[-–]?)$/i;

/** Lines near a page's top or bottom that are page numbers, or repeat (digits aside) on most pages. */
export function removePageFurniture(pages: string[]): string[] {
  const edge = 3;
  const shape = (line: string) => line.trim().replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  if (pages.length >= 2) {
    for (const page of pages) {
      const lines = page.split('\n');
      const edges = new Set([...lines.slice(0, edge), ...lines.slice(-edge)].map(shape).filter((line) => line.length > 0));
      for (const line of edges) counts.set(line, (counts.get(line) ?? 0) + 1);
    }
  }
  const repeated = (line: string) => pages.length >= 2 && (counts.get(shape(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.6));
  return pages.map((page) => {
    const lines = page.split('\n');
    const keep = lines.map((line, index) => {
      const nearEdge = index < edge || index >= lines.length - edge;
      if (!nearEdge) return true;
      const trimmed = line.trim();
      if (pageNumberLine.test(trimmed) && (pages.length >= 2 || /page/i.test(trimmed))) return false;
      return !repeated(line);
    });
    return lines
      .filter((_, index) => keep[index])
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
  });
}
