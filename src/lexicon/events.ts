// What a dated or timed statement in a breach report says happened at that moment. Each kind is a list of
// phrases (lowercase regex sources; a space matches any white space) that govern the time written after them
// ("published at 09:41") or after the clause they open ("At 3.14pm an official forwarded ..."). The timeline
// (extract/timeline.ts) reads the kind of every time from these lists; the timing fields and the breach type
// are derived from the timeline.

import { durationSource } from '../extract/values/durations.js';
import { eventKinds, type EventKind } from '../record/schema.js';

export { eventKinds, type EventKind };

// Words for the statistics' public release used as nouns: "ahead of publication at 9.30am".
const releaseNoun = '(?:official |planned |scheduled |pre-?announced |normal |usual |formal |public )?(?:publication|release)';
const outlet = '(?:the )?(?:website|web ?site|web ?page|internet|gov\\.uk|twitter|facebook|linkedin|social media|online)';
/** A message that makes what it holds public: a post, a tweet, a press release. */
export const post = '(?:tweet|post|social media post|twitter post|facebook post|press release|press notice|news release)';

const phrases: Record<EventKind, readonly string[]> = {
  // The pre-announced time, stated as the plan or as the time the statistics were held back for.
  scheduled: [
    'due (?:to be |for )?(?:published|released|issued|made available|put live|publication|release|out)',
    'due to (?:go|be) live',
    '(?:scheduled|due|planned|expected|set|timed|meant) to (?:come out|go out|appear|be out)',
    // "due at 09:30", "though due on 4 May": the plan, however short the clause.
    'due (?:at|on|by)',
    'scheduled (?:for|to be (?:published|released)|to go live|release|publication)',
    'pre-?announced (?:for|release|publication|date|time|as)',
    'announced for (?:release|publication)',
    // "announced on the release calendar for 9.30 a.m."
    '(?:pre-?)?announced (?:on|in) (?:the |its |our )?(?:\\w+ ){0,2}?(?:release |publication )?calendar (?:for|as)',
    'announced (?:release|publication) (?:date|time)',
    'planned (?:for|release|publication)',
    'expected to be (?:published|released)',
    '(?:was|were|is|are) expected (?:at|on|for)',
    // "instead of scheduling the page for 09:30"
    'schedul(?:ed|ing) (?:\\w+ ){0,3}?for',
    '(?:was|were) (?:going|meant|supposed) to (?:go live|be (?:published|released))',
    '(?:was|were) going live',
    // Only with the time it names: "prior to the publication date" names none.
    `(?:ahead of|before|prior to|in advance of|until|rather than) (?:its |the |their )?${releaseNoun}(?: time)?(?: of (?:the |these )?(?:statistics|figures|data|bulletin|report))? (?:at|of)`,
    '(?:release|publication) time(?: of| was)?',
    'standard (?:release )?time',
    'embargo(?:ed)? until',
    'not to be (?:[\\w/()-]+ ){1,12}?until',
    'published as planned',
  ],
  // The statistics became public: on a website, in a post, or by being put live.
  published: [
    // "not available until 10:10", "could not be accessed until 10.10am", "did not go live until".
    "(?:not|n't) (?:be |been |become |made |go |get )?(?:publicly )?(?:available|published|released|live|accessible|visible|viewable|downloadable|accessed|viewed|seen|online|uploaded|loaded|at|hold of|access|download|see|view) (?:[\\w.]+ ){0,3}?until",
    'published',
    're-?published',
    '(?:pressed|clicked|hit|selected) (?:the )?["“‘\']?(?:publish|release|go live)["”’\']?(?: button)?',
    // "one newspaper's website carried a story quoting the headline figure"
    '(?:carried|ran|printed|broadcast) (?:a |the |an )?(?:\\w+ ){0,2}?(?:story|article|report|piece|headline|item)',
    'released',
    'went live',
    'go(?:es)? live',
    'put live',
    'made (?:publicly )?available',
    '(?:became|become|was|were|been) (?:\\w+ ){0,3}?(?:publicly )?(?:available|live|accessible|visible|restored|reinstated)',
    'could be (?:seen|viewed|accessed|downloaded)',
    'came online',
    'appeared',
    'uploaded',
    `(?:posted|put|putting|placed|loaded) (?:\\w+ ){0,3}?on ${outlet}`,
    '(?:put|putting|puts|got|getting) (?:\\w+ ){0,4}?(?:up|live|online)',
    'posted',
    'went (?:up|online)',
    `(?:was|were|been|is|are) (?:\\w+ ){0,2}?(?:up|online|public) on ${outlet}`,
    `(?:got|put|placed|loaded|uploaded|went|go(?:es)?|moved) (?:\\w+ ){0,4}?(?:onto|on to) ${outlet}`,
    // "the files sat on the public site between 5.30pm and 5.33pm"
    `(?:sat|remained|stayed|left) (?:\\w+ ){0,2}?on ${outlet}`,
    '(?:sat|remained|stayed) (?:\\w+ ){0,2}?on (?:the )?(?:public |live )?(?:site|page|portal|dashboard)',
    '(?:could|were able to|was able to|can) (?:\\w+ ){0,2}?(?:get hold of|get at|access|download|see|view)',
    'went out',
    `(?:issued|sent out|put out|shared|published) (?:a |the |an )?(?:\\w+ ){0,2}?${post}`,
    // "The tweet, sent by the press office at 09:20": a post sent is published.
    `${post}s?,? (?:[\\w()]+ ){0,6}?(?:sent|issued|put out|posted)`,
    'tweeted',
    're-?issued',
  ],
  // Sent to particular people before release (pre-release access, or beyond it).
  shared: [
    '(?:sent|e-?mailed|circulated|forwarded|distributed|copied|shared)',
    '(?:went|sent|go|goes) round',
    // "the e-mail went out at 08:50": a message goes to its recipients (a bulletin that "went out" is ambiguous).
    '(?:e-?mail|message|link|letter|briefing|notification|invitation)s? (?:\\w+ ){0,4}?went out',
    '(?:granted|given|gave|provided) (?:\\w+ ){0,3}?access',
  ],
  // Someone spoke or wrote about the statistics.
  commented: ['commented', 'said', 'quoted', 'referred to', 'spoke (?:about|of)', 'mentioned', 'stated'],
  // Someone found out: the times of discovery, which are never release times.
  noticed: [
    'noticed',
    'spotted',
    'identified',
    'discovered',
    'realised',
    'realized',
    'became aware',
    'alerted',
    'informed',
    'told',
    'flagged',
    'contacted',
    'raised',
    'reported',
  ],
  // The statistics were taken out of public view or access was ended.
  withdrawn: [
    'withdrawn',
    'withdrew',
    'removed',
    'taken (?:down|offline|off)',
    'took (?:it |them |the \\w+ )?(?:down|offline)',
    'deleted',
    'revoked',
    'pulled',
    'unpublished',
    'reverted',
    'recalled',
    'changed (?:it |them |the \\w+ )?back',
    'put (?:\\w+ ){0,3}?back',
    '(?:switched|turned|shut) off',
    'hidden',
  ],
  // A wrong figure or file was put right.
  corrected: ['corrected', 'amended', 'revised', 'replaced', 'fixed', 'updated', 'put right'],
};

// A kind's phrases as one pattern: whole words, case-insensitive, white space free to wrap.
function kindPattern(list: readonly string[]): RegExp {
  const alternatives = list.map((phrase) => phrase.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, 'gi');
}

export const eventPatterns: Readonly<Record<EventKind, RegExp>> = Object.fromEntries(
  eventKinds.map((kind) => [kind, kindPattern(phrases[kind])]),
) as Record<EventKind, RegExp>;

/**
 * When two phrases end at the same place the longer wins ("the e-mail went out" over "went out"), then the kind listed
 * first ("was going live" is the plan).
 */
export const kindPriority: readonly EventKind[] = ['scheduled', 'withdrawn', 'corrected', 'published', 'shared', 'commented', 'noticed'];

/**
 * A time that comes just before a release noun is the release's own time: "the 9.30am release", "its 07:00
 * publication time".
 */
export const releaseAfterTime = /^\s*(?:official |planned |scheduled |pre-?announced |normal |usual )?(?:release|publication)\b/i;

/**
 * Words that say an event followed the one before it by a stated span or at once: "noticed around 10 minutes
 * later", "taken down within two minutes", "revoked immediately".
 */
// A span is any duration of values/durations.ts, or a number of seconds.
const span = `(${durationSource}|\\S+ (?:seconds?|secs?))`;
const hedge = '(?:about |around |approximately |roughly |some |just |only |less than |under )?';
export const relativeLater = new RegExp(`\\b${hedge}${span}(?: later| after(?:wards)?)\\b`, 'i');
export const relativeWithin = new RegExp(`\\bwithin ${hedge}${span}\\b`, 'i');
export const relativeAtOnce = /\b(?:immediately|at once|straight away|straightaway|instantly)\b/i;

/**
 * "at 9.30am, 24 hours before planned release": a time stated as a span before the release, which dates the
 * release itself (pre-release access starts 24 hours before it).
 */
export const spanBeforeRelease = /^\s*,?\s*\(?(\S+ (?:minutes?|mins?|hours?|hrs?|days?))\s+(?:before|ahead of|prior to)\s+(?:the\s+)?(?:official\s+|planned\s+|scheduled\s+|pre-?announced\s+)?(?:release|publication)\b/i;

/** "between 5.30pm and 5.33pm", "from 12.37pm, when the link was sent, until 1.30pm": a stretch of time. */
export const rangeJoin = /^\s*(?:and|until|till|to|[-–])\s+$|^,[^.;]{0,60}?,\s*(?:until|till|to)\s+$/i;
export const rangeOpen = /\b(?:between|from)\s+$/i;
