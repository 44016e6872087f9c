import { EvidenceSet } from './context.js';
import { narrativeSentences } from './narrative.js';
import { defineExtractor } from './types.js';

// Sentences that speak of an earlier breach of the same kind.
const mention = /\b(?:previous|earlier|prior|similar|last|another) (?:\w+ ){0,3}?breach(?:es)?\b|\bbreach(?:es)? (?:of a similar nature )?(?:has|have) (?:also )?(?:occurred|happened) (?:before|previously)|\b(?:second|third|repeat(?:ed)?) (?:breach|occurrence|time this)\b|\bhappened (?:before|previously)\b/i;

// "A similar failure delayed the ... bulletin in September 2010": an earlier incident of the same kind, dated.
const similarIncident = /\b(?:previous|earlier|prior|similar|last|another|same (?:kind|type|sort) of(?: an?)?) (?:\w+ ){0,2}?(?:failure|incident|problem|error|delay|mistake|fault)s?\b/i;
const pastMarker = /\b(?:19|20)\d{2}\b|\b(?:last|previous) (?:year|month|quarter|week)\b|\b(?:before|previously|in the past)\b/i;

// A sentence that denies any earlier breach: "No previous breaches", "This output has not been the subject of any
// earlier breach", "There have been no similar breaches", "We are not aware of any previous breach".
const denial = /^no (?:previous|earlier|similar)|\b(?:not|never) (?:been )?(?:the subject of |had |aware of |known )?(?:any |an )?(?:previous|earlier|prior|similar|other) (?:\w+ ){0,2}?breach|\b(?:there (?:have|has) been|we have had|with) no (?:previous|earlier|prior|similar|other) (?:\w+ ){0,2}?breach/i;

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
      const mentioned = mention.test(text) || (similarIncident.test(text) && pastMarker.test(text));
      if (isLabel || !mentioned || denial.test(text)) continue;
      evidence.add(`previousBreaches[${value.length}]`, sentence);
      value.push(text.replace(/\s+/g, ' '));
    }
    return { value, evidence: evidence.byPath, messages: [] };
  },
});
