// One entry per corrective action: a bullet, a numbered item or a paragraph. "Short term:" / "Longer-Term"
// groupings (as headings of their own or as a label opening the paragraph) set the term of what follows;
// a sentence that introduces a list ("... the following actions have been proposed:") is not an action.
import type { Span } from '../document.js';
import { guidanceLabels } from '../lexicon/labels.js';
import type { ActionTerm, CorrectiveAction } from '../record/schema.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { lines } from './values/text.js';

const termLabel = /^(?:(short|long|longer|medium)[- ]?term|immediate(?:ly)?|future|going forward)(?:\s+(?:actions?|changes?|measures?))?(?:\s*\([^)]*\))?\s*(?::|[-–—]\s|$)\s*/i;
const itemMarker = /^(?:[-–—•*]|\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+/i;

function termOf(word: string): ActionTerm | null {
  const lower = word.toLowerCase();
  if (lower.startsWith('short') || lower.startsWith('immediate')) return 'short';
  if (lower.startsWith('long') || lower.startsWith('medium') || lower.startsWith('future') || lower.startsWith('going')) return 'long';
  return null;
}

function termOfHeading(before: string): ActionTerm | null {
  const heading = /(?:^|\n)[ \t]*((?:short|immediate)[- ]?term)[^\n]*\n?\s*$/i.exec(before);
  return heading?.[1] ? termOf(heading[1]) : null;
}

/**
 * Lines that are each an action: in a block of two or more lines with no blank line between them, every line ends a
 * sentence ("... before they are sent.") and the next starts with a capital. A paragraph wrapped over lines almost
 * never ends each line at a full stop. Returns the starts of the lines that begin a new action that way.
 */
function sentencePerLine(text: string, all: readonly Span[]): Set<number> {
  const starts = new Set<number>();
  let block: Span[] = [];
  const flush = () => {
    const complete = block.every((line, index) => /[.!?;]["”’)]?\s*$/.test(text.slice(line.start, line.end)) && (index === 0 || /^\s*\p{Lu}/u.test(text.slice(line.start, line.end))));
    if (block.length >= 2 && complete) for (const line of block.slice(1)) starts.add(line.start);
    block = [];
  };
  for (const line of all) {
    const previous = block.at(-1);
    if (previous && /\n[ \t]*\n/.test(text.slice(previous.end, line.start))) flush();
    block.push(line);
  }
  flush();
  return starts;
}

export const correctiveActionsExtractor = defineExtractor({
  name: 'corrective-actions',
  field: 'correctiveActions',
  extract(context) {
    const section = context.sectionSpan('correctiveActions');
    if (!section) return { value: [], evidence: {}, messages: [] };
    const guidanceEnd = context.doc.fields.filter((field) => field.section === 'correctiveActions' && guidanceLabels.has(field.key)).reduce((end, field) => Math.max(end, field.label.end), section.start);
    const body: Span = { start: guidanceEnd, end: section.end };
    const items: { span: Span; term: ActionTerm | null; bullet: boolean }[] = [];
    // The section's heading may itself be its first grouping ("Short-term actions").
    let term: ActionTerm | null = termOfHeading(context.text.slice(Math.max(0, section.start - 80), section.start));
    let previousLineEnd = -1;
    const bodyLines = lines(context.text, body);
    const oneALine = sentencePerLine(context.text, bodyLines);
    for (const line of bodyLines) {
      let span = line;
      let text = context.slice(span);
      const label = termLabel.exec(text);
      if (label) {
        term = termOf(label[1] ?? label[0]);
        span = { start: span.start + label[0].length, end: span.end };
        text = context.slice(span);
        if (text.trim() === '') {
          previousLineEnd = -1;
          continue;
        }
      }
      const marker = itemMarker.exec(text);
      const blankBefore = previousLineEnd === -1 || /\n[ \t]*\n/.test(context.text.slice(previousLineEnd, line.start));
      const last = items.at(-1);
      if (marker) {
        items.push({ span: { start: span.start + marker[0].length, end: span.end }, term, bullet: true });
      } else if (last && !label && !oneALine.has(line.start) && (!blankBefore || /^[a-z]/.test(text))) {
        // A wrapped line continues the item above it; so does a paragraph that starts in lower case (an item
        // broken by a page or column break).
        last.span = { start: last.span.start, end: span.end };
      } else {
        items.push({ span, term, bullet: false });
      }
      previousLineEnd = line.end;
    }
    const evidence = new EvidenceSet(context);
    const value: CorrectiveAction[] = [];
    for (const item of items) {
      const text = context.slice(item.span).replace(/\s+/g, ' ').trim();
      // An introduction to a list is not itself an action.
      if (!item.bullet && /:$/.test(text)) continue;
      if (text.length < 3) continue;
      evidence.add(`correctiveActions[${value.length}]`, item.span);
      value.push({ text, term: item.term });
    }
    return { value, evidence: evidence.byPath, messages: [] };
  },
});
