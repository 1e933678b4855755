import { hebrewScriptGivenNameBearers, isHebrewScriptFamilyName, isHebrewScriptGivenName } from './hebrew-script-names.ts';
import {
  ADVERBS,
  BEFORE_PERSON,
  BEFORE_PERSON_WEAK,
  CLAUSE_WORDS,
  CLOSINGS,
  DEPENDS,
  EPITHETS,
  EVERYDAY_WORDS,
  FROM_VERBS,
  GREETINGS,
  GREETING_PAIRS,
  INTERJECTIONS,
  IN_CHARGE,
  KIN_OF,
  KIN_POSSESSED,
  LATIN_THINGS,
  NAMES_WITH_HE,
  NAME_WORDS,
  NOT_AFTER_THAT,
  NOT_PEOPLE,
  NOT_SURNAMES,
  NUMERALS,
  PERSONAL_THINGS,
  POSSESSIVES,
  RELATIONS,
  ROSE,
  SUBJECT_VERBS,
  TIMES_WITH_ARTICLE,
  TO_PRONOUNS,
  TO_VERBS,
  T_NOUNS,
  WISH_OPENERS,
} from './hebrew-person-words.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
import { opensAfter } from './text-scan.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A given name alone in Hebrew text, with its family name when one follows. Hebrew has no capitals: Israel's name tables
 * (hebrew-script-names.ts) say which words are names, and many names are words too ("אור" light, "טל" dew, "שקד"
 * almond; NAME_WORDS in hebrew-person-words.ts), so a listed word counts only where the sentence puts a person, and the
 * weaker places take only a name many people bear that is no word (a construct pair after it — "את ים המלח", "לשני
 * הצוותים" — makes it a noun anywhere):
 * - after a verb of sending, telling or thanking, with "to": "שלחתי לאלון ולמורן", "תודה רבה לשרון", "תגיד ל-נדב";
 * - after a verb of hearing or receiving, with "from": "שמעתי מרון", "קיבלתי מאלעד"; after "depends on": "תלוי במוטי";
 * - after "with", "at someone's", "for the attention of": "עם נדב ואורית", "אצל תמר", "לידי עידו" (after "for",
 *   "without", "instead of", "according to" a name that is no word);
 *   and after the object marker "את" with no article — Hebrew marks a definite object so, and a common noun after it
 *   takes "ה": "ראה את אור" is a person, "ראה את האור" the light;
 * - the owner after "של": of a personal thing or kin ("הכרטיס של שירה", "אבא של יצחק"), or any name that is no word;
 * - opening a clause, before what people do or are ("נועה לוי בחופש", "טל כהן מתקשר", "אבי לא יכול"), before "from the
 *   …" ("צביקה מהמחסן"), after "that"/"when" before the same ("שאביגיל תטפל", "כשתמר חוזרת"); a name that is no word
 *   before anything but an article's noun ("איציק תעשה כבר merge"), or alone before a question mark ("אולי מאיה?");
 * - mentioned, called, greeted, signed: "@יובל", "ליאת, הקוד…", "שי תתקשר אליי", "בוקר טוב אור!", "בברכה, אבנר";
 *   with "I": "אני ושקד טסים";
 * - two or more joined by commas and "and", or in a text's rows: "איתי, רז, ענת וגלית", "נוי ושירה מחפשות",
 *   "[09:14] אביגיל: …", "א' – אליעזר";
 * - a full name alone in a field or between commas: "השוכרת: אורית לנדאו, ת.ז. …".
 * Hebrew joins its prepositions and "and" to the word ("לאלון", "ולמורן", "כשתמר"): the name is masked without them.
 */
const HINT = /[\u05d0-\u05ea]/u;
const WORD = /[\u05d0-\u05ea](?:[\u05d0-\u05ea]|['׳"״](?=[\u05d0-\u05ea]))*['׳]?/gu;

interface HebrewWord {
  text: string;
  start: number;
  end: number;
  /** A prefix written apart with a hyphen or maqaf ("ל-נדב", "מה-QA"), read as part of this word. */
  hyphenPrefix: string;
}

/** A name borne by this many people is a name before it is a word, in the weaker places. */
const COMMON_NAME = 1000;
/** Fewer bearers than this, and a clause's first word is the word it also is. */
const KNOWN_NAME = 200;
const HYPHEN = /^[-־]$/u;
/** Prefixes Hebrew joins to a word: and, to, in, from, that, when, and their pairs. */
const JOINED = { to: ['ל', 'ול'], from: ['מ', 'ומ'], in: ['ב', 'וב'], that: ['ש', 'כש', 'וכש'], and: ['ו'] } as const;
/** The object marker: a name after it has no article. Opening a clause, "את" is "you" ("את מלכה!"). */
const OBJECT_MARKER = 'את';
const OF = 'של';
/** "Where is" before a name and a question mark: "איפה מתן?". */
const WHERE = 'איפה';

export function detectGivenHebrewNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words = hebrewWords(text);
  const found: Candidate[] = [];
  const taken = new Set<number>();
  /** Adds the name at `index` with its family name; returns the index of the name's last word. */
  const add = (index: number, stemStart: number): number => {
    if (taken.has(index) || EPITHETS.has(joinedAfter(text, words, index)?.text ?? '')) return index;
    taken.add(index);
    const last = index + surnameWords(text, words, index);
    found.push(personBetween(text, stemStart, words[last]!.end));
    for (let word = index + 1; word <= last; word += 1) taken.add(word);
    return last;
  };
  for (let index = 0; index < words.length; index += 1) {
    const stem = personStem(text, words, index);
    if (stem === undefined) continue;
    // A name joined by "and" to this one is one too, after its family name: "עם נדב ואורית", "משה לוי ומשה כהן".
    for (let next = add(index, stem) + 1; next < words.length && isNextTo(text, words[next - 1]!, words[next]!); next += 1) {
      // "… או לרעות": "or" stands apart, its name after it keeps the slot's prefix.
      if (words[next]!.text === 'או') continue;
      const joined = stemAfterPrefix(words[next]!, [...JOINED.and, ...JOINED.to, ...JOINED.from, ...JOINED.in]);
      if (joined === undefined || !(words[next]!.text.startsWith('ו') || words[next - 1]!.text === 'או')) break;
      next = add(next, joined);
    }
  }
  for (const list of nameLists(text, words)) for (const [index, start] of list) add(index, start);
  for (const index of rowNames(text, words)) add(index, words[index]!.start);
  return found;
}

function hebrewWords(text: string): HebrewWord[] {
  const words: HebrewWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const previous = words[words.length - 1];
    // "ל-נדב": the prefix and its hyphen belong to the word after them.
    const hyphenPrefix = previous !== undefined && previous.end + 1 === start && HYPHEN.test(text[previous.end]!) && isPrefixOnly(previous.text) ? previous.text : '';
    if (hyphenPrefix !== '') words.pop();
    words.push({ text: match[0], start, end: start + match[0].length, hyphenPrefix });
  }
  return words;
}

function isPrefixOnly(word: string): boolean {
  return /^(?:ו?(?:[לבמש]|כש|מה|לה|בה|ה)|ה)$/u.test(word);
}

/** A name of the lists, with nothing joined before it: not grammar, not a word the slots hold for others. */
function isNameWord(word: string, grammarToo = false): boolean {
  const letters = [...word].length;
  if (letters < 2 || NOT_PEOPLE.has(word) || SUBJECT_VERBS.has(word) || ADVERBS.has(word) || (!grammarToo && isScriptGrammarWord(word))) return false;
  if (word.startsWith('ה') && !NAMES_WITH_HE.has(word)) return false;
  return isHebrewScriptGivenName(word) || (/['׳]$/u.test(word) && isHebrewScriptGivenName(word.slice(0, -1)));
}

/** Where the name starts when the word is one of `prefixes` and a name, written joined or with a hyphen. */
function stemAfterPrefix(word: HebrewWord, prefixes: readonly string[]): number | undefined {
  if (word.hyphenPrefix !== '') return prefixes.includes(word.hyphenPrefix) && isNameWord(word.text) ? word.start : undefined;
  // The shortest prefix first: "ומרים" is "and Miriam", not "and from Reem". A listed name that begins with the prefix's
  // letter is read whole ("ליאור", "שגיא"), unless what follows the letter is a grammar word ("לאל", to God; "שאין").
  for (const prefix of [...prefixes].sort((left, right) => left.length - right.length)) {
    if (!word.text.startsWith(prefix)) continue;
    const stem = word.text.slice(prefix.length);
    if (isNameWord(stem)) return word.start + prefix.length;
    if (isNameWord(word.text) && !isScriptGrammarWord(stem) && !NOT_PEOPLE.has(stem)) return word.start;
  }
  return undefined;
}

function bareName(word: HebrewWord): number | undefined {
  return word.hyphenPrefix === '' && isNameWord(word.text) ? word.start : undefined;
}

/** A listed name that a few hundred people bear, or one that is a word too (those are judged by their place). */
function isKnownName(word: HebrewWord): boolean {
  return NAME_WORDS.has(word.text) || hebrewScriptGivenNameBearers(word.text) >= KNOWN_NAME;
}

/** A listed given name that is no everyday word and that many people bear: enough for the weaker places. */
function isCommonName(word: HebrewWord): boolean {
  return word.hyphenPrefix === '' && !NAME_WORDS.has(word.text) && isNameWord(word.text) && hebrewScriptGivenNameBearers(word.text) >= COMMON_NAME;
}

/**
 * The word after the name makes it a noun's construct form or a number, not a name: an article's noun right after it
 * ("את ים המלח", "עם גל החום", "לשני הצוותים"; not a time, "את נדב הבוקר"), or a plural noun after a name that is a
 * number too ("שני מפתחים", two developers).
 */
function isConstructPair(text: string, words: readonly HebrewWord[], index: number): boolean {
  const next = joinedAfter(text, words, index);
  if (next === undefined) return false;
  if (next.hyphenPrefix === '' && next.text.startsWith('ה') && !TIMES_WITH_ARTICLE.has(next.text) && !NAMES_WITH_HE.has(next.text) && !SUBJECT_VERBS.has(next.text)) return true;
  const name = text.slice(words[index]!.start, words[index]!.end);
  return (NUMERALS.has(name) || NUMERALS.has(name.replace(/^[ולבמש]/u, ''))) && /^[\u05d0-\u05ea]{2,}(?:ים|ות)$/u.test(next.text);
}

/** Where the name in this word starts, when the sentence puts a person here; undefined otherwise. */
function personStem(text: string, words: readonly HebrewWord[], index: number): number | undefined {
  const word = words[index]!;
  const before = joinedBefore(text, words, index);
  const twoBefore = before === undefined ? undefined : joinedBefore(text, words, index - 1);
  const mention = mentionedName(text, word);
  if (mention !== undefined) return mention;
  if (isConstructPair(text, words, index)) return undefined;
  if (before !== undefined) {
    const prefixed = prefixedSlot(text, words, index, before, twoBefore);
    if (prefixed !== undefined) return prefixed;
    const bare = bareName(word);
    if (bare !== undefined && !hasPossessiveAfter(text, words, index)) {
      // "עם ישראל חי": "עם" opening a clause is the people; "קמתי עם שחר" the idiom.
      if (BEFORE_PERSON.has(before.text) && !EVERYDAY_WORDS.has(word.text) && !(before.text === 'עם' && ((twoBefore !== undefined && ROSE.has(twoBefore.text)) || (NAME_WORDS.has(word.text) && opensClause(text, words, index - 1))))) return bare;
      if (BEFORE_PERSON_WEAK.has(before.text) && !NAME_WORDS.has(word.text)) return bare;
      if ((before.text === OBJECT_MARKER && !opensClause(text, words, index - 1) && !EVERYDAY_WORDS.has(word.text)) || IN_CHARGE.has(before.text)) return bare;
      if (before.text === OF && ownsThing(text.slice(Math.max(0, before.start - 40), before.start), twoBefore)) return bare;
      if (before.text === OF && isCommonName(word)) return bare;
      if (KIN_POSSESSED.has(before.text)) return bare;
      if (POSSESSIVES.has(before.text) && twoBefore !== undefined && RELATIONS.has(twoBefore.text)) return bare;
      if (isGreeting(before, twoBefore) && (endsGreeting(text, words, index) || isCommonName(word))) return bare;
      if (before.text === WHERE && ENDS_QUESTION.test(text.slice(word.end))) return bare;
    }
    // "אני ונועה נטפל", "אני ורון הלכנו": "I and" someone.
    if (before.text === 'אני' && word.text.startsWith('ו')) {
      const joined = stemAfterPrefix(word, JOINED.and);
      if (joined !== undefined) return joined;
    }
  }
  const bare = bareName(word);
  if (bare !== undefined && (isSigned(text, words, index) || isLabelledFullName(text, words, index))) return bare;
  // A clause's first word is a name only if many bear it ("טוב", 167 people, "שדה", 42, are the words) and it is no
  // interjection ("טוב תקשיב", "מזל, כמעט מחקתי").
  if (bare !== undefined && isKnownName(word) && !INTERJECTIONS.has(word.text) && (opensClause(text, words, index) || isAfterGreeting(text, words, index))) {
    // "אביב כבר פה" is spring: a name that is a word needs a deed after it, not a place.
    if (actsAfter(text, words, index, NAME_WORDS.has(word.text) ? NOT_AFTER_THAT : EMPTY) || isVocative(text, words, index)) return bare;
    // A common name no word is, opening a clause before anything but an article's noun: "איציק תעשה כבר merge", "קובי
    // בטלפון", or alone before a question mark: "אולי מאיה?".
    if (isCommonName(word) && (opensWithoutArticle(text, words, index) || ENDS_QUESTION.test(text.slice(word.end)))) return bare;
    // "אגם ואני נוסעים": a name and "I" together.
    if (joinedAfter(text, words, index)?.text === 'ואני') return bare;
    if (pairedOpening(text, words, index)) return bare;
  }
  // A family name alone before "from the …": "גולדברג מהלקוח ביקש".
  if (word.hyphenPrefix === '' && opensClause(text, words, index) && !NAME_WORDS.has(word.text) && isHebrewScriptFamilyName(word.text) && !isScriptGrammarWord(word.text)) {
    const next = joinedAfter(text, words, index);
    if (next !== undefined && isFromThe(text, next)) return word.start;
  }
  // An apposition after a role with its article: "הפרילנסר, בוריס, שלח…".
  if (isCommonName(word) && isApposition(text, words, index)) return word.start;
  const subordinate = stemAfterPrefix(word, JOINED.that);
  if (subordinate !== undefined && subordinate > word.start && actsAfter(text, words, index, NOT_AFTER_THAT)) return subordinate;
  return undefined;
}

/** Where the line of `offset` starts, after its leading spaces. */
function lineStart(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return start + (/^[ \t]*/u.exec(text.slice(start, offset))?.[0].length ?? 0);
}

/** A chat mention: "@" right before a listed name ("@יובל תסתכל על ה-PR"). */
function mentionedName(text: string, word: HebrewWord): number | undefined {
  return word.hyphenPrefix === '' && text[word.start - 1] === '@' && isNameWord(word.text) ? word.start : undefined;
}

/**
 * A name called: opening a line before a comma and a clause ("ליאת, הקוד לכספת…", "טל, יש טל על האוטו" — not a list,
 * "אור, מים וחשמל"), or before a verb in the second person or "יש לך" ("שי תתקשר אליי", "גל יש לך דקה?").
 */
function isVocative(text: string, words: readonly HebrewWord[], index: number): boolean {
  const word = words[index]!;
  // "שלום, מה שלומך?" greets; "תודה, …" thanks.
  if (GREETINGS.has(word.text) || CLOSINGS.has(word.text)) return false;
  if (!/(?:^|\n|[.!?][ \t])[ \t]*(?:[\p{Extended_Pictographic}@][^\n]*?[ \t])?$/u.test(text.slice(Math.max(0, word.start - 40), word.start))) return false;
  const rest = text.slice(word.end);
  const secondPerson = (verb: string): boolean => /^ת[\u05d0-\u05ea]{2,}$/u.test(verb) && !T_NOUNS.has(verb);
  const afterComma = /^,[ \t]*([\u05d0-\u05ea]+)(?:[ \t?!.]|$)/u.exec(rest)?.[1];
  if (afterComma !== undefined && secondPerson(afterComma)) return true;
  // A comma and a clause after a common name, or a name that is a word but no interjection ("מזל, כמעט מחקתי" is luck);
  // a list ("אור, מים וחשמל") goes on with commas or "and".
  const called = isCommonName(word) || (NAME_WORDS.has(word.text) && !INTERJECTIONS.has(word.text) && !EVERYDAY_WORDS.has(word.text) && word.start === lineStart(text, word.start));
  if (called && /^,[ \t]*[^,\n]+?[ \t][^,\n]+/u.test(rest) && !/^,[ \t]*[\u05d0-\u05ea'׳]+(?:[ \t]*,|[ \t]+ו)/u.test(rest)) return true;
  const next = joinedAfter(text, words, index);
  if (next === undefined) return false;
  return (next.text === 'יש' && /^[ \t]+לך/u.test(text.slice(next.end))) || secondPerson(next.text);
}

/** A name alone before a question mark, an answer to "who": "אולי מאיה?". */
const ENDS_QUESTION = /^[ \t]*\?/u;

/**
 * "ספיר ואלמוג עברו לחיפה", "נוי ושירה מחפשות", "מאיה ואליעד בחדר": two names joined by "and" open the clause; when
 * either is also a word ("טל ומטר", dew and rain) the word after them must be a verb in the plural — past or future
 * ending "ו", or a present participle ("מחפשות").
 */
function pairedOpening(text: string, words: readonly HebrewWord[], index: number): boolean {
  const second = joinedAfter(text, words, index);
  const secondStart = second === undefined ? undefined : stemAfterPrefix(second, JOINED.and);
  if (second === undefined || secondStart === undefined || secondStart === second.start) return false;
  const secondName = text.slice(secondStart, second.end);
  let after = joinedAfter(text, words, index + 1);
  if (after !== undefined && ADVERBS.has(after.text)) after = joinedAfter(text, words, index + 2);
  if (after === undefined) return false;
  if (!NAME_WORDS.has(words[index]!.text) && !NAME_WORDS.has(secondName)) return (after.hyphenPrefix === '' && !after.text.startsWith('ה') && !isScriptGrammarWord(after.text)) || isFromThe(text, after);
  return after.hyphenPrefix === '' && (/^[\u05d0-\u05ea]{2,}ו$/u.test(after.text) || /^[\u05d0-\u05ea]{2,}(?:ים|ות)$/u.test(after.text));
}

/** Between commas after a role with its article: "הפרילנסר, בוריס, שלח", "הנהג, יוסי, מחכה". */
function isApposition(text: string, words: readonly HebrewWord[], index: number): boolean {
  const before = words[index - 1];
  if (before === undefined || !before.text.startsWith('ה') || !/^[ \t]*,[ \t]*$/u.test(text.slice(before.end, words[index]!.start))) return false;
  return /^[ \t]*,/u.test(text.slice(words[index]!.end));
}

/** The next word, on the same clause, is Hebrew with no article and no grammar word, or "from the …". */
function opensWithoutArticle(text: string, words: readonly HebrewWord[], index: number): boolean {
  const next = joinedAfter(text, words, index);
  return next !== undefined && ((next.hyphenPrefix === '' && !next.text.startsWith('ה') && !isScriptGrammarWord(next.text)) || isFromThe(text, next));
}

/** A name after a verb that takes a person with "to", "from" or "on": "שלחתי לאלון", "שמעתי מרון", "תלוי במוטי". */
function prefixedSlot(text: string, words: readonly HebrewWord[], index: number, before: HebrewWord, twoBefore: HebrewWord | undefined): number | undefined {
  const word = words[index]!;
  const wish = before.text === 'טוב' || before.text === 'שמח';
  if (TO_VERBS.has(before.text) && (!wish || (twoBefore !== undefined && WISH_OPENERS.has(twoBefore.text)))) return stemAfterPrefix(word, JOINED.to);
  // "חן חן לאלון" (thanks), "תשלחו לה או לחנה".
  if ((before.text === 'חן' && twoBefore?.text === 'חן') || (before.text === 'או' && twoBefore !== undefined && TO_PRONOUNS.has(twoBefore.text))) return stemAfterPrefix(word, JOINED.to);
  const joined = FROM_VERBS.has(before.text) ? JOINED.from : DEPENDS.has(before.text) ? JOINED.in : undefined;
  if (joined === undefined) return undefined;
  const stem = stemAfterPrefix(word, joined);
  // With "from" and "on", a name that is a word is the word unless its clause ends or goes on to what was said: "קניתי
  // מים", "תלוי במזל" are water and luck; "שמעתי מרון שהלקוח ביטל" is Ron.
  if (stem === undefined || !NAME_WORDS.has(text.slice(stem, word.end))) return stem;
  if (EVERYDAY_WORDS.has(text.slice(stem, word.end))) return undefined;
  return /^[ \t]*(?:$|[,.!?;:\n—–]|ש|על[ \t]|את[ \t]|[A-Za-z])/u.test(text.slice(word.end)) ? stem : undefined;
}

/**
 * What comes before "של" is a personal thing: a word of the list ("הכרטיס", "הת.ז."), one in Latin letters ("ה-IBAN",
 * "ה-API key"; LATIN_THINGS), a number ("ת.ז. 308823855 של …") or kin ("אבא של יצחק").
 */
const THING_BEFORE_OF = new RegExp(String.raw`(?:(?:^|[^\u05d0-\u05ea])(?:${[...PERSONAL_THINGS].map((thing) => thing.replace(/[.]/gu, '\\.')).join('|')})|\d)[ \t]+$`, 'u');

function ownsThing(before: string, thing: HebrewWord | undefined): boolean {
  const spaced = `${before} `.replace(/[ \t]+$/u, ' ');
  return THING_BEFORE_OF.test(spaced) || LATIN_THINGS.test(spaced) || (thing !== undefined && KIN_OF.has(thing.text));
}

function hasPossessiveAfter(text: string, words: readonly HebrewWord[], index: number): boolean {
  const next = joinedAfter(text, words, index);
  return next !== undefined && POSSESSIVES.has(next.text);
}

function isGreeting(before: HebrewWord, twoBefore: HebrewWord | undefined): boolean {
  return GREETINGS.has(before.text) || (twoBefore !== undefined && GREETING_PAIRS.has(`${twoBefore.text}_${before.text}`));
}

/** A greeted name ends its clause: "בוקר טוב אור!", "שלום דוד,"; "שלום עולם" is no one, nor "תודה רבה לכולם". */
function endsGreeting(text: string, words: readonly HebrewWord[], index: number): boolean {
  return ENDS_CLAUSE.test(text.slice(words[index]!.end)) || surnameWords(text, words, index) > 0;
}

const ENDS_CLAUSE = /^[ \t]*(?:$|[!?,.:;\n—–-]|\p{Extended_Pictographic})/u;

/** After a greeting and a comma: "בוקר טוב, נועה לוי בחופש". */
function isAfterGreeting(text: string, words: readonly HebrewWord[], index: number): boolean {
  const before = words[index - 1];
  const twoBefore = words[index - 2];
  if (before === undefined || !/^[ \t]*,[ \t]*$/u.test(text.slice(before.end, words[index]!.start))) return false;
  return GREETINGS.has(before.text) || (twoBefore !== undefined && GREETING_PAIRS.has(`${twoBefore.text}_${before.text}`));
}

/** A signature: "בברכה, אבנר" at the end of a line or of the text. */
function isSigned(text: string, words: readonly HebrewWord[], index: number): boolean {
  const before = words[index - 1];
  const between = before === undefined ? '' : text.slice(before.end, words[index]!.start);
  // "תודה, אליהו" signs; "תודה רבה" is thanks.
  if (before === undefined || !CLOSINGS.has(before.text) || !/^[ \t]*,?[ \t\n]*$/u.test(between) || (before.text === 'תודה' && !/[,\n]/u.test(between))) return false;
  const end = words[index + surnameWords(text, words, index)]!.end;
  return /^[ \t]*(?:$|[\n"'״”.])/u.test(text.slice(end));
}

/**
 * A full name opening a line or a field, and closing it: "השוכרת: אורית לנדאו, ת.ז. …", a signature's "ליאת גולדברג |
 * מנהלת לקוחות". Family names are words too ("קטן", "בוקר"), so the pair must stand alone in its field.
 */
function isLabelledFullName(text: string, words: readonly HebrewWord[], index: number): boolean {
  const start = words[index]!.start;
  if (!/(?:^|\n|[:,(–—])[ \t]*$/u.test(text.slice(Math.max(0, start - 40), start))) return false;
  const family = surnameWords(text, words, index);
  return family > 0 && /^[ \t]*(?:$|[\n,|().—–!?]|[-–][ \t]|\p{Extended_Pictographic})/u.test(text.slice(words[index + family]!.end));
}

/**
 * What follows the name (and its family name, or an "and" and a second name with its own) is what people do, possibly
 * after an adverb, or "from the …" ("מהצוות", "מה-QA").
 */
function actsAfter(text: string, words: readonly HebrewWord[], index: number, unless: ReadonlySet<string> = EMPTY): boolean {
  let next = index + 1 + surnameWords(text, words, index);
  if (next === index + 1 && words[next] !== undefined && isNextTo(text, words[next - 1]!, words[next]!) && stemAfterPrefix(words[next]!, JOINED.and) !== undefined) {
    next += 1 + surnameWords(text, words, next);
  }
  const after = words[next];
  if (after === undefined || !isNextTo(text, words[next - 1]!, after) || unless.has(after.text)) return false;
  if (isFromThe(text, after) || SUBJECT_VERBS.has(after.text)) return true;
  const third = words[next + 1];
  if (third === undefined || !isNextTo(text, after, third) || unless.has(third.text)) return false;
  // "כרמל לא מרגישה טוב": after "not" comes a verb or an adjective, said of someone.
  return (ADVERBS.has(after.text) && SUBJECT_VERBS.has(third.text)) || (after.text === 'לא' && third.hyphenPrefix === '' && !third.text.startsWith('ה') && !isScriptGrammarWord(third.text));
}

const EMPTY: ReadonlySet<string> = new Set();

/** "מהצוות", "מה-QA", "מהנהלת": "from the". "מה" alone is "what". */
function isFromThe(text: string, word: HebrewWord): boolean {
  if (word.hyphenPrefix === 'מה') return true;
  if (word.hyphenPrefix !== '' || !word.text.startsWith('מה')) return false;
  // "מה-QA", "מהQA": the word the prefix joins is in Latin letters, so the Hebrew word is the prefix alone.
  return [...word.text].length >= 4 || (word.text === 'מה' && /^[-־]?[A-Za-z]/u.test(text.slice(word.end)));
}

/** How many words of a family name follow the given name: none, one ("כהן") or two ("בן דוד"); no adjective, verb or adverb. */
function surnameWords(text: string, words: readonly HebrewWord[], index: number): number {
  const next = joinedAfter(text, words, index);
  if (next === undefined || next.hyphenPrefix !== '' || next.text.startsWith('ו') || isFromThe(text, next) || NOT_SURNAMES.has(next.text)) return 0;
  if (NOT_PEOPLE.has(next.text) || SUBJECT_VERBS.has(next.text) || ADVERBS.has(next.text) || isScriptGrammarWord(next.text)) return 0;
  // "בן דוד", "אבו חמד": a family name of two words.
  const third = joinedAfter(text, words, index + 1);
  if (third !== undefined && third.hyphenPrefix === '' && isHebrewScriptFamilyName(`${next.text} ${third.text}`)) return 2;
  return isHebrewScriptFamilyName(next.text) ? 1 : 0;
}

/**
 * Three or more names of the lists in a row, joined by commas and a last "and": "איתי, רז, ענת וגלית", "מיכל, דנה ועמית".
 * Returns each list's names as [word index, name start].
 */
function nameLists(text: string, words: readonly HebrewWord[]): Array<Array<[number, number]>> {
  const lists: Array<Array<[number, number]>> = [];
  let run: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const commaBefore = run.length > 0 && /^[ \t]*,[ \t]*$/u.test(text.slice(words[index - 1]!.end, word.start));
    const joined = run.length > 0 && isNextTo(text, words[index - 1]!, word) ? stemAfterPrefix(word, JOINED.and) : undefined;
    if (joined !== undefined) {
      run.push([index, joined]);
      // A grammar word may be one of them ("איתי", with me, is also Itai) when two others are names only.
      const names = run.filter(([item]) => !isScriptGrammarWord(words[item]!.text)).length;
      if ((run.length >= 3 && names >= 2) || (run.length === 2 && names === 2 && actsAfter(text, words, index - 1))) lists.push(run);
      run = [];
      continue;
    }
    const bare = word.hyphenPrefix === '' && isNameWord(word.text, true) ? word.start : undefined;
    const opens = run.length === 0 && bare !== undefined && (opensClause(text, words, index) || /[:：][ \t]*$/u.test(text.slice(Math.max(0, word.start - 8), word.start)));
    if (bare !== undefined && (commaBefore || opens) && /^[ \t]*,|^[ \t]+ו/u.test(text.slice(word.end))) run = commaBefore ? [...run, [index, bare]] : [[index, bare]];
    else {
      // A list with no "and" closes at the line's end: "משתתפים: נועה, אליעד, גלעד, שני".
      if (bare !== undefined && commaBefore && /^[ \t]*(?:$|\n)/u.test(text.slice(word.end))) {
        const closed: Array<[number, number]> = [...run, [index, bare]];
        if (closed.length >= 3 && closed.filter(([item]) => !isScriptGrammarWord(words[item]!.text) && !NAME_WORDS.has(words[item]!.text)).length >= 2) lists.push(closed);
      }
      run = [];
    }
  }
  return lists;
}

/**
 * The people of a text's rows: a name opening two or more lines before a colon or a dash ("[09:14] אביגיל: …", "אלון –
 * ממשיך על ה-SSO"), or closing two or more lines after one ("א' – אליעזר", "ב' – טל"). Returns word indexes.
 */
function rowNames(text: string, words: readonly HebrewWord[]): number[] {
  const opening: number[] = [];
  const closing: number[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word.hyphenPrefix !== '' || !isNameWord(word.text, true)) continue;
    // A row's label and a name's tail are short: read at most 40 characters either side, so a long line costs no more.
    const near = text.slice(Math.max(0, word.start - 40), word.start);
    const before = near.slice(near.lastIndexOf('\n') + 1);
    const following = text.slice(word.end, word.end + 40);
    const after = following.includes('\n') ? following.slice(0, following.indexOf('\n')) : following;
    if (/^[ \t]*(?:[-*•][ \t]*)?(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]*)?$/u.test(before) && /^[ \t]*(?::|[-–—][ \t])/u.test(after)) opening.push(index);
    else if (/(?::|[ \t][-–—])[ \t]*$/u.test(before) && /^[ \t]*$/u.test(after) && (following.includes('\n') || word.end + 40 >= text.length)) closing.push(index);
  }
  return [...(opening.length >= 2 ? opening : []), ...(closing.length >= 2 ? closing : [])];
}

/** What a clause opens after: a line break, a stop, a comma, a colon, a dash, a quotation mark or a bracket. */
const CLAUSE_STOPS = '\n.!?,:;—–"\'״(]+';

/** At the text's start, or after a stop, a comma, a colon, a dash or a line break. */
function opensClause(text: string, words: readonly HebrewWord[], index: number): boolean {
  const start = words[index]!.start - words[index]!.hyphenPrefix.length - (words[index]!.hyphenPrefix === '' ? 0 : 1);
  if (opensAfter(text, start, ' \t', CLAUSE_STOPS)) return true;
  const before = words[index - 1];
  return before !== undefined && CLAUSE_WORDS.has(before.text) && isNextTo(text, before, words[index]!);
}

/** Two words apart by spaces only. */
function isNextTo(text: string, left: HebrewWord, right: HebrewWord): boolean {
  const from = left.end;
  const to = right.start - (right.hyphenPrefix === '' ? 0 : right.hyphenPrefix.length + 1);
  return to > from && /^[ \t\u00a0]+$/u.test(text.slice(from, to));
}

function joinedAfter(text: string, words: readonly HebrewWord[], index: number): HebrewWord | undefined {
  const next = words[index + 1];
  return next !== undefined && isNextTo(text, words[index]!, next) ? next : undefined;
}

function joinedBefore(text: string, words: readonly HebrewWord[], index: number): HebrewWord | undefined {
  const before = words[index - 1];
  return before !== undefined && isNextTo(text, before, words[index]!) ? before : undefined;
}
