// Which Code a report is written against. The template's own structure (headings, labels, citation style)
// outweighs the title line, because 2018-template reports were still published under the old title.
import type { NormalisedDocument } from '../document.js';
import type { CodeEdition } from '../record/schema.js';
import type { Span } from '../document.js';

const signals: readonly { edition: CodeEdition; weight: number; pattern: RegExp }[] = [
  { edition: '2018', weight: 3, pattern: /\bcore information\b/i },
  { edition: '2018', weight: 3, pattern: /\binformation needed\b/i },
  { edition: '2018', weight: 2, pattern: /\bimpact of the breach\b/i },
  { edition: '2018', weight: 2, pattern: /\brelevant principle\(s\) and practice\(s\)/i },
  { edition: '2018', weight: 2, pattern: /\b[TQV][1-9]\.\d{1,2}\b/ },
  { edition: '2018', weight: 2, pattern: /\b(?:principle|practice)s?\s+[TQV][1-9]\b/ },
  { edition: '2018', weight: 1, pattern: /\bcode of practice for statistics\b/i },
  { edition: '2018', weight: 1, pattern: /\btrustworthiness\b/i },
  { edition: '2009', weight: 3, pattern: /\bbackground information\b/i },
  { edition: '2009', weight: 2, pattern: /\breactions and impact\b/i },
  { edition: '2009', weight: 2, pattern: /\brelevant principle\s*\/\s*protocol\b/i },
  { edition: '2009', weight: 2, pattern: /\bprotocol\s+[1-3]\b/i },
  { edition: '2009', weight: 2, pattern: /\bhead of assessment\b/i },
  { edition: '2009', weight: 1, pattern: /\bcode of practice for official statistics\b/i },
];

export interface EditionGuess {
  value: CodeEdition | null;
  /** The strongest signal for the chosen edition. */
  span: Span | null;
}

export function detectEdition(doc: Pick<NormalisedDocument, 'text'>): EditionGuess {
  const score: Record<CodeEdition, number> = { '2009': 0, '2018': 0 };
  const best: Partial<Record<CodeEdition, { weight: number; span: Span }>> = {};
  for (const { edition, weight, pattern } of signals) {
    const match = pattern.exec(doc.text);
    if (!match) continue;
    score[edition] += weight;
    const span = { start: match.index, end: match.index + match[0].length };
    if ((best[edition]?.weight ?? 0) < weight) best[edition] = { weight, span };
  }
  if (score['2009'] === score['2018']) return { value: null, span: null };
  const value: CodeEdition = score['2018'] > score['2009'] ? '2018' : '2009';
  return { value, span: best[value]?.span ?? null };
}
