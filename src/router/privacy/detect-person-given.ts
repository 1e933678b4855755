import { createBoundedCache } from './bounded-cache.ts';
import { isHumanName } from './human-names.ts';
import { hasPersonCueBefore, hasThingCueAfter, hasThingCueBefore, isFollowedLikeALonePerson } from './name-cues.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isKnownNonNamePhrase, isOrgOrPlaceWord, isPastTenseVerb, isProductWord, isVerbForm } from './name-lexicon.ts';
import type { Token } from './recall-words.ts';
import { wordKind } from './name-word-kinds.ts';
import { isSentenceStart } from './sentence-position.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isDepartmentWord } from './department-words.ts';
import { isFollowedByPersonPredicate, isFollowedLikeAPerson } from './person-predicates.ts';
import { personBetween, type Candidate } from './types.ts';

/** Patterns used per match, kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const GERUND_AFTER = /^\s+\p{Ll}+ing\b/u;
const SURNAME_WORD_CUE_AFTER = /^\s+(?:and\b|&|\(|\p{Ll}+ed\b|said\b)/u;
const LETTER_NUMBER_OR_DOT = /[\p{L}\p{N}.]/u;

/**
 * Names the other passes cannot vouch for alone, settled by the `humannames` list (human-names.ts)
 * together with where the word stands. The list also holds everyday words, so a hit needs company:
 * - a given name that is not an ordinary word, in a name position: "Emeka and Ngozi Obi", "Bao and Linh
 *   fixed…", "shoutout to kwame", "sarah's laptop", "Osagie / Temitope";
 * - names that are English words ("Will", "Hope", "Rose", "Miles") only where nothing else fits: before
 *   a surname ("Miles Oduya"), after a request ("spoke with Hope", "try Violet"), before a verb of speech
 *   or "from <team>" ("Chase said", "Rose from legal"), or listed with other people doing something
 *   ("Holly and Ivy are running…", but not "Joy, Hope and Grace are the three values");
 * - an initial and a surname ("j. smith", "T. Oduya-Barnes");
 * - particles between a given name and a surname ("Carmen de la Fuente", "Abdullah al-Rashid").
 * In a message mostly in another language only lists of people count ("Rocío y Álvaro van a…").
 */
export function detectGivenNames(text: string, tokens: readonly Token[], otherLanguage: boolean): Candidate[] {
  const found: Candidate[] = [];
  const listed = fromLists(text, tokens, found);
  tokens.forEach((token, index) => {
    // In another language, capitalised pairs are its nouns ("Feliz Navidad", "Reunión de Equipo"); only lists of people count.
    // A plain word can only be a lower-case name opening the message ("florence is covering…").
    if (listed.has(index) || (isPlainWord(token) && index > 0)) return;
    if (otherLanguage) {
      // "Gustavo Pereira dos Santos pediu…": given name and surname, both listed, around particles, in any language.
      const end = fromParticles(text, tokens, index);
      if (end !== undefined && isStrongGiven(token) && isGiven(tokens.find((other) => other.end === end) ?? token)) found.push(personBetween(text, token.start, end));
      return;
    }
    const end = fromParticles(text, tokens, index) ?? fromPair(text, tokens, index) ?? fromNickname(text, tokens, index);
    if (end !== undefined) found.push(personBetween(text, token.start, end));
    else if (isLoneGivenName(text, tokens, index) || isEnglishWordName(text, tokens, index)) found.push(personBetween(text, token.start, token.end));
  });
  if (!otherLanguage && text.includes('. ')) found.push(...fromInitials(text));
  return found;
}

const given = createBoundedCache<boolean>(65_536);

/** A lower-case ordinary word: no rule here starts at one (checked first, as most words are). */
function isPlainWord(token: Token): boolean {
  return token.kind === 'ordinary' && !token.titleCase;
}

/** In the names list; cached per word as written (words repeat across messages). */
function isGiven(token: Token): boolean {
  let verdict = given.get(token.text);
  if (verdict === undefined) {
    // "Hyun-woo", "Jun-ho": a capitalised hyphenated given name is in the list part by part ("hi-vis" is not one).
    verdict = token.text.length >= 2 && (isHumanName(token.text) || (token.titleCase && token.text.includes('-') && token.text.split('-').every((part) => part.length >= 2 && isHumanName(part))));
    given.set(token.text, verdict);
  }
  return verdict;
}

/** Products and chat-ops words ("Claude", "Jenkins") are names only with a surname after them ("Ruby Osei"). */
function isToolWord(token: Token): boolean {
  return isProductWord(token.text) || CHAT_OPS_WORDS.has(token.lower);
}

/** Not an ordinary word, in the names list, not an acronym: "Emeka", "otieno", "Caoimhe". */
function isStrongGiven(token: Token): boolean {
  return token.kind === 'name' && !isToolWord(token) && token.text.length >= 3 && token.style !== 'upper' && token.style !== 'mixed' && isGiven(token);
}

/** An English word that is also a name, capitalised: "Hope", "Miles", "Violet". */
function isWordGiven(token: Token): boolean {
  return token.kind !== 'name' && !isToolWord(token) && token.titleCase && token.text.length >= 3 && !token.particle && isGiven(token);
}

function adjacent(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && text[left.end] === ' ';
}

/** What joins two people in a list: ", ", " and ", " & ", " + ", " / ", "y"/"e" (Spanish, Portuguese). */
const JOINER = /^(?:\s*[,&+/]\s*(?:and\s+)?|\s+(?:and|y|e)\s+)$/u;
/** After a list of people: what people do (not "are the three values", "is the new poster"). */
const ACTION_AFTER = /^\s+(?:both\b|all\b|will\b|would\b|can\b|could\b|have\b|had\b|has\b|were\s+\p{L}+ing\b|are\s+(?:both\s+|all\s+)?(?:\p{L}+ing|gonna|going|out|on|off|in|joining|from)\b|from\b|need\b|want\b|just\b|also\b|(?:are|were)\s+(?:both\s+)?(?:out|on|in|away|off|wfh|ooo)\b)/iu;

/** Not "et" or "und": those join firm names ("Lambert et Fils"). */
const JOIN_WORDS = new Set(['and', 'y', 'e']);

/** Lists of two or more people: every item a given name or a name-shaped word, and at least one sure. */
function fromLists(text: string, tokens: readonly Token[], found: Candidate[]): Set<number> {
  const used = new Set<number>();
  let index = 0;
  while (index < tokens.length) {
    // Most words are plain lower-case words: no list of people starts at one.
    if (isPlainWord(tokens[index]!)) {
      index += 1;
      continue;
    }
    const items = [index];
    let last = itemLast(text, tokens, index);
    for (let next = following(text, tokens, last); next !== undefined; next = following(text, tokens, last)) {
      items.push(next);
      last = itemLast(text, tokens, next);
    }
    if (items.length >= 2 && isPeopleList(text, tokens, items)) {
      for (const item of items) {
        const itemEnd = itemLast(text, tokens, item);
        for (let covered = item; covered <= itemEnd; covered += 1) used.add(covered);
        found.push(personBetween(text, tokens[item]!.start, tokens[itemEnd]!.end));
      }
    }
    index = last + 1;
  }
  return used;
}

/** The next item after the token `last`, when a joiner stands between them ("and" is a token itself). */
function following(text: string, tokens: readonly Token[], last: number): number | undefined {
  let next = last + 1;
  if (tokens[next] !== undefined && JOIN_WORDS.has(tokens[next]!.lower)) next += 1;
  else if (tokens[next] !== undefined && FIRM_JOIN_WORDS.has(tokens[next]!.lower) && adjacent(text, tokens[last]!, tokens[next]!)) return followingGivenName(text, tokens, last, next + 1);
  const token = tokens[next];
  // In a lower-case list a name may be a plain word too ("rich and sunny"); the list is judged as a whole.
  if (token === undefined || (isPlainWord(token) && tokens[last]!.style !== 'lower') || !JOINER.test(text.slice(tokens[last]!.end, token.start))) return undefined;
  if (isPlainWord(token) && !isGiven(token)) return undefined;
  return next;
}

/**
 * "Klaus und Heike", "Anne et Luc": the words that also join firm names ("Lambert et Fils") join two
 * people only when both are given names nobody would take for words.
 */
const FIRM_JOIN_WORDS = new Set(['und', 'et', 'en', 'og', 'och']);

function followingGivenName(text: string, tokens: readonly Token[], last: number, next: number): number | undefined {
  const token = tokens[next];
  if (token === undefined || !adjacent(text, tokens[next - 1]!, token) || itemLast(text, tokens, last) !== last) return undefined;
  return isStrongGiven(tokens[last]!) && isStrongGiven(token) && itemLast(text, tokens, next) === next ? next : undefined;
}

/** An item may be a full name: "Ngozi Obi", "Miles Kariuki". */
function itemLast(text: string, tokens: readonly Token[], item: number): number {
  const next = tokens[item + 1];
  const token = tokens[item]!;
  if (next !== undefined && adjacent(text, token, next) && next.style === token.style && !JOIN_WORDS.has(next.lower) && (next.kind === 'name' || (next.titleCase && isGiven(next)))) return item + 1;
  return item;
}

function isPeopleList(text: string, tokens: readonly Token[], items: readonly number[]): boolean {
  const people = items.map((item) => tokens[item]!);
  const style = people[0]!.style;
  if (people.some((token) => token.style !== style || token.particle || token.lower === 'and')) return false;
  const first = people[0]!;
  const lastEnd = tokens[itemLast(text, tokens, items[items.length - 1]!)]!.end;
  if (hasThingCueBefore(text, first.start) || hasThingCueAfter(text, lastEnd)) return false;
  // "Grace Odhiambo and Will Turner": a surname nobody would take for a word also makes its item sure.
  const sure = items.filter((item) => isStrongGiven(tokens[item]!) || hasUnlistedSurname(text, tokens, item)).length;
  const nameShaped = people.every((token) => token.kind === 'name' || isWordGiven(token));
  if (sure >= 1 && nameShaped && people.every((token) => token.kind === 'name' || token.titleCase)) return true;
  const after = withoutAside(text.slice(lastEnd, lastEnd + 80));
  // English words that are names ("Holly and Ivy", "Mercy and Patience"): only doing something together.
  if (style === 'title' && people.every((token) => isWordGiven(token) || isStrongGiven(token)) && ACTION_AFTER.test(after)) return true;
  // "Pekka and Satu are both out", "dale and glen both said": names of any origin, doing what only people do.
  if (!isPeopleAction(after)) return false;
  if (style === 'title') return people.filter((token) => !isForeignTitleWord(token)).length <= (people.length >= 3 ? 1 : 0);
  return style === 'lower' && isSentenceStart(text, first.start) && people.some((token) => token.kind !== 'ordinary') && people.every(isGiven);
}

/** The second word of a two-word item, when it is a word nobody would take for an English one ("Odhiambo"). */
function hasUnlistedSurname(text: string, tokens: readonly Token[], item: number): boolean {
  return itemLast(text, tokens, item) === item + 1 && tokens[item + 1]!.kind === 'name' && tokens[item + 1]!.titleCase && !isToolWord(tokens[item + 1]!);
}

/** "Autumn and Winter (twins, seriously) both applied": an aside in brackets stands between the people and the verb. */
function withoutAside(after: string): string {
  return after.replace(/^\s*\([^)]{0,40}\)/u, '');
}

const PEOPLE_ACTION = /^\s+(?:(?:both|all)\s+)?(?:said|agreed|confirmed|approved|applied)\b|^\s+from\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:office|team)\b/u;

function isPeopleAction(after: string): boolean {
  return PEOPLE_ACTION.test(after) || isFollowedByPersonPredicate(after, 0);
}

/** A capitalised word that is a name or no English word at all: "Pekka", "Satu", "Kanya", "Deepika". */
function isForeignTitleWord(token: Token): boolean {
  return token.titleCase && !isToolWord(token) && !isOrgOrPlaceWord(token.lower) && (token.kind === 'name' || isGiven(token) || !isDictionaryWord(token.lower));
}

/** Where a lone word is a person: before a possessive, a verb, "from", a slash. */
const PERSON_AFTER = /^(?:['’]s\s+\p{L}|\s+\/|\s+from\s+(?:the\s+)?\p{Ll}|\s+(?:is|was|has|had|will|would|can|could|should|did|does)\s+\p{Ll})/u;
/** Words before a lone given name that make it someone: "shoutout to kwame", "anyone seen farhan", "instead of Nomvula". */
const CUE_BEFORE = /(?:^|[^\p{L}])(?:to|with|w\/|seen|per|ask|ping|cc|thanks|thank|from|for|and|&|\+|@|instead of|next to|by|this is|i'm|im)\s+$/iu;
/** "work at Halden", "in Lagos": a place or a firm. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:at|in|into|near|inside|outside|within|across|vs|versus|or)\s+$/iu;
/** "… if the deploy fails - Callum": a signature at the end of a message. */
const SIGNATURE = /(?:^|\s)[-–—~]\s*$/u;

function isLoneGivenName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!isStrongGiven(token) || hasThingCueBefore(text, token.start) || hasThingCueAfter(text, token.end)) return false;
  const before = text.slice(Math.max(0, token.start - 20), token.start);
  if (PLACE_BEFORE.test(before)) return false;
  const after = text.slice(token.end, token.end + 30);
  const atStart = isSentenceStart(text, token.start);
  if (PERSON_AFTER.test(after) || isFollowedLikeALonePerson(text, token.end, atStart) || hasPersonCueBefore(text, token.start) || CUE_BEFORE.test(before)) return true;
  if (isFollowedByPersonPredicate(text, token.end)) return true;
  if (SIGNATURE.test(before) && /^\s*$/u.test(after)) return true;
  return nextIsVerb(tokens, index, atStart);
}

/** A past-tense verb after the word ("Bao fixed…"); a present one only mid-sentence ("then Amaka takes support"). */
function nextIsVerb(tokens: readonly Token[], index: number, atStart: boolean): boolean {
  const next = tokens[index + 1];
  if (next === undefined || next.style !== 'lower') return false;
  return isPastTenseVerb(next.text) || (!atStart && isVerbForm(next.text) && next.text.endsWith('s'));
}

/** "Chase said", "Rose from legal wants…", "Will can you…", "Sunny from the data team". */
const WORD_NAME_AFTER = /^(?:\s+(?:said|says|asked|wrote|replied|mentioned|suggested|approved|signed|sent|left|joined|pinged|emailed|called|dropped|confirmed)\b|\s+from\s+(?:the\s+\p{Ll}+\s+team|legal|finance|hr|sales|accounts|support|marketing|procurement|security|ops|it|engineering|design|product)\b|\s+(?:can|could|would)\s+you\b)/iu;
const ADDRESS_END = /^(?:\s*[,.!?:;)]|\s*$|\s+(?:for|and|&)\b|\s+\p{Extended_Pictographic})/u;
const REQUEST_BEFORE = /(?:^|[^\p{L}])(?:try|next to|instead of|sit with|ask|ping|cc|thanks|spoke with|talk to|talked to|speak to|per|@)\s+$/iu;


/** After a lower-case name opening a message: "bobby said", "mark, can you…", "june's on leave". */
const LOWER_NAME_AFTER = /^(?:\s+(?:said|says|asked|wrote|replied|mentioned|approved)\b|,\s*(?:can|could|would|will|pls|please)\b|['’]s\s+(?:on leave|out|off|away|sick|ooo|back|laptop|desk|manager|pr)\b)/u;

function isEnglishWordName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.style === 'lower' && token.kind !== 'name' && token.text.length >= 3 && isSentenceStart(text, token.start) && isGiven(token)) {
    // An ordinary word ("florence", "reed") only with what people alone do after it ("is covering", "can you").
    return (token.kind === 'maybe' && LOWER_NAME_AFTER.test(text.slice(token.end, token.end + 30))) || (!isDepartmentWord(token.lower) && isFollowedByPersonPredicate(text, token.end));
  }
  if (!isWordGiven(token) || (token.kind === 'ordinary' && token.text.length < 4) || isDepartmentWord(token.lower)) return false;
  // "Hill pinged me", "Rivers is out": place words are surnames too, but only with what people alone do.
  const placeWord = isOrgOrPlaceWord(token.lower);
  if (placeWord && !isFollowedByPersonPredicate(text, token.end)) return false;
  // "Northwind Labs signed": the end of a longer capitalised name, a firm's or a place's.
  const previous = tokens[index - 1];
  if (previous !== undefined && previous.titleCase && adjacent(text, previous, token)) return false;
  const atStart = isSentenceStart(text, token.start);
  const after = text.slice(token.end, token.end + 40);
  if (!atStart && REQUEST_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start))) {
    return !hasThingCueAfter(text, token.end) && !GERUND_AFTER.test(after);
  }
  // "thanks Chase!", "hi Will," but not "Hello World example": after a greeting, only a whole address.
  if (!atStart && hasPersonCueBefore(text, token.start) && ADDRESS_END.test(after)) return true;
  return placeWord || WORD_NAME_AFTER.test(after) || (/^['’]s/u.test(after) && isFollowedLikeALonePerson(text, token.end, atStart)) || isFollowedByPersonPredicate(text, token.end);
}

/** "… was assigned", "… raised a complaint": a past form after a name, read per pair (kept out of the functions). */
const PAST_PARTICIPLE_AFTER = /^\s+\p{Ll}+ed\b/u;

/** "Easter Monday", "Christmas Eve": a weekday or an eve, never a surname ("Day", "May", "June" are surnames too). */
const CALENDAR_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday eve weekend'.split(' '));

/** "Miles Oduya", "Hope Nwosu", "Dean Bishop left…": a given name, then a capitalised surname. */
function fromPair(text: string, tokens: readonly Token[], index: number): number | undefined {
  const first = tokens[index]!;
  const second = tokens[index + 1];
  if (second === undefined || !adjacent(text, first, second) || !first.titleCase || !second.titleCase) return undefined;
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
  // "Dean Bishop left…", "Lena Church will be…": the surname is an English word, so only with what follows people.
  const bothNames = first.kind !== 'ordinary' && isGiven(second) && (personAfter() || REQUEST_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start)));
  return bothNames ? second.end : undefined;
}

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

function fromNickname(text: string, tokens: readonly Token[], index: number): number | undefined {
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
function fromParticles(text: string, tokens: readonly Token[], index: number): number | undefined {
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

/** "j. smith", "a. kowalski", "T. Oduya-Barnes": one letter, a dot, a surname ("e.g. Smith" is not one). */
const SURNAME_AFTER_INITIAL = /^[\p{L}][\p{L}\p{M}'’-]+/u;

function fromInitials(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Found by ". " rather than a pattern over the whole text: most messages hold a few full stops and no initial.
  for (let dot = text.indexOf('. ', 1); dot >= 0; dot = text.indexOf('. ', dot + 2)) {
    const start = dot - 1;
    if (!isSingleLetter(text, start)) continue;
    const surname = SURNAME_AFTER_INITIAL.exec(text.slice(dot + 2, dot + 42))?.[0]?.replace(/['’]s$/u, '');
    if (surname === undefined) continue;
    const initial = text[start]!;
    if ((initial === initial.toUpperCase()) !== (surname[0] === surname[0]!.toUpperCase())) continue;
    const end = dot + 2 + surname.length;
    // An ordinary word after "a." is a list item ("a. restart the pod"); a surname that is a word needs a verb or "and" after it.
    const kind = wordKind(surname);
    const sure = kind === 'name' || (kind === 'maybe' && SURNAME_WORD_CUE_AFTER.test(text.slice(end, end + 20)));
    // "J. R. Obi": a second initial before the first makes even an everyday surname someone's.
    const first = initialBefore(text, start);
    if ((sure || (first < start && kind !== 'ordinary') || (first < start && PAST_PARTICIPLE_AFTER.test(text.slice(end, end + 20)))) && (isHumanName(surname) || surname.includes('-'))) {
      found.push(personBetween(text, first, end));
    }
  }
  return found;
}

/** Where the initials before `start` begin: "J. R. Obi" reaches back from "R." to "J.". */
function initialBefore(text: string, start: number): number {
  let first = start;
  while (first >= 3 && text.slice(first - 2, first) === '. ' && isSingleLetter(text, first - 3) && text[first - 3] === text[first - 3]!.toUpperCase()) first -= 3;
  return first;
}

/** A letter with no letter, digit or dot before it ("e.g." and "v1." are not initials). */
function isSingleLetter(text: string, index: number): boolean {
  const letter = text[index]!;
  if (letter.toLowerCase() === letter.toUpperCase()) return false;
  return index === 0 || !LETTER_NUMBER_OR_DOT.test(text[index - 1]!);
}
