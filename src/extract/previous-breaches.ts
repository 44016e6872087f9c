import { EvidenceSet } from './context.js';
import { narrativeSentences } from './narrative.js';
import { defineExtractor } from './types.js';

// Sentences that speak of an earlier breach of the same kind.
const mention = /\b(?:previous|earlier|prior|similar|last|another) (?:\w+ ){0,3}?breach(?:es)?\b|\bbreach(?:es)? (?:of a similar nature )?(?:has|have) (?:also )?(?:occurred|happened) (?:before|previously)|\b(?:second|third|repeat(?:ed)?) (?:breach|occurrence|time this)\b|\bhappened (?:before|previously)\b/i;

/** Mentions of earlier similar breaches, as written (one sentence each). */
export const previousBreachesExtractor = defineExtractor({
  name: 'previous-breaches',
  field: 'previousBreaches',
  extract(context) {
    const evidence = new EvidenceSet(context);
    const value: string[] = [];
    for (const sentence of narrativeSentences(context)) {
      const text = context.slice(sentence);
      // A template label ("Nature of breach (including links with previous breaches, if any)") is not a mention.
      const isLabel = context.doc.fields.some((field) => field.label.start < sentence.end && field.label.end > sentence.start);
      if (isLabel || !mention.test(text) || /^no (?:previous|earlier|similar)/i.test(text)) continue;
      evidence.add(`previousBreaches[${value.length}]`, sentence);
      value.push(text.replace(/\s+/g, ' '));
    }
    return { value, evidence: evidence.byPath, messages: [] };
  },
});
