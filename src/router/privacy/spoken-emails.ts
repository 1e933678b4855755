/**
 * E-mail addresses said aloud, as call transcripts, voicemail transcriptions and notes taken on the phone write them:
 * "j dot okafor at gmail dot com", "olu underscore ade at hotmail dot co dot uk", "dbarker seventy one at aol dot com",
 * "p greco at libero dot it", "graham at pike and rowe dot co dot uk", "nadia point belkacem arobase orange point fr".
 * The words for "@", "." and "_" in the languages callers use, digits said as words, an initial and a surname said apart,
 * a firm's name said in words before its domain: read word by word, not by one pattern, so each part keeps its limits.
 * An address needs its whole shape — a local part, the word for "@", a domain and a real top-level domain after the
 * word for "." — which prose does not have ("we met at noon", "he works at the point").
 */
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { digitsOfNumberWords, isNumberWord } from './number-words.ts';
import { wordKind } from './name-word-kinds.ts';
import { isTopLevelDomain } from './top-level-domains.ts';
import type { Candidate } from './types.ts';

const AT_WORDS: ReadonlySet<string> = new Set(['at', 'arobase', 'arroba', 'chiocciola', 'małpa', 'malpa']);
const DOT_WORDS: ReadonlySet<string> = new Set(['dot', 'point', 'punto', 'ponto', 'kropka', 'punkt']);
const JOIN_WORDS: Readonly<Record<string, string>> = { underscore: '_', hyphen: '-', dash: '-', minus: '-', tiret: '-', guion: '-', guión: '-' };
/** Words that end the local part going back: what introduces an address ("my email is", "c'est", "to me and …"). */
const INTRODUCING: ReadonlySet<string> = new Set(['email', 'e-mail', 'mail', 'address', 'is', "it's", 'its', 'es', 'est', "c'est", 'é', 'è', 'ist', 'mein', 'meu', 'mi', 'mon', 'ma', 'my', 'emailem']);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const LONGEST_LOCAL = 8;
const LONGEST_FIRM = 3;

interface Word {
  lower: string;
  start: number;
  end: number;
}

export function detectSpokenEmails(text: string): Candidate[] {
  if (!SPOKEN_SEPARATOR_WORD.test(text) || !SPOKEN_SEPARATOR.test(text)) return [];
  const words: Word[] = [...text.matchAll(WORD)].map((match) => ({ lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
  const found: Candidate[] = [];
  words.forEach((word, index) => {
    if (!AT_WORDS.has(word.lower)) return;
    const domain = domainAfter(text, words, index);
    if (domain === undefined) return;
    const local = localPartBefore(text, words, index);
    if (local === undefined) return;
    const start = words[local.first]!.start;
    const end = words[domain.last]!.end;
    found.push({ type: 'EMAIL', start, end, value: text.slice(start, end), identity: `${local.address}@${domain.address}` });
  });
  return found;
}

/** A cheap look before reading words: a word for "." with a word after it somewhere in the text. */
const SPOKEN_SEPARATOR = /(?:^|[^\p{L}])(?:dot|point|punto|ponto|kropka|punkt)[ \t]+\p{L}/iu;
/** The separator's words alone, which SPOKEN_SEPARATOR needs: found ~15× faster than the pattern, whose opening alternation is tried at every character. */
const SPOKEN_SEPARATOR_WORD = /(?:dot|point|punto|ponto|kropka|punkt)[ \t]/iu;

/** Only spaces between two words of one address: a comma, a colon or a line break ends it. */
function joined(text: string, left: Word, right: Word): boolean {
  return /^[ \t]+$/u.test(text.slice(left.end, right.start));
}

/** "gmail dot com", "pike and rowe dot co dot uk", "abe hyphen logistics dot jp": a firm's words, then labels after each dot. */
function domainAfter(text: string, words: readonly Word[], at: number): { last: number; address: string } | undefined {
  let index = at + 1;
  const firm: string[] = [];
  while (index < words.length && joined(text, words[index - 1]!, words[index]!) && !DOT_WORDS.has(words[index]!.lower)) {
    const word = words[index]!.lower;
    firm.push(JOIN_WORDS[word] ?? word);
    index += 1;
    if (firm.length > LONGEST_FIRM + 1) return undefined;
  }
  const plainWords = firm.filter((part) => part !== '-');
  if (plainWords.length === 0 || plainWords.length > LONGEST_FIRM || firm[0] === '-' || firm[firm.length - 1] === '-') return undefined;
  // A firm said in words may hold "and" inside ("pike and rowe"); it neither opens nor ends one.
  if (ENGLISH_FUNCTION_WORDS.has(plainWords[0]!) || ENGLISH_FUNCTION_WORDS.has(plainWords[plainWords.length - 1]!)) return undefined;
  const labels = [firm.join('')];
  let last = index - 1;
  while (index + 1 < words.length && DOT_WORDS.has(words[index]!.lower) && joined(text, words[index - 1]!, words[index]!) && joined(text, words[index]!, words[index + 1]!)) {
    labels.push(words[index + 1]!.lower);
    last = index + 1;
    index += 2;
  }
  if (labels.length < 2 || !isTopLevelDomain(labels[labels.length - 1]!) || labels.slice(1).some((label) => !/^[a-z0-9-]+$/u.test(label))) return undefined;
  return { last, address: labels.join('.') };
}

/**
 * Going back from the "@" word: names and initials, digits said as words, the words for "." "_" "-" between them — up
 * to two plain words side by side ("p greco", "ola f"), never a word that introduces the address ("my email is …").
 */
function localPartBefore(text: string, words: readonly Word[], at: number): { first: number; address: string } | undefined {
  const parts: string[] = [];
  // Number words nearest the "@" first; read in the order they were said once the run ends.
  let numbers: string[] = [];
  let plainRun = 0;
  let plainWords = 0;
  let first = at;
  const flushNumbers = (): boolean => {
    if (numbers.length === 0) return true;
    const digits = digitsOfNumberWords([...numbers].reverse());
    numbers = [];
    if (digits === undefined) return false;
    parts.unshift(digits);
    return true;
  };
  for (let index = at - 1; index >= 0 && at - index <= LONGEST_LOCAL && joined(text, words[index]!, words[index + 1]!); index -= 1) {
    const word = words[index]!.lower;
    const separator = DOT_WORDS.has(word) ? '.' : JOIN_WORDS[word];
    if (separator !== undefined) {
      if (!flushNumbers()) return undefined;
      parts.unshift(separator);
      plainRun = 0;
    } else if (isNumberWord(word)) {
      numbers.push(word);
      plainRun = 0;
    } else {
      if (INTRODUCING.has(word) || ENGLISH_FUNCTION_WORDS.has(word) || plainRun === 2) break;
      if (!flushNumbers()) return undefined;
      parts.unshift(word);
      plainRun += 1;
      plainWords += 1;
    }
    first = index;
  }
  if (!flushNumbers()) return undefined;
  // "… dot at gmail dot com" has nothing between the dot and the "@": no address.
  if (SEPARATOR_PART.test(parts[parts.length - 1] ?? '')) return undefined;
  // A separator the walk took first belongs to what came before ("the point is that…"): the address starts after it.
  while (parts.length > 0 && SEPARATOR_PART.test(parts[0]!)) {
    parts.shift();
    first += 1;
  }
  if (!plausibleLocal(parts, plainWords)) return undefined;
  return { first, address: parts.join('') };
}

const SEPARATOR_PART = /^[._-]$/u;

/**
 * Said without a "." or "_" between them, a local part's words are an initial and a name ("p greco", "ola f") or a name and
 * its digits ("dbarker seventy one"); no everyday word, which is prose before "at" ("i work at amazon dot com").
 */
function plausibleLocal(parts: readonly string[], plainWords: number): boolean {
  if (parts.length === 0) return false;
  const plain = parts.filter((part) => /^\p{L}/u.test(part));
  if (parts.some((part) => SEPARATOR_PART.test(part))) return true;
  if (plain.some((word) => word.length > 2 && wordKind(word) === 'ordinary')) return false;
  if (plainWords === 2 && !plain.some((word) => word.length <= 2 && word !== 'i' && word !== 'a')) return false;
  return plain.length > 0 ? plain.some((word) => word.length >= 2) : parts.some((part) => /^\d/u.test(part));
}
