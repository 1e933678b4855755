/**
 * What stands around a given name and says "person", shared by the lone-name and the pair rules.
 * Kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call.
 */

/** Where a lone word is a person: before a possessive, a verb, "from", a slash. */
export const PERSON_AFTER = /^(?:['’]s\s+\p{L}|\s+\/|\s+from\s+(?:the\s+)?\p{Ll}|\s+(?:is|was|has|had|will|would|can|could|should|did|does)\s+\p{Ll})/u;

/** "Chase said", "Rose from legal wants…", "Will can you…", "Sunny from the data team". */
export const WORD_NAME_AFTER = /^(?:\s+(?:said|says|asked|wrote|replied|mentioned|suggested|approved|signed|sent|left|joined|pinged|emailed|called|dropped|confirmed)\b|\s+from\s+(?:the\s+(?:\p{Ll}+\s+){1,2}(?:team|office|squad|crew|department|dept|branch)|legal|finance|hr|sales|accounts|support|marketing|procurement|security|ops|it|engineering|design|product)\b|\s+(?:can|could|would)\s+you\b)/iu;

/** A request or an address right before the name: "try Violet", "spoke with Hope", "cc Will", "remind Noble", "let Art decide", "sorry Denver". */
export const REQUEST_BEFORE = /(?:^|[^\p{L}])(?:try|next to|instead of|sit with|ask|ping|cc|thanks|spoke with|talk to|talked to|speak to|per|remind|reminded|nudge|poke|let|tell|told|sorry|congrats|welcome|happy birthday|@)\s+$/iu;

/** "… was assigned", "… raised a complaint": a past form after a name, read per pair (kept out of the functions). */
export const PAST_PARTICIPLE_AFTER = /^\s+\p{Ll}+ed\b/u;

/**
 * Time spent with someone: "pairing w/ Marsh", "had lunch with Heath", "1:1 w/ Dale". Places and products
 * are integrated, synced or checked with, never lunched or paired with.
 */
export const MET_WITH_BEFORE = /(?:^|[^\p{L}])(?:spoke|speak|speaking|talk|talked|talking|chat|chatted|chatting|met|meet|meeting|catch(?:ing)? up|caught up|pair|paired|pairing|1:1|lunch|coffee|dinner|drinks|sat|sitting|sit)\s+(?:with|w\/)\s+$/iu;

/**
 * Something given that only people receive: "give Poppy a raise", "give Hunter a heads up" — not a call
 * or a ring, which banks and shops get too ("give Chase a call"). Read as the word before the name and the
 * words after it.
 */
export const GIVE_BEFORE = /(?:^|[^\p{L}])(?:give|gave|giving|gives)\s+$/iu;
export const GIFT_AFTER = /^\s+(?:a|an|some|the)\s+(?:raise|pay\s+rise|promotion|bonus|shout-?out|heads[- ]?up|hug|high\s+five|pat\s+on\s+the\s+back)\b/iu;

/**
 * Whom someone reports to: "Banks reports to Booth", "she reports to Frost" — the one reporting is a
 * capitalised name or a person's pronoun, so "the alert reports to Slack" is no one.
 */
export const REPORTS_TO_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}[\p{Ll}'’-]+|he|she|they|who|i)(?:\s+(?:now|still|directly|currently|also))?\s+(?:reports|reported|report)\s+to\s+$/u;

/**
 * Where someone works — a team, an office, a partner firm or a department — then speech: "from the Odesa reseller
 * says", "from procurement called". Not where a tool runs ("Dependabot from the monorepo wants…").
 */
export const FROM_THEN_SPEECH =
  /^\s+from\s+(?:the\s+|our\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:team|office|partner|vendor|client|customer|agency|reseller|supplier|distributor|bank|embassy|council|school|hospital|department|dept|hq|branch|finance|legal|hr|procurement|sales|marketing|support|ops|security|payroll|facilities|recruiting|accounts|accounting|compliance|audit)\s+(?:says|said|asked|asks|wants|wanted|called|emailed|wrote|replied|mentioned|confirmed|is\s+asking|just\s+(?:called|emailed|asked|said))\b/iu;
