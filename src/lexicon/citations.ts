// How a report says outside its practices cell that the Pre-release Access Order itself was breached: the
// Authority's cover note ("... has reported to the UK Statistics Authority a breach of the Pre-release Access to
// Official Statistics Order 2008", "a breach of the Code and of the ... Order") or the account ("this breached
// the ... (Scotland) Order"). The template's
// standing preamble names the Orders in the plural, in general ("or the relevant Pre-release Access to Official
// Statistics Orders"), which cites nothing; so does an Order named without a breach verb ("outside the terms of").

/** A breach word directly governing the Order, singular: its match is a citation of PRA-ORDER. */
export const orderBreachedPattern =
  /\b(?:breach(?:ed|es)?|contravened?|contravention|infringe(?:d|ment)?)\s+(?:of\s+)?(?:the\s+)?(?:[^.\n]{0,80}?\s+and\s+(?:of\s+)?(?:the\s+)?)?(pre-?\s?release\s+access\s+to\s+(?:official\s+)?statistics\s+(?:\([^)\n]{0,40}\)\s*)?order)(?![a-z])/gi;

/**
 * The Authority's cover note names the producer that reported the breach, as the subject of its first sentence:
 * "The NHS Information Centre (NHS IC) has reported to the UK Statistics Authority a breach ...", "HM Treasury
 * has notified the Statistics Authority of a breach ...". Group 1 is the producer as written, abbreviation included.
 */
export const coverNoteProducerPattern =
  /(?:^|[.!?]\s+|\n\s*|,\s+(?:the\s+)?)((?:The\s+)?\p{Lu}[^.\n,]{1,160}?)\s+(?:has|have|had)\s+(?:reported|notified|informed)\s+(?:to\s+)?(?:the\s+)?(?:(?:UK\s+)?Statistics\s+Authority|Office\s+for\s+Statistics\s+Regulation)\b/u;
