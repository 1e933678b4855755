import { PERSONAL_THINGS } from './personal-things.ts';
import { isAdverb, isPastTenseVerb, isUnknownWord, isVerbForm } from './name-lexicon.ts';
// `\s` read by code: these run for every capitalised word, where a one-character regex test cost more than the look itself.
import { isWhitespaceCode } from './text-scan.ts';

/**
 * The words around a capitalised run that say "person" ("ask Priya", "Priya Raman said") or
 * "not a person" ("the Zalando Nubank board"). Each check reads a few dozen characters at most.
 */

const REACH = 40;

/** Greetings, sign-offs and requests aimed at someone: what follows is someone being addressed or mentioned. */
const ADDRESSING = String.raw`hi|hey|hello|hiya|dear|morning|thanks|thanks to|thank you|thx|ty|cheers|cc|bcc|bye|welcome|congrats|congratulations|kudos to|shout-?out to|props to`;
const REQUEST = String.raw`ask|asked|asking|ping|pinged|pinging|call|called|calling|phone|phoned|ring|rang|text|texted|tell|told|dm|message|messaged|remind|reminded|thank|thanked|email|emailed|contact|contacted|loop in|looped in|looping in|pull in|pulls in|pulled in|pulling in|rope in|roped in|cc'd|introduce|introducing|invite|invited|meet`;
/** "integrate with Stripe" is no person; "spoke with Ngozi" is. Only conversational verbs count. */
const WITH = String.raw`(?:spoke|speak|speaking|talk|talked|talking|chat|chatted|chatting|met|meet|meeting|sync|synced|syncing|catch up|caught up|check|checked|checking|pair|paired|pairing|call|1:1|lunch|coffee|dinner|drinks|breakfast) (?:with|w/)`;
const TO = String.raw`(?:reach out|reached out|talk|talked|speak|spoke|spoken|reply|replied|handed over|assigned|reassigned|introduced) to`;
const BY = String.raw`(?:reviewed|approved|signed off|written|reported|requested|raised|filed|opened|owned|led|run|organi[sz]ed|hosted|presented) by`;
const ADDRESSING_WORDS: ReadonlySet<string> = new Set(ADDRESSING.split('|').filter((word) => /^[a-z]+$/.test(word)));

/**
 * "hey", "Hi", "cc", "thanks": a word that addresses someone opens no name and is no part of one
 * ("hey can you…", "Hi Siobhán,", "cc mehmet"), though some are names somewhere ("Hi", "Ty").
 */
export function isAddressingWord(word: string): boolean {
  return ADDRESSING_WORDS.has(word.toLowerCase());
}

/**
 * Forms of address that South and Southeast Asian chat says alone, where English says "mate" or "sir" ("thanks bhai", "hello po",
 * "hi kuya"): Hindi and Urdu "ji", "bhai", "bhaiya", "didi", "dada", "bhabhi", "sahab"; Tagalog "po", "opo", "kuya", "manong",
 * "manang"; Malay and Indonesian "kak", "abang", "mbak", "pak", "bu", "cikgu", "ustaz"; Korean "oppa", "unnie", "hyung", "noona".
 * No name, in lower case; capitalised, several are someone's ("Po", "Ji").
 */
const FORMS_OF_ADDRESS_ALONE: ReadonlySet<string> = new Set(
  'ji bhai bhaiya didi dada bhabhi sahab saab sahib po opo kuya manong manang kak abang mbak pak bu cikgu ustaz oppa unnie hyung noona'.split(' '),
);

export function isFormOfAddressAlone(word: string): boolean {
  return FORMS_OF_ADDRESS_ALONE.has(word);
}

const CUE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'])(?:${ADDRESSING}|${REQUEST}|${WITH}|${TO}|${BY})[\s,:]+$`, 'iu');

/**
 * Determiners and "in/via/using" introduce things and places ("the Sprint Zeta board", "in Okafor Hall").
 * Not "that" or "his/her": "I heard that Ngozi Okafor left", "told her Priya Raman called"; nor "its",
 * which chat writes for "it's" ("hi its Bartholomew Asante", "its Wanjiru from payroll").
 */
const THING_CUES = String.raw`the|a|an|our|your|my|their|this|these|those|in|into|onto|via|using`;
const THING_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'])(?:${THING_CUES})\s+$`, 'iu');
const THING_CUE_WORDS: ReadonlySet<string> = new Set(THING_CUES.split('|'));

/**
 * Sites and the work done at them, in the plural ("the Charlotte and Denver warehouses", "adelaide and hobart stores are
 * shut", "regina and saskatoon jobs are on hold"), which are verbs too ("Wojciech stores passwords…", "Tomasz branches off
 * develop", "Ana installs the agent"): only where the phrase ends, or a verb or a preposition follows, not an object.
 */
const SITES_AFTER = String.raw`(?:regions|zones|sites|datacenters|warehouses|stores|branches|buildings|campuses|airports|stations|universities|hospitals|depots|jobs|projects|installs)(?=\s*(?:$|[,.;:!?)—–]|(?:are|were|is|was|will|have|had|close|closed|open|opened|reopen|reopened|shut|ship|ships|shipped|in|on|at|for|and|or|&)\b))`;

/** A lower-case noun right after makes the run a modifier: "Zeta Prime team", "Okafor Hall campus". */
const THING_AFTER = new RegExp(
  String.raw`^\s+(?:(?:team|teams|api|apps?|services?|cluster|dashboard|project|repo|board|channel|instance|server|bucket|console|integration|workspace|plugin|sdk|cli|pipeline|tier|plan|subscriptions?|licen[cs]es?|region|zone|offices?|users|customers|lease|hq|site|datacenter|warehouse|store|branch|timezone|building|campus|conference|summit|meetup|airport|station|street|road|avenue|university|hospital|models?|inc|ltd|llc|gmbh|corp)\b|${SITES_AFTER})`,
  'u',
);

/** What follows a name that opens a sentence: a comma or bracket, "and", "who", or a verb ("said", "is", "will"). */
const PUNCTUATION_AFTER = /^(?:\s*[,:;(]|\s+[-–—]\s)/u;
const LINKING_WORD_AFTER = /^\s+(?:and|&|who|from|at|here|on behalf)\b/u;
const NEXT_WORDS = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** Closing punctuation or a line break: the run is the whole sentence or line. */
const SENTENCE_CLOSING = /^(?:[.!?]+(?:\s|$)|[ \t,;]*(?:\r?\n|$))/u;

/** After one unknown word: a question addressed to it, a verb of speech, or something only people have. */
const VOCATIVE_AFTER =
  /^,\s*(?:can|could|would|will|please|pls|are|do|did|have|any|thoughts|quick|when|what|where|how|is|you|i|we|let|fyi|thanks|thank)\b/iu;
const SPEECH_AFTER = /^\s+(?:said|says|asked|asks|wrote|writes|thinks|thought|replied|replies|told|tells|agreed|mentioned|suggested|wants|feels)\b/u;
const PERSONAL_THING_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:${PERSONAL_THINGS}|pr|manager|team|calendar|inbox|email|number|address|account|access|request|review|comments?|message|idea|code|branch|ticket|task|approval|leave|contract|salary|payslip)\b`,
  'iu',
);

export function hasPersonCueBefore(text: string, start: number): boolean {
  const previous = text[start - 1];
  if (previous === '@') return true;
  // The cue ends in a space, comma or colon; checking that one character first spares most regex runs.
  if (previous === undefined || (previous !== ',' && previous !== ':' && !isWhitespaceCode(text.charCodeAt(start - 1)))) return false;
  const windowStart = Math.max(0, start - REACH);
  if (!mayEndInCueWord(text, windowStart, start)) return false;
  return CUE_BEFORE.test(text.slice(windowStart, start));
}

/** The last word of every cue phrase ("thanks", "you", "with", "cc'd"), lower case. */
const CUE_LAST_WORDS: ReadonlySet<string> = new Set(
  [...ADDRESSING.split('|'), ...REQUEST.split('|'), 'with', 'to', 'by'].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
);

/**
 * False only when CUE_BEFORE cannot match the window: the ASCII word before the trailing spaces, commas
 * and colons is no cue phrase's last word. Any other character there leaves the answer to the pattern
 * (case-insensitive matching folds "ſ" to "s"). Most capitalised words follow an ordinary word, and this
 * spares them a pattern that tries eighty phrases at each of forty positions.
 */
function mayEndInCueWord(text: string, windowStart: number, start: number): boolean {
  let end = start;
  while (end > windowStart && (text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 58 || isWhitespaceCode(text.charCodeAt(end - 1)))) end -= 1;
  let wordStart = end;
  while (wordStart > windowStart && isAsciiLetterOrApostrophe(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  if (wordStart > windowStart && text.charCodeAt(wordStart - 1) >= 0x80) return true;
  // "w/", chat's "with": the cue ends in a slash.
  if (wordStart === end) return end - windowStart >= 2 && text[end - 1] === '/' && (text[end - 2] === 'w' || text[end - 2] === 'W');
  return CUE_LAST_WORDS.has(text.slice(wordStart, end).toLowerCase());
}

function isAsciiLetterOrApostrophe(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39;
}

export function hasThingCueBefore(text: string, start: number): boolean {
  // The cue is a word, then spaces: look at the word before the spaces before running the regex.
  let cursor = start - 1;
  while (cursor >= 0 && isWhitespaceCode(text.charCodeAt(cursor))) cursor -= 1;
  if (cursor === start - 1 || cursor < 0) return false;
  // A line break ends the phrase: "check these⏎Katharina Vogt  DE67…" lists people, it does not name "these" anything.
  if (text.slice(cursor + 1, start).includes('\n')) return false;
  const windowStart = Math.max(0, start - REACH);
  if (!mayEndInThingCue(text, windowStart, cursor + 1)) return false;
  return THING_BEFORE.test(text.slice(windowStart, start));
}

/**
 * False only when THING_BEFORE cannot match: the ASCII letters before the trailing spaces (back to the
 * window's start) are no thing cue. A letter run longer than the cue cannot match either, since the cue
 * must follow a non-letter. Any non-ASCII character there leaves the answer to the pattern (case folding).
 */
function mayEndInThingCue(text: string, windowStart: number, end: number): boolean {
  let wordStart = end;
  while (wordStart > windowStart && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  if (wordStart > windowStart && text.charCodeAt(wordStart - 1) >= 0x80) return true;
  return THING_CUE_WORDS.has(text.slice(wordStart, end).toLowerCase());
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function hasThingCueAfter(text: string, end: number): boolean {
  return THING_AFTER.test(text.slice(end, end + REACH));
}

export function isFollowedLikeAName(text: string, end: number): boolean {
  const after = text.slice(end, end + REACH);
  return PUNCTUATION_AFTER.test(after) || LINKING_WORD_AFTER.test(after) || isFollowedByVerb(text, end);
}

/** A verb next, perhaps after an adverb: "… made a choice", "… just left", "… flagged it". */
export function isFollowedByVerb(text: string, end: number): boolean {
  const [, first, second] = NEXT_WORDS.exec(text.slice(end, end + REACH)) ?? [];
  if (first === undefined) return false;
  const verb = isAdverb(first) && second !== undefined ? second : first;
  return isVerbForm(verb) || (verb.endsWith('ed') && isUnknownWord(verb));
}

/**
 * With a sentence start before it, the run is the whole sentence ("Who approved it? Ngozi Okafor.")
 * or the whole line (a signature, an attendee list).
 */
export function endsItsSentence(text: string, end: number): boolean {
  return SENTENCE_CLOSING.test(text.slice(end, end + REACH));
}

/**
 * What makes one unknown capitalised word a person without a cue before it: a question addressed to
 * it at a sentence start ("Ngozi, can you…"), a verb of speech ("Ngozi said"), or something only people
 * have ("Ngozi's laptop"). Products talk too ("Stripe says"), but the known ones are ordinary words.
 */
export function isFollowedLikeALonePerson(text: string, end: number, atSentenceStart: boolean): boolean {
  const after = text.slice(end, end + REACH);
  return (atSentenceStart && VOCATIVE_AFTER.test(after)) || SPEECH_AFTER.test(after) || PERSONAL_THING_AFTER.test(after);
}

/** Something only a person here has, after a possessive: "Ngozi's laptop", "Ngozi's PR", "Ngozi's leave". */
export function hasPersonalThingAfter(text: string, end: number): boolean {
  return PERSONAL_THING_AFTER.test(text.slice(end, end + REACH));
}

/**
 * "lol Ilja just pushed to main", "then Porfiriusz merged it": a lone unlisted capitalised word in the
 * middle of a sentence, then (an adverb and) a past-tense verb. Products do things too, but mostly in
 * the present ("Snyk says") or after a determiner ("the Dockerfile says").
 */
export function isFollowedByPastTenseVerb(text: string, end: number): boolean {
  const [, first, second] = NEXT_WORDS.exec(text.slice(end, end + REACH)) ?? [];
  if (first === undefined) return false;
  const verb = isAdverb(first) && second !== undefined ? second : first;
  return isPastTenseVerb(verb) || (verb.endsWith('ed') && isUnknownWord(verb));
}
