import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isKnownNameWord, isPastTenseVerb, ownLexiconEntry } from './name-lexicon.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { hasPersonCueBefore } from './name-cues.ts';
import { factsOf } from './name-word-facts.ts';
import { isSentenceStart } from './sentence-position.ts';
import { escapeRegExp } from './text-scan.ts';
import type { Candidate } from './types.ts';

/**
 * A name-shaped word that names a thing, told by what stands next to it rather than by the word:
 * - an eponym, a name then (a possessive and) a noun nobody owns: "Conway's law", "Markov chain",
 *   "Crohn's disease"; "number", "rule", "test" only in a message about maths ("Euler's number … formula"),
 *   as "Sarah's number" is a phone number;
 * - a word opening a sentence and then a noun it qualifies: "Victoria line is suspended", "Noel week",
 *   "Carol singers", "Sierra Nevada offsite" (a person there is followed by a verb, a comma, a bracket);
 * - a named team or project: "Team Narwhal", "Project Everest", a place to stay or eat ("Hotel Marquês",
 *   "Café Rosa"), or a word said to be a name of a thing
 *   ("Savannah is the sample dataset name", "Orion is our staging cluster");
 * - a standard or product with a version: "PCI DSS 4.0";
 * - a command line: "git rebase -i", "git push --force";
 * - an imperative opening a sentence: "Skip the standup", "Bill the customer".
 */
// Tools of thought named after their makers too: "Chesterton's fence", "Welch's t-test".
const EPONYM_NOUNS = String.raw`laws?|razor|algorithm|theorem|principle|constant|syndrome|disease|conjecture|lemma|paradox|equations?|inequality|hypothesis|chains?|sieve|notation|transform|distribution|formula|criterion|fallacy|dilemma|paradigm|postulate|fence|t-tests?|u-tests?|maneuver|manoeuvre|reflex|cipher`;
const EPONYM_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:${EPONYM_NOUNS})\b`, 'u');
/**
 * Conditions named after people share their noun, listed before it: "Hashimoto's and Graves' disease". Only
 * a disease or syndrome: "Priya's, Omar's and Wei's equations" are three people's.
 */
const EPONYMS_SHARING_A_CONDITION = /^['’]s?(?:(?:\s*,|\s+(?:and|or|&))\s+\p{Lu}[\p{L}\p{M}-]*['’]s?){1,3}\s+(?:diseases?|syndromes?)\b/u;
/** A named condition said once before, the possessive after: "Graves' disease and Addison's are on the list" — not "the sorting algorithm and Omar's". */
const EPONYM_BEFORE = /\p{Lu}[\p{L}\p{M}-]*['’]s?\s+(?:diseases?|syndromes?)\s*(?:,|\s(?:and|or|&))\s+$/u;
/** A possessive with nothing owned after it: the sentence goes on with its verb or ends. */
const POSSESSIVE_START = /^['’]s?(?=\s*(?:[,.;:!?)]|$)|\s+(?:are|is|was|were|and|or|have|has|too|both)\b)/u;
/** Things people own as well, named after someone only without a possessive: "Ishikawa diagram", "Gantt chart", "Likert scale" — not "Maria's diagram". */
const EPONYM_WITHOUT_POSSESSIVE = /^\s+(?:diagrams?|charts?|scales?|curves?|matrix)\b/u;
const MATHS_NOUNS_AFTER = /^(?:['’]s?)?\s+(?:number|rule|method|test|model|effect|function|identity|series|sequence|limit|ratio)\b/u;
const MATHS_CONTEXT = new RegExp(String.raw`\b(?:${EPONYM_NOUNS}|math|maths|decay|exponent|exponential|logarithm|probability|statistics?|matrix|integral|derivative|proof|graph)\b`, 'iu');

const NAMED_THING_WORDS: ReadonlySet<string> = new Set('team project squad operation codename sprint program programme guild tribe pod release version'.split(' '));
/**
 * Places to stay, eat and drink, named in their own languages: a capitalised "Hotel Marquês", "Café Rosa",
 * "Trattoria Lucia" is the place. Only capitalised: "the hotel Maria booked" is someone's booking.
 */
const VENUE_WORDS: ReadonlySet<string> = new Set(
  'hotel hôtel hotell hostel hostal motel resort ryokan posada pousada gasthof gasthaus café cafe caffè caffe restaurant restaurante ristorante trattoria osteria brasserie bistro bistrot pizzeria taverna'.split(' '),
);
/** What a name given to a thing names: machines, rooms, software — never a role a person fills ("our new designer"). */
const THING_NOUNS = String.raw`(?:dataset|codename|name|hostname|tenant|environment|cluster|database|repo|service|library|framework|brand|region|sandbox|room|meeting room|bot|server|machine|host|node|printer|laptop|device|app|tool|script|job|queue|bucket|instance|pipeline|plugin)s?`;
/**
 * Said to be a thing: "Orion is our staging cluster", "Tesla and Edison are our two meeting rooms", or
 * in brackets after it: "Marvin (our deploy bot) failed", "book Edison (the big meeting room)". The thing
 * ends the phrase: "our app developer", "the bot owner" are people.
 */
const THING_BEING = new RegExp(
  String.raw`^(?:(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]*)?\s+(?:is|was|are|were)\s+|\s*\(\s*)(?:the|a|an|our|their)\s+(?:[\p{L}\d-]+\s+){0,2}${THING_NOUNS}(?=\s*(?:[),.;:!?]|$)|\s+(?:on|in|at|for|and|that|which|with|of|from|to)\b)`,
  'iu',
);
/**
 * "Ubuntu 22.04", "Python 3.11": a version; not an amount spent with someone ("dinner w/ Emma Virtanen 148.50 EUR"),
 * nor the address a login came from in an access log ("mira.kovacs 203.0.113.9 DENIED"): four parts of at most
 * three digits are an IPv4 address; nor a number grouped in thousands, as Chile's RUT and Uruguay's CI are written
 * ("Ignacia Rojas 20.118.457-6").
 */
const VERSION_AFTER = /^\s+(?!\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))(?!\d{1,3}(?:\.\d{3}){2,}(?![\d.]))v?\d+(?:\.\d+)+\b(?!\s*(?:(?:EUR|USD|GBP|CHF|JPY|CAD|AUD|NZD|INR|SEK|NOK|DKK|PLN|BRL|MXN|ZAR|SGD|HKD|CNY|AED)\b|[$€£¥₹]|eur|usd|gbp|dollars|euros|pounds))/u;
/** "Ava v2" (a voice bot's): a version numbered with its "v" alone — not after what points at a person ("ask Maya v2 of the deck is…"). */
const V_VERSION_AFTER = /^[ \t]+v\d+(?![\p{L}\d]|\.\d)/u;
const FLAG_AFTER = /^(?:\s+[\w.-]+){0,2}\s+--?[a-z]/u;
const COMMAND_BEFORE = /(?:&&|\|\||[|$])\s*$/u;
const OBJECT_AFTER = /^\s+(?:the|a|an|this|that|these|those|your|our|my|it|them|all|any|every|some)\b/u;
const NEXT_WORDS = /^ (\p{Ll}+)\b(?: (\p{Ll}+)\b)?/u;
const OBJECT_OPENERS: ReadonlySet<string> = new Set('the a an our my his her their up off out it them'.split(' '));
const PREPOSITIONS: ReadonlySet<string> = new Set('with at in on for from to by as into under over about'.split(' '));
/** "Noel party is on the 19th": a verb after the word that follows the name makes that word the subject's noun. */
const LINKING_VERBS: ReadonlySet<string> = new Set('is are was were will has had starts ends runs means'.split(' '));

/**
 * "meeting with Oleg Petrov 12.05 at 3", "созвон с Олегом 12.05": a day and a month after a name the lexicon knows, or after a
 * word of Cyrillic (which writes no product's version after its name), is a date, not the name's version.
 */
const DAY_AND_MONTH_AFTER = /^\s+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?:\.(?:\d{2}|\d{4}))?(?![\d.]*\d)/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function isDayAfterName(candidate: Candidate, after: string): boolean {
  if (!DAY_AND_MONTH_AFTER.test(after)) return false;
  return CYRILLIC.test(candidate.value) || candidate.value.split(' ').every((word) => isKnownNameWord(word.toLowerCase()));
}

/**
 * The middle colour of a red/amber/green status, before what it colours: "Amber alert on the dashboard", "amber
 * warnings since 9", "two amber lights". Not "Amber's alert", "Amber, alert the team", nor "Amber status" (a
 * colleague's chat status is written so too).
 */
const STATUS_COLOUR_AFTER = /^\s(?:alerts?|lights?|levels?|warnings?|thresholds?|zones?|ratings?|bands?|flags?)\b/iu;

function isStatusColour(text: string, candidate: Candidate): boolean {
  return candidate.value.toLowerCase() === 'amber' && STATUS_COLOUR_AFTER.test(text.slice(candidate.end, candidate.end + 16));
}

export function isNameOfAThing(text: string, candidate: Candidate): boolean {
  const after = text.slice(candidate.end, candidate.end + 40);
  if (isStatusColour(text, candidate)) return true;
  if (EPONYM_AFTER.test(after) || EPONYMS_SHARING_A_CONDITION.test(after) || EPONYM_WITHOUT_POSSESSIVE.test(after) || (MATHS_NOUNS_AFTER.test(after) && MATHS_CONTEXT.test(text))) return true;
  if (POSSESSIVE_START.test(after) && EPONYM_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start))) return true;
  if (isNamedTeamOrVenue(text, candidate) || isSaintOrStorm(text, candidate) || (VERSION_AFTER.test(after) && !isDayAfterName(candidate, after)) || (V_VERSION_AFTER.test(after) && !hasPersonCueBefore(text, candidate.start)) || THING_BEING.test(after)) return true;
  if (candidate.value === candidate.value.toLowerCase()) return FLAG_AFTER.test(after) || COMMAND_BEFORE.test(text.slice(Math.max(0, candidate.start - 4), candidate.start));
  if (!isSentenceStart(text, candidate.start)) return false;
  const next = NEXT_WORDS.exec(after);
  if (isImperative(candidate, after)) return true;
  const word = next?.[1];
  // "Olivia Brown banks with Barclays", "Reed works at…": an -s word then a preposition is the name's verb.
  if (word !== undefined && next?.[2] !== undefined && PREPOSITIONS.has(next[2]) && word.endsWith('s') && !DOER_PLURAL.test(word)) return false;
  // "Priya set the date", "Omar cut the budget": a verb whose past is its plain form, then its object.
  if (word !== undefined && next?.[2] !== undefined && OBJECT_OPENERS.has(next[2]) && isPastTenseVerb(word)) return false;
  // "Jess Whitaker card 6011…", "Carolina Gómez curp GODC…": a number after the noun is the name's own — its holder's.
  if (HOLDERS_NUMBER_AFTER.test(after)) return false;
  return isQualifyingNoun(word, next?.[2] !== undefined && LINKING_VERBS.has(next[2]));
}

/** One word, then a number of six digits or more, or letters and digits as an identity paper writes them. */
const HOLDERS_NUMBER_AFTER = /^[ \t]+\p{L}[\p{L}.]{0,11}[ \t]*(?:no\.?|number|#|:)?[ \t]*[A-Z]{0,4}\d[\d \t-]{5,}/u;

/**
 * A team, project or venue named after someone still names them: "thanks team Priya", "Café Rosa". Only a
 * name that is no listed given name ("Narwhal", "Everest", "Marquês") is the thing's alone.
 */
export function isNamedTeamOrVenue(text: string, candidate: Candidate): boolean {
  const space = candidate.value.indexOf(' ');
  const first = space > 0 ? candidate.value.slice(0, space) : '';
  const rest = space > 0 ? candidate.value.slice(space + 1) : candidate.value;
  const opens = space > 0 && (NAMED_THING_WORDS.has(first.toLowerCase()) || (first !== first.toLowerCase() && VENUE_WORDS.has(first.toLowerCase())));
  // The word before, read by hand: this runs for every name found, and most follow no such word.
  if (!opens && !isAfterTeamOrVenueWord(text, candidate.start)) return false;
  return !rest.split(' ').some((word) => factsOf(word).strongGiven);
}

function isAfterTeamOrVenueWord(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const before = wordBeforeSpace(text, Math.max(0, start - 16), start);
  const lower = before.toLowerCase();
  return NAMED_THING_WORDS.has(lower) || (before !== lower && VENUE_WORDS.has(lower));
}

/**
 * Given names that name no one private: a saint, and so the places and days named after one ("St. Louis",
 * "Saint Louis", "São Paulo"), and a storm, whose name is given by a weather service ("Storm
 * Éowyn", "Hurricane Helene", "storm Éowyn closed the office"). The saint's word is capitalised, and not after
 * a given name ("Marie St. Pierre" is a surname); "Storm" capitalised is a given name too ("Storm Henriksen"),
 * so only "Hurricane", "Typhoon", "Cyclone", "Tropical Storm", "storm" in lower case opening its sentence, or "Storm"
 * in a message that speaks of the weather ("the storm claims backlog… including Storm Ciarán") or of what it damaged
 * ("damage from Storm Jocelyn"). The storm's name said again alone is the storm's ("Ciarán is about 600 of it").
 */
const SAINT_BEFORE = /(?:^|[^\p{L}])(?<!\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+)(?:St\.?|Ste\.?|Saint|Sainte|Sankt|São)[ \t]+$/u;
const STORM_BEFORE = /(?:^|[^\p{L}])(?:Tropical[ \t]+Storm|Hurricane|Typhoon|Cyclone)[ \t]+$/u;
const LOWER_STORM_BEFORE = /(?:^|[.!?\n][ \t]*)storm[ \t]+$/u;

const CAPITAL_STORM_BEFORE = /(?:^|[^\p{L}])Storm[ \t]+$/u;
const DAMAGE_FROM_STORM_BEFORE = /(?:^|[^\p{L}])(?:damage|damaged|hit|caused)[ \t]+(?:from|by)[ \t]+Storm[ \t]+$/iu;
/** The weather spoken of in lower case, as a word of its own: "Storm" capitalised before a name is not evidence of itself. */
const WEATHER_WORD =
  /(?<![\p{L}])(?:storms?|flood(?:s|ing|ed)?|winds?|gales?|gusts?|weather|rain(?:fall|storm)?|snow(?:fall|storm)?|hail(?:storm)?|downpours?|tornado(?:es)?|hurricanes?|typhoons?|cyclones?|landfall|met office)(?![\p{L}])/u;

/** Any of the words above, in any case: one pattern settles most names before the three. */
const SAINT_OR_STORM_WORD = /(?:st|ste|saint|sainte|sankt|são|storm|hurricane|typhoon|cyclone)\.?[ \t]+$/iu;
/** A storm's word anywhere, in any case: most messages have none, and a storm's name said again needs one. */
const STORM_WORD_ANYWHERE = /storm|hurricane|typhoon|cyclone/iu;

function isSaintOrStorm(text: string, candidate: Candidate): boolean {
  // The word may open the name found ("Storm Ciarán", "St Patrick"): then what stands before the next word counts.
  const space = candidate.value.lastIndexOf(' ');
  const end = space > 0 ? candidate.start + space + 1 : candidate.start;
  const before = text.slice(Math.max(0, end - 24), end);
  if (!SAINT_OR_STORM_WORD.test(before)) return space < 0 && isStormNamedElsewhere(text, candidate);
  if (SAINT_BEFORE.test(before)) return true;
  return isStormNameAt(text, end, candidate.end, before);
}

/**
 * Storm is a given name too: "Storm Henriksen is the new office manager", "Storm Jefferson asked for a desk".
 * A storm has one name, and does nothing only people do. `before`: the text before the name, up to 24 characters.
 */
function isStormNameAt(text: string, start: number, end: number, before: string): boolean {
  const storm = STORM_BEFORE.test(before) || LOWER_STORM_BEFORE.test(before) || (CAPITAL_STORM_BEFORE.test(before) && isWeatherStorm(text, start, before));
  return storm && !text.slice(start, end).includes(' ') && !isFollowedLikeAPerson(text, end);
}

/** "Storm" capitalised where the weather is spoken of, and not after what points at a person ("ask Storm Jefferson about the flood"). */
function isWeatherStorm(text: string, start: number, before: string): boolean {
  if (hasPersonCueBefore(text, start - before.length + before.lastIndexOf('Storm'))) return false;
  return DAMAGE_FROM_STORM_BEFORE.test(before) || WEATHER_WORD.test(text);
}

/** "…including Storm Ciarán… Ciarán is about 600 of it": a lone word the message names a storm with elsewhere. */
function isStormNamedElsewhere(text: string, candidate: Candidate): boolean {
  if (!STORM_WORD_ANYWHERE.test(text)) return false;
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(candidate.value)}(?![\\p{L}\\p{M}])`, 'gu'))) {
    if (match.index === candidate.start) continue;
    const end = match.index + match[0].length;
    if (isStormNameAt(text, match.index, end, text.slice(Math.max(0, match.index - 24), match.index))) return true;
  }
  return false;
}

/** The word right before, after any punctuation ("LOCATION:Hotel Marquês"). */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * What `/([\p{L}\p{M}]+) $/u` takes from text[from, end) when text[end - 1] is a space, or '': the letters and marks
 * right before that space, read back by code. The pattern, tried at each of the window's positions, ran for every name found.
 */
function wordBeforeSpace(text: string, from: number, end: number): string {
  let start = end - 1;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if (code < 0x80) {
      if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break;
      start -= 1;
      continue;
    }
    // A letter outside the BMP is a surrogate pair, both halves inside the window; a lone half is no letter.
    const pair = code >= 0xdc00 && code <= 0xdfff && start - 2 >= from && isHighSurrogate(text.charCodeAt(start - 2));
    const width = pair ? 2 : 1;
    if (!LETTER_OR_MARK.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end - 1);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** One word that is also an everyday word, then an object: "Skip the standup", "Bill the customer". */
function isImperative(candidate: Candidate, after: string): boolean {
  return !candidate.value.includes(' ') && isDictionaryWord(candidate.value.toLowerCase()) && OBJECT_AFTER.test(after);
}

const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Duration', 'Actor']);
/** "singers", "amplifiers", "speakers": a plural of a doer noun; other -s words after a name are verbs ("owns", "owes"). */
const DOER_PLURAL = /(?:er|or|ist|ian)s$/u;

/**
 * A lower-case noun, not a verb, adverb, date or chat word: "week", "line", "offsite", "singers".
 * Words compromise files only as nouns, chat-ops nouns ("offsite", "standup"), plurals of doers ("amplifiers").
 * Other words compromise lacks may be verbs ("attend"), and a name before a verb is someone.
 */
/** "Ngozi here, from accounts": the lexicon files "here" and "there" as nouns; after a name they say where someone is. */
const PLACE_ADVERBS: ReadonlySet<string> = new Set(['here', 'there']);

function isQualifyingNoun(word: string | undefined, verbAfter: boolean): boolean {
  if (word === undefined || word.length < 3 || PLACE_ADVERBS.has(word) || !(isDictionaryWord(word) || CHAT_OPS_WORDS.has(word))) return false;
  const entry = ownLexiconEntry(word);
  if (entry === undefined) return CHAT_OPS_WORDS.has(word) || DOER_PLURAL.test(word);
  const tags = typeof entry === 'string' ? [entry] : entry;
  // A verb's base form cannot follow a name as its verb ("Noel party is…"); alone it may be an order ("Priya check the logs").
  return tags.every((tag) => NOUN_TAGS.has(tag) || (verbAfter && tag === 'Infinitive'));
}
