import { hasPersonCueBefore, hasThingCueBefore } from './name-cues.ts';
import { isHumanName } from './human-names.ts';
import { isKnownFirmName, isKnownFirmWord } from './name-lexicon.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { factsOf } from './name-word-facts.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { isWhitespaceCode } from './text-scan.ts';
import type { Candidate } from './types.ts';
import { runAround, type WindowWord } from './word-window.ts';

/**
 * A found name inside a firm compromise's lexicon knows by names joined with "&" is the firm: "johnson &
 * johnson changed its terms", "procter & gamble", "ben & jerry's for the friday treat".
 * The runs tried are the words around the name, at most five, that hold the whole name. A cue before the
 * run or a person's doing after it ("ask Ben & Jerry", "Ben & Jerry are out sick") says two people.
 */
const REACH = 40;
const MOST_WORDS = 5;

export function isInsideKnownFirm(text: string, candidate: Candidate): boolean {
  return isInsideListedFirm(text, candidate) || isInsideJoinedNames(text, candidate);
}

function isInsideListedFirm(text: string, candidate: Candidate): boolean {
  // A firm holding the name holds each of its words: most names are part of no firm, and need no window.
  if (!candidate.value.split(' ').every(isKnownFirmWord)) return false;
  const run = runAround(text, candidate, REACH, MOST_WORDS, (words) => words.length > 1 && isKnownFirmName(text.slice(words[0]!.start, words.at(-1)!.end)));
  return run !== undefined && isFirmInPlace(text, run, run.at(-1)!.end);
}

/**
 * Two capitalised names joined by "&" or "+" that no list knows as firms, where a thing stands — after a
 * determiner — are a firm when one of them is no name the names list holds: "our Fortnum & Mason order";
 * firms take their founders' surnames that way. Chat joins colleagues so too ("Rahul & Sneha need access",
 * "the Sneha + Arjun handover doc", "the Kowalski & Nowak review"), hence the determiner and the names list
 * (which holds "Kühne" and "Nagel" too: "the Kühne + Nagel quote" stays masked), unless the pair has the
 * firm's possessive or one name twice.
 */
const JOINED_AFTER = /^\s*[&+]\s*(\p{Lu}[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]*)?)/u;
const JOINED_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+)\s*[&+]\s*$/u;
const JOINED_INSIDE = /^(\p{Lu}[\p{L}\p{M}]+)\s*[&+]\s*(\p{Lu}[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]*)?)$/u;

function isInsideJoinedNames(text: string, candidate: Candidate): boolean {
  // Every joined pair holds "&" or "+": most found names have neither inside or on either side, and skip the three patterns.
  const inside = hasJoin(candidate.value) ? JOINED_INSIDE.exec(candidate.value) : null;
  if (inside) return isJoinedFirm(text, candidate.start, inside[1]!, inside[2]!);
  if (candidate.value.includes(' ')) return false;
  const after = joinFollows(text, candidate.end) ? JOINED_AFTER.exec(text.slice(candidate.end, candidate.end + REACH)) : null;
  const possessive = /^['’]s?/u.exec(text.slice(candidate.end, candidate.end + 2))?.[0] ?? '';
  if (after && possessive === '') return isJoinedFirm(text, candidate.start, candidate.value, after[1]!);
  const before = joinPrecedes(text, Math.max(0, candidate.start - REACH), candidate.start) ? JOINED_BEFORE.exec(text.slice(Math.max(0, candidate.start - REACH), candidate.start)) : null;
  return before !== null && isJoinedFirm(text, candidate.start - before[0].length, before[1]!, candidate.value + possessive);
}

function hasJoin(value: string): boolean {
  return value.includes('&') || value.includes('+');
}

/** JOINED_AFTER's opening at `end`: `\s*` then "&" or "+" (within its window). */
function joinFollows(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + REACH);
  let index = end;
  while (index < limit && isWhitespaceCode(text.charCodeAt(index))) index += 1;
  const code = index < limit ? text.charCodeAt(index) : -1;
  return code === 38 || code === 43;
}

/** JOINED_BEFORE's ending before `end`: "&" or "+", then `\s*` (within its window from `from`). */
function joinPrecedes(text: string, from: number, end: number): boolean {
  let index = end;
  while (index > from && isWhitespaceCode(text.charCodeAt(index - 1))) index -= 1;
  const code = index > from ? text.charCodeAt(index - 1) : -1;
  return code === 38 || code === 43;
}

function isJoinedFirm(text: string, start: number, first: string, second: string): boolean {
  const end = text.indexOf(second, start + first.length) + second.length;
  if (!hasThingCueBefore(text, start) || isFollowedLikeAPerson(text, end)) return false;
  const bare = second.replace(/['’]s?$/u, '');
  return bare !== second || first === bare || !(isHumanName(first) && isHumanName(bare));
}

/**
 * Names joined ("Ben & Jerry") are the firm only with its possessive ("ben & jerry's"), the same name twice
 * ("Johnson & Johnson") or a word that is no name ("Procter & Gamble"): "meeting Ben & Jerry tomorrow" is two people.
 */
function isFirmInPlace(text: string, run: readonly WindowWord[], end: number): boolean {
  const start = run[0]!.start;
  if (hasPersonCueBefore(text, start) || isFollowedLikeAPerson(text, end)) return false;
  const names = run.filter((word) => word.text !== '&' && word.text !== '+');
  const bare = names.map((word) => word.text.replace(/['’]s?$/u, '').toLowerCase());
  const possessive = bare.at(-1) !== names.at(-1)!.text.toLowerCase();
  // "Johnson & Johnson": no two people share a name that way.
  return possessive || new Set(bare).size < bare.length || !bare.every((word) => factsOf(word).given && !isDictionaryWord(word));
}
