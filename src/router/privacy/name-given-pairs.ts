import { hasPersonCueBefore, hasThingCueAfter, hasThingCueBefore, isFollowedByVerb } from './name-cues.ts';
import { PAST_PARTICIPLE_AFTER, PERSON_AFTER, REQUEST_BEFORE, WORD_NAME_AFTER } from './name-given-context.ts';
import { adjacent, isGiven, isToolWord } from './name-given-tokens.ts';
import { isAdverb, isKnownNameWord, isKnownNonNamePhrase, isLexiconGivenName, isVerbForm } from './name-lexicon.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isFollowedByTeam, isFollowedLikeAPerson } from './person-predicates.ts';
import { PERSONAL_THINGS } from './personal-things.ts';
import { isPopularWordName } from './word-given-names.ts';
import { isCalendarMonthOrDay } from './calendar-words.ts';
import { isPlaceName } from './place-names.ts';
import { isPopularTitle, titleKey } from './wikipedia-titles.ts';
import type { Token } from './recall-words.ts';

/** "Easter Monday", "Christmas Eve": a weekday or an eve, never a surname ("Day", "May", "June" are surnames too). */
const CALENDAR_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday eve weekend'.split(' '));

/** "Miles Oduya", "Hope Nwosu", "Dean Bishop left…": a given name, then a capitalised surname. */
/** Prepositions open a phrase, never a name: "From Thabo N. to Everyone", "With Ana". Not "An", "Per" or "Than": given names too. */
const LINKING_WORDS: ReadonlySet<string> = new Set('from to in on at for with by about via'.split(' '));

export function fromPair(text: string, tokens: readonly Token[], index: number): number | undefined {
  const first = tokens[index]!;
  const second = tokens[index + 1];
  if (second === undefined || !adjacent(text, first, second) || !first.titleCase || !second.titleCase || LINKING_WORDS.has(first.lower)) return undefined;
  if (!isGiven(first)) return unlistedGivenName(text, first, second);
  // The run pass has two unlisted words; a greeting or request before a name is no part of it ("Hi Sarah").
  if ((first.kind === 'name' && second.kind === 'name') || hasPersonCueBefore(text, second.start)) return undefined;
  const value = text.slice(first.start, second.end);
  if (CALENDAR_WORDS.has(second.lower) || isKnownNonNamePhrase(value) || hasThingCueBefore(text, first.start) || hasThingCueAfter(text, second.end)) return undefined;
  const after = text.slice(second.end, second.end + 40);
  // Read only when a rule below needs it: most capitalised pairs are settled by the names list alone.
  const personAfter = (): boolean => WORD_NAME_AFTER.test(after) || PAST_PARTICIPLE_AFTER.test(after) || isFollowedLikeAPerson(text, second.end);
  // "Miles Oduya", "Hope Nwosu": a surname nobody would take for a word, itself in the list ("Team Kraken" is not);
  // "Precious Moyo raised…", "Misty Vaughn from the reseller": a listed surname that is no English word, doing what people do.
  const surname =
    second.text.length >= 2 &&
    ((second.kind === 'name' && (isGiven(second) || PERSON_AFTER.test(after) || personAfter())) ||
      (second.kind !== 'maybe' && !isDictionaryWord(second.lower) && isGiven(second) && (PERSON_AFTER.test(after) || personAfter())));
  if (surname) return second.end;
  // "Dean Bishop left…", "Lena Church will be…": the surname is an English word, so only with what follows people. A
  // given name the dictionary holds ("Rocky Baker's van…", "Autumn Hill is…") only before a surname the lexicon knows.
  const givenWord = first.kind !== 'ordinary' || (isPopularWordName(first.lower) && (second.kind === 'name' || isKnownNameWord(second.lower)));
  const bothNames = givenWord && isGiven(second) && (personAfter() || REQUEST_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start)));
  return bothNames ? second.end : undefined;
}

/**
 * "mark brown is out sick", "john smith signed it", "jack taylor from legal called": chat types colleagues in lower
 * case, and the commonest English given names and surnames are English words too, so neither the run pass (two
 * words no list holds) nor the capitalised pair reads them. A word the lexicon knows as a given name, then one it
 * knows as a name (or a name no word list holds), doing what people do or placed in a team, is someone. Not "will
 * young" (the lexicon lists no given name "will"), "grace period", "rose gold" (after a given name that is also a word,
 * only a surname the lexicon knows); nor "mark hill done": a hill does nothing people do.
 */
export function fromLowerCasePair(text: string, tokens: readonly Token[], index: number): number | undefined {
  const first = tokens[index]!;
  const second = tokens[index + 1];
  if (second === undefined || first.style !== 'lower' || second.style !== 'lower' || !adjacent(text, first, second)) return undefined;
  if (first.kind === 'ordinary' || !isGiven(first) || (first.kind === 'maybe' && !isLexiconGivenName(first.lower))) return undefined;
  // "victoria station is closed", "elizabeth line is down", "tesla model would…": the word after the name may be the thing named.
  const surname = second.kind === 'name' ? isGiven(second) : second.kind === 'maybe' ? isKnownNameWord(second.lower) : isWordSurname(first, second) && !hasThingCueAfter(text, first.end);
  if (!surname || hasThingCueBefore(text, first.start) || hasThingCueAfter(text, second.end)) return undefined;
  // Brands are owned in lower case too ("jack daniel's tasting"): after "'s", only what is a person's.
  if (POSSESSIVE.test(text.slice(second.end, second.end + 2))) return OWNED_BY_A_PERSON.test(text.slice(second.end, second.end + 40)) ? second.end : undefined;
  // Only what people do: a line, a park or a station "is down", "has a new cafe" or "will be closed" too.
  if (isFollowedLikeAPerson(text, second.end) || isFollowedByTeam(text, second.end)) return second.end;
  // After a given name that is no word, a surname word is the name's when a verb follows the pair: "tess marsh is on her
  // way", "dom wise made a call", "tariq strong has opinions". Not before a noun it qualifies ("tariq strong opinions"),
  // nor before punctuation or "and", which follow a tool's or a brand's pair as often ("oom killer?", "loki query:"); nor
  // after a word that is grammar in some language ("az login fails": Hungarian's "the", and Azure's command).
  return first.kind === 'name' && first.facts.functionLanguages.length === 0 && isWordSurname(first, second) && isFollowedByVerb(text, second.end) && !isKnownOtherwise(first, second) ? second.end : undefined;
}

/** Where or when someone is, said right after a lone name ("wanjiru back from leave", "tomas sick today"): no surname. */
const STATE_WORDS: ReadonlySet<string> = new Set('back home away sick off out today tonight tomorrow tmrw tmr yesterday now again still later soon too'.split(' '));

/**
 * "olivia young is taking over", "kate white wants…", "tess marsh is on her way": after a given name no word list holds,
 * a surname that is an everyday noun or adjective (the names list holds it). Not grammar, a verb or an adverb, which
 * follow a lone name as often ("priya also said", "olivia just left", "ella has the list").
 */
function isWordSurname(first: Token, second: Token): boolean {
  if (first.kind !== 'name' || !second.facts.humanName || second.text.length < 3) return false;
  return !ENGLISH_FUNCTION_WORDS.has(second.lower) && !STATE_WORDS.has(second.lower) && !isVerbForm(second.lower) && !isAdverb(second.lower);
}

/** After a given name, a line named after someone ("elizabeth line") or someone's kin ("masayoshi son", "priya wife"). */
const NOT_A_SURNAME_HERE: ReadonlySet<string> = new Set('line son daughter wife husband mum mom dad brother sister cousin'.split(' '));

/**
 * Without a person's doing after it, the pair may be what the world knows by it: a famous name or title ("elon musk
 * tweeted", "estée lauder and clinique"), a city and what is said of it ("houston numbers are in"), a day ("monterrey mon,"),
 * a line or kin (NOT_A_SURNAME_HERE).
 */
function isKnownOtherwise(first: Token, second: Token): boolean {
  return NOT_A_SURNAME_HERE.has(second.lower) || isCalendarMonthOrDay(second.lower) || isPlaceName(first.lower) || isPopularTitle(titleKey(`${first.text} ${second.text}`));
}

const POSSESSIVE = /^['’]s/u;
const OWNED_BY_A_PERSON = new RegExp(String.raw`^['’]s\s+(?:(?:new|old|last|first)\s+)?${PERSONAL_THINGS}\b`, 'iu');

/**
 * "Debjani Bose wants…": a given name nobody listed, then a listed surname that is no English word,
 * doing what people do. (Two unlisted words are the run pass's.)
 */
function unlistedGivenName(text: string, first: Token, second: Token): number | undefined {
  if (first.kind !== 'name' || second.kind === 'name' || isToolWord(first) || isToolWord(second) || isDictionaryWord(second.lower) || !isGiven(second)) return undefined;
  if (hasThingCueBefore(text, first.start) || !isFollowedLikeAPerson(text, second.end)) return undefined;
  return second.end;
}

/** A quoted nickname between a given name and a surname: `Rafael "Rafa" Medina`, `Robert ‘Bob’ Ellis`. */
const NICKNAME_QUOTES = new Map([['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’'], ['(', ')']]);

export function fromNickname(text: string, tokens: readonly Token[], index: number): number | undefined {
  const first = tokens[index]!;
  const nickname = tokens[index + 1];
  const surname = tokens[index + 2];
  if (nickname === undefined || surname === undefined || !first.titleCase || !nickname.titleCase || !surname.titleCase) return undefined;
  const close = NICKNAME_QUOTES.get(text[first.end + 1] ?? '');
  if (close === undefined || text[first.end] !== ' ' || nickname.start !== first.end + 2 || text[nickname.end] !== close || surname.start !== nickname.end + 2) return undefined;
  return isGiven(first) || first.kind === 'name' ? surname.end : undefined;
}

/** Arabic article and patronymic prefixes written joined to the surname: "al-Rashid", "bin-Saleh". */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|ben|de|da|di|van)-\p{Lu}/u;

/** "Carmen de la Fuente", "Femke de Groot", "Abdullah al-Rashid": a given name, particles, a capitalised surname. */
export function fromParticles(text: string, tokens: readonly Token[], index: number): number | undefined {
  const first = tokens[index]!;
  if (!first.titleCase || (first.kind !== 'name' && !isGiven(first))) return undefined;
  const next = tokens[index + 1];
  if (next !== undefined && adjacent(text, first, next) && JOINED_PARTICLE.test(next.text)) return next.end;
  let cursor = index + 1;
  while (cursor < tokens.length && cursor <= index + 2 && tokens[cursor]!.particle && tokens[cursor]!.style === 'lower' && adjacent(text, tokens[cursor - 1]!, tokens[cursor]!)) cursor += 1;
  const surname = tokens[cursor];
  if (cursor === index + 1 || surname === undefined || !adjacent(text, tokens[cursor - 1]!, surname) || !surname.titleCase) return undefined;
  return hasThingCueBefore(text, first.start) ? undefined : surname.end;
}
