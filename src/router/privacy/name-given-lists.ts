import { hasThingCueAfter, hasThingCueBefore } from './name-cues.ts';
import { isOrgOrPlaceWord } from './name-lexicon.ts';
import { adjacent, isGiven, isPlainWord, isStrongGiven, isToolWord, isWordGiven } from './name-given-tokens.ts';
import type { Token } from './recall-words.ts';
import { isSentenceStart } from './sentence-position.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isFollowedByPersonPredicate } from './person-predicates.ts';
import { isCalendarMonthOrDay } from './calendar-words.ts';
import { personBetween, type Candidate } from './types.ts';

/** What joins two people in a list: ", ", " and ", " & ", " + ", " / ", "y"/"e" (Spanish, Portuguese). */
const JOINER = /^(?:\s*[,&+/]\s*(?:and\s+)?|\s+(?:and|y|e)\s+)$/iu;
/** After a list of people: what people do (not "are the three values", "is the new poster"). */
const ACTION_AFTER = /^\s+(?:both\b|all\b|will\b|would\b|can\b|could\b|have\b|had\b|has\b|were\s+\p{L}+ing\b|are\s+(?:both\s+|all\s+)?(?:\p{L}+ing|gonna|going|out|on|off|in|joining|from)\b|from\b|need\b|want\b|just\b|also\b|(?:are|were)\s+(?:both\s+)?(?:out|on|in|away|off|wfh|ooo)\b)/iu;

/** Not "et" or "und": those join firm names ("Lambert et Fils"). */
const JOIN_WORDS = new Set(['and', 'y', 'e']);

/** Lists of two or more people: every item a given name or a name-shaped word, and at least one sure. */
export function fromLists(text: string, tokens: readonly Token[], found: Candidate[]): Set<number> {
  const used = new Set<number>();
  let index = 0;
  while (index < tokens.length) {
    // Most words are plain lower-case words: no list of people starts at one, unless a word-name opens the
    // sentence ("ivy and holly are out sick"); the list is then judged by what follows it.
    if (isPlainWord(tokens[index]!) && !(isGiven(tokens[index]!) && isSentenceStart(text, tokens[index]!.start))) {
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
  const first = people[0]!;
  const lastEnd = tokens[itemLast(text, tokens, items[items.length - 1]!)]!.end;
  const after = withoutAside(text.slice(lastEnd, lastEnd + 80));
  // What follows the list is judged at most once each way, and only where it decides.
  let action: boolean | undefined;
  let together: boolean | undefined;
  // "Pekka and Satu are both out", "dale and glen both said": names of any origin, doing what only people do.
  const isActing = () => (action ??= isPeopleAction(after));
  // "hunter and chase are arguing again", "hope and will are both on the panel": word-names in lower case, busy together.
  const isBusy = () => (together ??= BUSY_TOGETHER.test(after.toLowerCase()));
  // "Juniper and holly are swapping…": the first name is capitalised only because it opens the sentence.
  const opening = first.style === 'title' && people[1]!.style === 'lower' && isSentenceStart(text, first.start) && (isActing() || isBusy());
  const style = opening ? 'lower' : first.style;
  if (people.some((token, item) => (token.style !== style && item > 0) || token.particle || token.lower === 'and')) return false;
  if (hasThingCueBefore(text, first.start) || hasThingCueAfter(text, lastEnd)) return false;
  // "Grace Odhiambo and Will Turner": a surname nobody would take for a word also makes its item sure.
  const sure = items.filter((item) => isStrongGiven(tokens[item]!) || hasUnlistedSurname(text, tokens, item)).length;
  // "Ife, Obinna Okeke, Lagi, Salote Havili": a capitalised word the web writes in lower case ("lagi") or
  // that is short or accented, and no English word, tool, firm or place, is one more name beside two sure ones.
  const nameShaped = people.every((token) => token.kind === 'name' || isWordGiven(token) || (sure >= 2 && token.foreign && isForeignTitleWord(token)));
  if (sure >= 1 && nameShaped && people.every((token) => token.kind === 'name' || token.titleCase)) return true;
  // English words that are names ("Holly and Ivy", "Mercy and Patience"): only doing something together.
  if (style === 'title' && people.every((token) => isWordGiven(token) || isStrongGiven(token)) && ACTION_AFTER.test(after)) return true;
  if (!isActing() && !isBusy()) return false;
  if (style === 'title') return isActing() && people.filter((token) => !isForeignTitleWord(token)).length <= (people.length >= 3 ? 1 : 0);
  // "LUCAS AND MATEO ARE ON CALL": in capitals only names the list holds and no dictionary does.
  if (style === 'upper') return people.every((token) => token.kind === 'name' && isGiven(token) && !isToolWord(token) && token.text.length >= 3);
  // Tools, seasons and months are busy too ("ruby and rust are on the panel", "summer and autumn are on the rota").
  return style === 'lower' && isSentenceStart(text, first.start) && people.every((token) => isGiven(token) && !isToolWord(token) && !isCalendarMonthOrDay(token.lower) && !SEASONS.has(token.lower));
}

/**
 * What two or more people are doing together right now, or the panel, rota or call they are on: "are
 * arguing", "were both interviewing", "are on the interview panel". Flowers bloom and virtues grow ("rose
 * and lily are blooming"), so only what people do with each other or with their work; values on a poster
 * are not busy at all ("joy and grace are the values", "are both important").
 */
const BUSY_TOGETHER = /^\s+(?:are|were)\s+(?:both\s+|all\s+)?(?:(?:arguing|bickering|squabbling|disagreeing|interviewing|presenting|co-?hosting|hosting)\b|(?:on|in)\s+(?:the|our|my|your|this|that)\s+(?:interview\s+|hiring\s+|review\s+|on-?call\s+)?(?:panel|rota|call|standup|offsite|shift))/u;
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

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
