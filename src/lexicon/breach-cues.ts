// What accounts of breaches say happened, by kind of breach: each cue a phrase with a weight (3 says it plainly, 1
// only hints). breach-type.ts adds them up over the account; the practice cited only tips the balance.
import type { BreachType } from '../record/schema.js';
import { post } from './events.js';

export interface BreachCue {
  type: BreachType;
  weight: number;
  pattern: RegExp;
  /**
   * The capture group holding a word that is a verb in the cue only when it is used as one: "the minister
   * used the figures", not "the minister for the used car trade". compromise reads its part of speech.
   */
  verbInGroup?: number;
  /** Text that, right before a match, makes it something else. */
  notAfter?: RegExp;
}

export const breachCues: readonly BreachCue[] = [
  { type: 'late_release', weight: 3, pattern: /\b(?:a |the )?delay(?:ed)? (?:of|by|in (?:the )?(?:publication|release|publishing))\b/gi },
  { type: 'late_release', weight: 3, pattern: /\bnot (?:made )?(?:available|published|released|live)\s+until\b/gi },
  { type: 'late_release', weight: 3, pattern: /\b(?:published|released|made available|went live)\s+(?:\w+\s+){0,3}(?:late|later than (?:scheduled|planned|pre-announced|the pre-announced))/gi },
  { type: 'late_release', weight: 2, pattern: /\b(?:unable|failed|fail(?:ure)?) to (?:be )?(?:publish|release|go live)(?:ed)?\b[^.]{0,40}\b(?:on time|as scheduled|at 0?9[:.]30|at the (?:pre-announced|scheduled) time)/gi },
  { type: 'late_release', weight: 2, pattern: /\b(?:was|were) (?:published|released|made available) (?:manually )?(?:at|on) [^.]{0,40}(?:rather than|instead of|the day after|the following day|after (?:they|it) (?:was|were) due)/gi },
  { type: 'late_release', weight: 2, pattern: /\b(?:delayed|late) (?:publication|release)\b/gi },
  { type: 'late_release', weight: 3, pattern: /\b(?:not|unable to|failed to|could not|did not)\b[^.]{0,60}\b(?:on time|as scheduled|at the (?:scheduled|pre-announced|usual) time)/gi },
  { type: 'late_release', weight: 1, pattern: /\bdelay(?:ed|s)?\b/gi },
  { type: 'late_release', weight: 1, pattern: /\b(?:server|website|system|portal|database) (?:failure|error|outage|issue|problem)s?\b/gi },
  { type: 'early_release', weight: 3, pattern: /\b(?:published|released|went live|made (?:publicly )?available(?!,? (?:[\w-]+,? ){0,3}?to (?!the public\b|users\b|all\b))|uploaded|live|went out|came out|appeared)\b[^.]{0,60}\b(?:ahead of (?:schedule|the (?:pre-announced|scheduled|planned)|time)|before (?:the )?(?:pre-announced|scheduled|planned|embargo)|early|earlier than (?:scheduled|planned|pre-announced|announced|intended|due)|prematurely|too soon)/gi },
  {
    type: 'early_release',
    weight: 3,
    pattern: /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eighteen|twenty)\s+(?:minutes?|hours?|days?|weeks?)\s+(?:before|ahead of|early|prior to)\b[^.]{0,40}\b(?:release|publication|schedule|pre-announced|time)/gi,
    // "at 09:30, 24 hours ahead of the planned release" dates the release (the start of pre-release access); "no
    // earlier than 24 hours before release" states the rule.
    notAfter: /(?:(?:\d|[ap]\.?m\.?|o'?clock|past [a-z]+|noon|midday)\s*,|(?:no|not) (?:earlier|sooner|more) than|up to|at most)\s*$/i,
  },
  { type: 'early_release', weight: 3, pattern: /\b(?:accidentally|inadvertently|mistakenly|prematurely|wrongly)\s+(?:been\s+)?(?:approved to publish|published|released|went live|made (?:publicly )?available(?!,? (?:[\w-]+,? ){0,3}?to (?!the public\b|users\b|all\b))|uploaded|put live)/gi },
  // "approved by mistake for immediate publication", "published in error": the slip named after the verb.
  {
    type: 'early_release',
    weight: 3,
    pattern:
      /\b(?:published|released|uploaded|approved|put live|made (?:publicly )?available|went live|issued|posted|tweeted|put out|sent out)\s+(?:[\w-]+\s+){0,4}?(?:by mistake|in error|accidentally|inadvertently|prematurely)\b/gi,
  },
  // Out "the day before" its release.
  {
    type: 'early_release',
    weight: 3,
    pattern:
      /\b(?:published|released|went live|went up|gone up|posted|uploaded|put up|appeared|went out|came out|visible|accessible|available|live)\b[^.]{0,80}\b(?:the|a|one|\d+) (?:day|days|week|weeks) (?:before|ahead of|earlier than)\b[^.]{0,80}\b(?:release|publication|was (?:due|released|published)|it was due|scheduled)/gi,
  },
  // A post or tweet put out by mistake makes what it shows public (the press office's tweet of the headlines).
  {
    type: 'early_release',
    weight: 3,
    pattern: new RegExp(
      [
        `\\b(?:accidentally|inadvertently|mistakenly|prematurely|wrongly)\\s+(?:been\\s+)?`,
        `(?:posted|tweeted|(?:issued|sent out|put out|published|shared) (?:a |the |an )?(?:\\w+ ){0,2}?${post}`,
        `|(?:put|placed) (?:a |the |an )?(?:\\w+ ){0,2}?${post} (?:up|out|live|online))`,
        `|\\b${post}s? (?:was|were) (?:\\w+ )?(?:issued|posted|published|sent out|put out) (?:in error|by mistake|early|prematurely)`,
      ].join(''),
      'gi',
    ),
  },
  // Out in public for a stated span: "live for 15 minutes", "accessible to the public for around 45 minutes".
  {
    type: 'early_release',
    weight: 3,
    pattern:
      /\b(?:live|available|accessible|visible|viewable|public|online|up)(?: online| on the (?:web)?site| to (?:the public|users|anyone))? for (?:a period of )?(?:less than |about |approximately |around |just |roughly |up to )?(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|fifty)\s+(?:minutes?|mins?|hours?|seconds?)\b/gi,
  },
  // "the figures were already on the website" when someone looked before the release.
  { type: 'early_release', weight: 2, pattern: /\balready (?:been )?(?:published |available |live |up |visible )?(?:on (?:the |our |its )?(?:web ?site|internet|gov\.uk|web page|page)|online)\b/gi },
  { type: 'early_release', weight: 2, pattern: /\bearly (?:publication|release)\b(?! \(principle)/gi },
  { type: 'pre_release_access', weight: 3, pattern: /\bnot (?:on|included (?:on|in)|named on|listed on) the (?:approved |relevant |published )?(?:\w+ )?pre-?\s?release access list/gi },
  { type: 'pre_release_access', weight: 3, pattern: /\bpre-?\s?release access (?:had )?not (?:been )?(?:requested|granted)|without pre-?\s?release access\b/gi },
  { type: 'pre_release_access', weight: 3, pattern: /\b(?:inadvertently |mistakenly |accidentally |wrongly )?(?:sent|forwarded|circulated|shared|e-?mailed|copied|made available)\b[^.]{0,80}\b(?:not (?:on|entitled|eligible|authorised)|outside|private company|wrong (?:e-?mail|address|recipient)|individual|colleague|recipient)/gi },
  { type: 'pre_release_access', weight: 2, pattern: /\bpre-?\s?release (?:access )?(?:list|material|briefing|e-?mail|version|copy)\b/gi },
  { type: 'pre_release_access', weight: 3, pattern: /\b(?:made available|sent|circulated|forwarded|shared|released|distributed)\b[^.]{0,30}\b(?:by|via) e-?mail\b/gi },
  { type: 'pre_release_access', weight: 2, pattern: /\bto (?:an? |the |one |some )?(?:[\w-]+ ){0,4}(?:distribution list|members? of staff|colleagues?|private company|company|journalists?|recipients?)\b/gi },
  // The Order is breached by early sharing and by comment before release alike: it only leans to pre-release access.
  { type: 'pre_release_access', weight: 1, pattern: /\bbreach of the pre-?\s?release access to (?:official )?statistics order/gi },
  // Media that break an embargo make the statistics public before their time.
  { type: 'early_release', weight: 3, pattern: /\b(?:broke|broken|breaking|breached|breach of|broke the terms of) (?:the |an |their |its )?embargo\b/gi },
  {
    type: 'early_release',
    weight: 3,
    pattern:
      /\b(?:media|journalists?|newspapers?|press|outlets?|bbc|reporters?|website)\b[^.]{0,60}\b(?:published|reported|ran|broadcast|printed|tweeted)\b[^.]{0,50}\b(?:before|ahead of|prior to) (?:the )?(?:embargo|publication|release|official release)/gi,
  },
  // Wrong figures put right: a correction, not a timing or access breach.
  {
    type: 'other',
    weight: 3,
    pattern: /\b(?:published|released|contained|included|issued|showed)\b[^.]{0,40}\b(?:incorrect|wrong|erroneous|inaccurate) (?:figures|data|statistics|values|numbers|estimates|information|totals)\b/gi,
  },
  { type: 'other', weight: 2, pattern: /\b(?:an? )?(?:error|errors|mistake) (?:in|within) (?:the )?(?:published |released )?(?:statistics|figures|data|estimates|totals|calculations?)\b/gi },
  { type: 'other', weight: 2, pattern: /\bcorrect(?:ion|ed) (?:notice|version|figures|tables|statistics|data|estimates)\b/gi },
  { type: 'pre_release_access', weight: 1, pattern: /\b(?:embargo(?:ed)?|distribution list)\b/gi },
  // Sent "under embargo": shared ahead of release with people who must hold it.
  { type: 'pre_release_access', weight: 2, pattern: /\b(?:under (?:an? )?embargo|embargoed (?:copy|copies|version|e-?mail|basis))\b/gi },
  { type: 'unauthorised_access', weight: 3, pattern: /\baccess controls?\b/gi },
  { type: 'unauthorised_access', weight: 3, pattern: /\b(?:unauthori[sz]ed|inappropriate) (?:users?|access|staff)\b/gi },
  { type: 'unauthorised_access', weight: 2, pattern: /\b(?:could|were able to|was able to|had) (?:in theory )?(?:access|extract|view)\b[^.]{0,60}\b(?:data|statistics|information|folder|system|warehouse)/gi },
  { type: 'unauthorised_access', weight: 1, pattern: /\b(?:data warehouse|shared (?:drive|folder)|permissions?|audit log)\b/gi },
  {
    type: 'premature_comment',
    weight: 3,
    pattern:
      /\b(?:commented|comment(?:ed)? on|referred to|quoted|tweeted|spoke about|mentioned|said|told|revealed|disclosed|cited|(?<!pre-?)announced)\b[^.]{0,60}\b(?:before|ahead of|prior to) (?:the |their |its )?(?:publication|release|official release|statistics were (?:published|released))/gi,
  },
  { type: 'premature_comment', weight: 2, pattern: /\b(?:minister|secretary of state|spokes(?:person|man|woman)|mp|msp|first minister)\b[^.]{0,80}\b(?:said|commented|(stated|quoted|used|referred)|tweeted|announced)/gi, verbInGroup: 1 },
  // A minister or spokesperson who puts the figures out before release comments on them, whatever the channel.
  {
    type: 'premature_comment',
    weight: 4,
    pattern:
      /\b(?:minister|secretary of state|spokes(?:person|man|woman)|first minister|special adviser|adviser)\b[^.]{0,60}\b(?:posted|tweeted|shared|published|revealed|gave|quoted|used|cited)\b[^.]{0,80}\b(?:before|ahead of|prior to) (?:the |their |its )?(?:official )?(?:publication|release)/gi,
  },
  { type: 'release_arrangements', weight: 3, pattern: /\b(?:had )?not (?:been )?pre-?\s?announced\b|\bwithout (?:being )?pre-?\s?announce(?:d|ment)\b/gi },
  // A change of date that the calendar or users were not told of.
  {
    type: 'release_arrangements',
    weight: 3,
    pattern:
      /\b(?:release )?calendar\b[^.]{0,20}\b(?:was|were|had) not (?:been )?(?:updated|changed|amended|corrected)|\bno (?:announcement|notice|notification) (?:was made )?(?:of|about) (?:the )?(?:change|postponement|delay|new (?:date|time))/gi,
  },
  // Access opened longer before release than the 24 hours allowed is pre-release access, not publication.
  {
    type: 'pre_release_access',
    weight: 4,
    pattern:
      /\b(?:rather|instead) than (?:the )?(?:permitted |usual |allowed )?24 hours\b|\bmore than 24 hours (?:before|ahead of|prior to)\b|\bearlier than (?:(?:the (?:pre-release )?rules|the order|is) )?(?:allow(?:ed|s)?|permit(?:ted|s)?)\b/gi,
  },
  // Words put to the media: "told the journalist that ...", a story "attributed to a department spokesman".
  { type: 'premature_comment', weight: 3, pattern: /\b(?:told|briefed) (?:a |the |an )?(?:journalists?|reporters?|newspapers?|media|press|broadcasters?)\b/gi },
  {
    type: 'premature_comment',
    weight: 3,
    pattern: /\b(?:attributed to|quoting|quoted) (?:a |an |the )?(?:department(?:al)? |government |senior )?(?:spokes(?:man|woman|person)|minister|official|source)\b/gi,
  },
  // The announcement itself was wrong: "the release calendar gave the wrong date".
  {
    type: 'release_arrangements',
    weight: 3,
    pattern:
      /\b(?:release calendar|release date|pre-?announce(?:d|ment)|announced (?:date|time)|publication calendar)\b[^.]{0,40}\b(?:wrong|incorrect|inaccurate|different) (?:date|time|day)|\b(?:wrong|incorrect) (?:release |publication )?(?:date|time) (?:was |had been )?(?:pre-?)?announced|\b(?:wrong|incorrect) (?:date|time) (?:on|in) the (?:release|publication) calendar/gi,
  },
  { type: 'release_arrangements', weight: 3, pattern: /\b(?:changed|moved|brought forward|postponed|rescheduled|re-?arranged|cancelled)\b[^.]{0,60}\bwithout (?:any |prior )?(?:notice|announcement|pre-?\s?announcement|telling|informing|notifying)/gi },
];

/** "asked whether the statistics had been published early": a question or a condition, not what happened. */
export const hypothetical = /\b(?:whether|if)\b[^.;:,]{0,60}$/i;
