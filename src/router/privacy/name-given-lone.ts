import { isDepartmentWord, isGroupOrRoleWord } from './department-words.ts';
import { PERSONAL_THINGS } from './personal-things.ts';
import { ENGLISH } from './function-words.ts';
import { hasPersonCueBefore, hasThingCueAfter, hasThingCueBefore, isFollowedLikeALonePerson, isFormOfAddressAlone } from './name-cues.ts';
import { FROM_THEN_SPEECH, GIFT_AFTER, GIVE_BEFORE, MET_WITH_BEFORE, PERSON_AFTER, REPORTS_TO_BEFORE, REQUEST_BEFORE, WORD_NAME_AFTER } from './name-given-context.ts';
import { adjacent, isGiven, isStrongGiven, isWordGiven } from './name-given-tokens.ts';
import { isAdverb, isOrgOrPlaceWord, isPastTenseVerb, isVerbForm } from './name-lexicon.ts';
import { isFollowedByPersonPredicate } from './person-predicates.ts';
import type { Token } from './recall-words.ts';
import { isClauseOpenedBefore, isLineStart, isSentenceStart } from './sentence-position.ts';
import { isInterjection } from './interjections.ts';
import { isLocaleGivenName } from './locale-given-names.ts';
import { isBrandName } from './known-brands.ts';
import { isCalendarMonthOrDay } from './calendar-words.ts';
import { isPlaceName } from './place-names.ts';
import { isPopularWordName } from './word-given-names.ts';

/** Kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const GERUND_AFTER = /^\s+\p{Ll}+ing\b/u;

/** Words before a lone given name that make it someone: "shoutout to kwame", "anyone seen farhan", "instead of Nomvula". */
const CUE_BEFORE = /(?:^|[^\p{L}])(?:to|with|w\/|seen|per|ask|ping|cc|thanks|thank|from|for|and|&|\+|@|instead of|next to|by|this is|i'm|im)\s+$/iu;
/**
 * The verbs whose object is a person — sent something, written to, booked, invited, paid — with what the person gets or
 * where they go after the name: "write Kwabena a thank you", "book priya on the 7am", "invite Thandiwe to the review",
 * "send Tendai the deck". Not a thing written or sent ("write alt text": no determiner or preposition follows).
 */
const OBJECT_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:send|sent|email|emailed|text|texted|message|messaged|dm|invite|invited|remind|reminded|book|booked|write|wrote|congratulate|congratulated|introduce|introduced|loop in|looped in|buy|bought|show|showed|pay|paid|hire|hired|onboard|onboarded)\s+$/iu;
const WHAT_THEY_GET_AFTER = /^\s+(?:a|an|the|some|this|that|these|those|my|our|your|his|her|their|on|onto|to|into|for|about|back|over|up)\b/iu;
/** "work at Halden", "in Lagos": a place or a firm. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:at|in|into|near|inside|outside|within|across|vs|versus|or)\s+$/iu;
/** "… if the deploy fails - Callum": a signature at the end of a message. */
const SIGNATURE = /(?:^|\s)[-–—~]\s*$/u;
/** A signature ends its message, or the quoted message it signs ("… call the desk. — Dinara'", "— Kwabena”)"). */
const SIGNATURE_END = /^(?:\s*$|["”'’)\]]+(?:\s|$))/u;

export function isLoneGivenName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!(isStrongGiven(token) || isCapitalisedLocaleGivenName(text, token)) || hasThingCueBefore(text, token.start) || hasThingCueAfter(text, token.end)) return false;
  const before = text.slice(Math.max(0, token.start - 20), token.start);
  if (PLACE_BEFORE.test(before)) return false;
  const after = text.slice(token.end, token.end + 30);
  const atStart = isSentenceStart(text, token.start);
  if (PERSON_AFTER.test(after) || isFollowedLikeALonePerson(text, token.end, atStart) || hasPersonCueBefore(text, token.start) || CUE_BEFORE.test(before)) return true;
  if (OBJECT_VERB_BEFORE.test(before) && WHAT_THEY_GET_AFTER.test(after)) return true;
  if (atStart && isSpokenToFirst(text, token, after)) return true;
  if (isFollowedByPersonPredicate(text, token.end)) return true;
  if (SIGNATURE.test(before) && SIGNATURE_END.test(after)) return true;
  return nextIsVerb(tokens, index, atStart) || (isAddressedAtTheEnd(before, after) && (token.titleCase || !token.facts.foreign));
}

/**
 * A given name the names list lacks but a language's list of first names holds ("Svenja", "Dawit", "Kemal"), capitalised
 * where no sentence starts: in an English message as much someone as a listed name — the same cues decide. Not a word of
 * the dictionary, a greeting, a place or a brand ("Bonjour", "Labas" are in those lists too).
 */
function isCapitalisedLocaleGivenName(text: string, token: Token): boolean {
  if (!token.titleCase || token.kind !== 'name' || token.facts.tool || isSentenceStart(text, token.start) || !isLocaleGivenName(token.text)) return false;
  return !isSaidOrNoOne(token);
}

/** A greeting, exclamation or form of address said in a name's place, a place or a brand: what the names lists hold and no one is called here. */
function isSaidOrNoOne(token: Token): boolean {
  return isInterjection(token.lower) || isFormOfAddressAlone(token.lower) || isPlaceName(token.text) || isBrandName(token.text);
}

/**
 * A listed given name opening a line, then a comma and the message to that person: "Faisal, our slack bot token is…",
 * "Nattapong, the LINE push works now". Not a greeting or an exclamation the names lists hold ("Hallo, …", "Oya, …"),
 * a place or a brand, nor the first of a list ("Kafka, Redis and Postgres"): the word after the comma is in lower case.
 */
const SPOKEN_TO_AFTER = /^,[ \t]+\p{Ll}/u;

function isSpokenToFirst(text: string, token: Token, after: string): boolean {
  if (!token.titleCase || !SPOKEN_TO_AFTER.test(after) || !isLineStart(text, token.start)) return false;
  return !TERMS_OF_ADDRESS.has(token.lower) && !isSaidOrNoOne(token);
}

/**
 * A name said last, to the person it is for: "great work Oluwaseun!", "lol Nnamdi", "ok Thandiwe",
 * "can you review this Priya?", "welcome back Priya 🎉". What ends a message, a line or a sentence
 * after a listed given name that is no English word is someone addressed. Not after a word that takes a
 * thing or a place ("running on Ubuntu", "written in Swahili", "moved from Lagos"; determiners, "in",
 * "at", "or" are read before this). In lower case, not a word of another language ("Số 5 Đội bóng").
 */
const ADDRESSED_END = /^(?:[ \t]*[!?.…]+(?:\s|$)|[ \t]*(?:[\p{Extended_Pictographic}\uFE0F\u200D]+[ \t]*)*(?:\n|$))/u;
const THING_TAKER_BEFORE = /(?:^|[^\p{L}])(?:on|of|from|off|over|under|about|like|than|as|use|uses|used|run|runs|ran|called|named|visit|visited|visiting|via|per|is|are|was|were|be|been)\s+$/iu;

function isAddressedAtTheEnd(before: string, after: string): boolean {
  return ADDRESSED_END.test(after) && before.trim() !== '' && !THING_TAKER_BEFORE.test(before);
}

/**
 * A past-tense verb after the word ("Bao fixed…", "Budi just closed…", an adverb between); a present one
 * only mid-sentence ("then Amaka takes support").
 */
function nextIsVerb(tokens: readonly Token[], index: number, atStart: boolean): boolean {
  const first = tokens[index + 1];
  const next = first !== undefined && first.style === 'lower' && isAdverb(first.text) ? tokens[index + 2] : first;
  if (next === undefined || next.style !== 'lower') return false;
  return isPastTenseVerb(next.text) || (!atStart && isVerbForm(next.text) && next.text.endsWith('s'));
}

const ADDRESS_END = /^(?:\s*[,.!?:;)"”’]|\s*$|\s+(?:for|and|&)\b|\s+\p{Extended_Pictographic})/u;

/** After a lower-case name opening a message: "bobby said", "mark, can you…", "june's on leave". */
const LOWER_NAME_AFTER = /^(?:\s+(?:said|says|asked|wrote|replied|mentioned|approved)\b|,\s*(?:can|could|would|will|pls|please)\b)/u;
/**
 * What is someone's, or where someone is, after "'s": "river's PR", "pearl's ringtone", "jack's on a
 * flight", "june's on leave". Things have owners too ("the river's edge"), but a message opening with
 * a listed name and its laptop, pet, child or flight is about a person.
 */
const PERSONAL_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:(?:on|at|in)\s+(?:leave|pto|holiday|vacation|a flight|a plane|the dentist|the doctor|hospital|parental leave)|sick|ooo|wfh|manager|pr|prs|${PERSONAL_THINGS})\b`,
  'iu',
);
/** "june's out", "mark's back": said of systems too ("main's back to green", "canary's out"), so only of a word the lexicon knows as a name. */
const STATUS_AFTER = /^['’]s\s+(?:out|off|away|back|on leave)\b/iu;

/** Groups and roles own laptops and managers too: "team's manager", "customer's account", "everyone's calendar". */
const OWNING_GROUPS: ReadonlySet<string> = new Set(['team', 'company', 'customer', 'client', 'user', 'vendor', 'partner', 'org', 'group', 'board', 'office', 'family', 'everyone', 'someone', 'anyone', 'nobody', 'manager', 'boss', 'lead']);

/**
 * "will said he can cover", "may told me the figures were final": a modal verb never takes a past tense, so
 * a modal that is also a given name, opening a clause before one of people's doings, is the name. Not after a
 * subject ("we will asked them", "the customer will called back": slips), and not "will be", "may have".
 */
const MODAL_NAMES: ReadonlySet<string> = new Set(['will', 'may']);
const PAST_DOING_AFTER = /^\s+(?:said|asked|told|wrote|replied|mentioned|emailed|messaged|texted|pinged|called|approved|agreed|suggested|confirmed|promised|offered)\b/u;
/** Where a clause opens: the message's start, punctuation, or a word that joins clauses ("ok so will said…"). */
const CLAUSE_START_BEFORE = /(?:^|[.,;:!?()—–-]\s*|(?:^|\s)(?:so|and|but|then|also|ok|okay|oh|fyi|btw|lol)\s+)$/iu;

/** "Will already reviewed it": an adverb, then a regular past tense — never a modal's verb ("will read", "will set" are base forms too). */
const ADVERB_THEN_WORD = /^\s+(?:already|just|also|finally|actually|literally|even|never)\s+(\p{Ll}+)/u;
const REGULAR_PAST = /ed$/u;

function isPastDoingAfter(text: string, token: Token): boolean {
  const after = text.slice(token.end, token.end + 30);
  if (PAST_DOING_AFTER.test(after)) return true;
  // Not "May": the month does things in the past too ("May already passed", "May actually closed strong").
  if (token.lower !== 'will') return false;
  const adverbed = ADVERB_THEN_WORD.exec(after);
  if (adverbed === null) return false;
  const word = adverbed[1]!;
  return PAST_DOING_AFTER.test(` ${word}`) || (REGULAR_PAST.test(word) && isPastTenseVerb(word));
}

export function isModalUsedAsName(text: string, token: Token): boolean {
  return (
    MODAL_NAMES.has(token.lower) &&
    token.style !== 'upper' &&
    isPastDoingAfter(text, token) &&
    // Not after a noun or a pronoun ("the customer will called back", "we will asked them"): a slip, not a name.
    CLAUSE_START_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))
  );
}

function isEnglishFunctionWord(token: Token): boolean {
  return token.functionLanguages.includes(ENGLISH);
}

/**
 * A listed given name that is also a word, in lower case, greeted and set off by a comma or the end: "hi will,
 * as i mentioned…", "morning mark, can you…", "hi hope, quick q", "thanks sunny!". Not "hi, hope you're well"
 * (the comma is before it), "thanks, will do", "hi all,", "hey guys,", "cheers mate!".
 */
const GREETING_BEFORE = /(?:^|[^\p{L}'’])(?:hi|hey|hello|hiya|heya|yo|morning|evening|dear|thanks|thx|ty|cheers|sorry|congrats)[ \t]+$/iu;
/** The greeting's end: punctuation, the line's end, or an emoji ("cheers will 🍻"). */
const GREETED_END = /^[ \t]*(?:[,!?]|$|\p{Extended_Pictographic})/u;
/** How people greet a group or a friend, names in some list but no one's here: "hey guys,", "cheers mate!". */
const TERMS_OF_ADDRESS: ReadonlySet<string> = new Set(
  'guys guy mate mates folks buddy dude man bro sis fam love babe boss chief champ pal sir madam team all everyone gang crew peeps people friend friends lads ladies gents you again so much heaps lots both girl girls boys sweetie darling honey hun'.split(' '),
);

export function isGreetedWordName(text: string, token: Token): boolean {
  return (
    token.style === 'lower' &&
    token.text.length >= 3 &&
    isGiven(token) &&
    !TERMS_OF_ADDRESS.has(token.lower) &&
    !OWNING_GROUPS.has(token.lower) &&
    !isDepartmentWord(token.lower) &&
    GREETED_END.test(text.slice(token.end, token.end + 4)) &&
    GREETING_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))
  );
}

export function isEnglishWordName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (isGreetedWordName(text, token)) return true;
  // "guys pls clean the kitchen", "sir can you check": a term of address in lower case stands where a name would.
  if (token.style === 'lower' && TERMS_OF_ADDRESS.has(token.lower)) return false;
  // A listed name that is also a word, after a clause's opener ("heads up wade is taking over…", "…, bill is handling the
  // dispute"), reads as at a sentence's start; doings that only people do settle it there.
  if (token.style === 'lower' && token.kind === 'maybe' && token.text.length >= 3 && !isSentenceStart(text, token.start) && isClauseOpenedBefore(text, token.start)) {
    return isGiven(token) && !isEnglishFunctionWord(token) && !isDepartmentWord(token.lower) && !OWNING_GROUPS.has(token.lower) && isFollowedByPersonPredicate(text, token.end, isPlaceLike(token.lower));
  }
  // Never a grammar word: "how would you…" asks, it is no one asked.
  if (token.style === 'lower' && token.kind !== 'name' && token.text.length >= 3 && isSentenceStart(text, token.start) && isGiven(token) && !isEnglishFunctionWord(token)) {
    // An ordinary word ("florence", "reed") only with what people alone do after it ("is covering", "can you").
    const after = text.slice(token.end, token.end + 40);
    if ((PERSONAL_AFTER.test(after) || (token.kind === 'maybe' && STATUS_AFTER.test(after))) && !isDepartmentWord(token.lower) && !OWNING_GROUPS.has(token.lower)) return true;
    // "hope from finance says…": a given name people are called, where someone works, then what they said ("news from
    // finance says…" is no one's).
    if ((token.kind === 'maybe' || isPopularWordName(token.lower)) && !isDepartmentWord(token.lower) && FROM_THEN_SPEECH.test(text.slice(token.end, token.end + 60))) return true;
    return (token.kind === 'maybe' && LOWER_NAME_AFTER.test(after)) || (!isDepartmentWord(token.lower) && isFollowedByPersonPredicate(text, token.end, isPlaceLike(token.lower)));
  }
  if (!isWordGiven(token) || (token.kind === 'ordinary' && token.text.length < 4) || isDepartmentWord(token.lower) || isGroupOrRoleWord(token.lower)) return false;
  // "the team in Sweden sent us", "our office at Kenyatta Avenue": after a preposition of place the
  // word is where something is, whatever follows it — as for a lone given name above.
  if (PLACE_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start))) return false;
  const atStart = isSentenceStart(text, token.start);
  const before = text.slice(Math.max(0, token.start - 20), token.start);
  const after = text.slice(token.end, token.end + 40);
  // "thanks Chase!", "hi Will,", "sorry Denver, your report…" but not "Hello World example": after a greeting, only a whole address.
  // Asked only where it decides: most words reach neither place.
  const addressed = (): boolean => !atStart && (hasPersonCueBefore(text, token.start) || REQUEST_BEFORE.test(before)) && ADDRESS_END.test(after);
  // "Hill pinged me", "Rivers is out": place words are surnames too, but only with what people alone do, or spoken to.
  const placeWord = isOrgOrPlaceWord(token.lower);
  const metWith = !atStart && ((MET_WITH_BEFORE.test(before) && !hasThingCueAfter(text, token.end)) || (GIVE_BEFORE.test(before) && GIFT_AFTER.test(after)) || REPORTS_TO_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)));
  if (placeWord && !metWith && !addressed() && !isFollowedByPersonPredicate(text, token.end, true)) return false;
  // "Northwind Labs signed": the end of a longer capitalised name, a firm's or a place's — unless the word before greets ("Dear Hope,").
  // Not a grammar word capitalised because it opens the sentence: "Is Sky still covering…?", "Did Hope sign it?".
  const previous = tokens[index - 1];
  if (previous !== undefined && previous.titleCase && adjacent(text, previous, token) && !(isEnglishFunctionWord(previous) && isSentenceStart(text, previous.start))) return addressed();
  if (metWith) return true;
  if (!atStart && REQUEST_BEFORE.test(before)) {
    return !hasThingCueAfter(text, token.end) && !GERUND_AFTER.test(after);
  }
  if (addressed()) return true;
  if (placeWord || WORD_NAME_AFTER.test(after) || (/^['’]s/u.test(after) && isFollowedLikeALonePerson(text, token.end, atStart)) || isFollowedByPersonPredicate(text, token.end, isPlaceLike(token.lower))) return true;
  return !atStart && !hasThingCueBefore(text, token.start) && isAskedAfter(before, after);
}

/** "is Brooklyn around?", "is Sky still doing the onboarding?": asked where someone is or what they are doing. */
const ASKED_BEFORE = /(?:^|[^\p{L}])is\s+$/iu;
const WHEREABOUTS_AFTER = /^\s+(?:still\s+)?(?:(?:around|here|online|in\s+today|in\s+the\s+office|back|free|available|ooo|awake|on\s+(?:leave|pto|holiday|vacation|call))\s*(?:[?!.,]|$|today|now|yet|this)|still\s+\p{Ll}+ing\b)/iu;

function isAskedAfter(before: string, after: string): boolean {
  return ASKED_BEFORE.test(before) && WHEREABOUTS_AFTER.test(after);
}

/** A month, a season, a city or a currency the word also names: what it "had" or "knows" is figurative. */
const SEASONS_AND_CURRENCIES: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'sterling']);

function isPlaceLike(lower: string): boolean {
  return isCalendarMonthOrDay(lower) || SEASONS_AND_CURRENCIES.has(lower) || isPlaceName(lower);
}
