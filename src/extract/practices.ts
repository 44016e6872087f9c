import { warning } from '../diagnostics/diagnostic.js';
import { EvidenceSet } from './context.js';
import { defineExtractor } from './types.js';
import { orderBreachedPattern } from '../lexicon/citations.js';
import { parsePracticeCodes } from './values/practices.js';
import { allMatches } from '../matches.js';

/** The principles and practices the report cites as breached, from its practices cell only (a preamble that
 * mentions the Pre-release Access Orders in general cites nothing). */
export const practicesExtractor = defineExtractor({
  name: 'practices',
  field: 'practices',
  extract(context) {
    const field = context.field('practices');
    if (!field || field.value.end <= field.value.start) return { value: [], evidence: {}, messages: [warning('field-not-found', 'No principle or practice is cited.', 'practices')] };
    const cell = context.slice(field.value);
    const cited = parsePracticeCodes(cell, context.doc.edition.value);
    const evidence = new EvidenceSet(context);
    const value = cited.map((item, index) => {
      const span = { start: field.value.start + item.span.start, end: field.value.start + item.span.end };
      evidence.add(`practices[${index}]`, span);
      // The wording as cited: from the code to the end of its line.
      const lineEnd = cell.indexOf('\n', item.span.end);
      return { code: item.code, text: cell.slice(item.span.start, lineEnd === -1 ? cell.length : lineEnd).trim() };
    });
    // A breach of the Pre-release Access Order stated elsewhere (cover note, account) is a citation too.
    if (!value.some((item) => item.code === 'PRA-ORDER')) {
      const stated = allMatches(orderBreachedPattern, context.text).find((match) => match.index < field.value.start || match.index >= field.value.end);
      const order = stated?.[1];
      if (stated && order) {
        const start = stated.index + stated[0].length - order.length;
        evidence.add(`practices[${value.length}]`, { start, end: start + order.length });
        value.push({ code: 'PRA-ORDER', text: order.replace(/\s+/g, ' ') });
      }
    }
    const messages = value.length === 0 ? [warning('field-not-found', `The practices cell ("${cell.slice(0, 60)}") names no recognisable principle or practice.`, 'practices', context.evidence(field.value))] : [];
    return { value, evidence: evidence.byPath, messages };
  },
});
