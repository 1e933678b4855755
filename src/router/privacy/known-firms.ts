import { hasPersonCueBefore } from './name-cues.ts';
import { isKnownFirmName, isKnownFirmWord } from './name-lexicon.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { factsOf } from './name-word-facts.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import type { Candidate } from './types.ts';

/**
 * A found name inside a firm compromise's lexicon knows by names joined with "&" is the firm: "johnson &
 * johnson changed its terms", "procter & gamble", "ben & jerry's for the friday treat".
 * The runs tried are the words around the name, at most five, that hold the whole name. A cue before the
 * run or a person's doing after it ("ask Ben & Jerry", "Ben & Jerry are out sick") says two people.
 */
const REACH = 40;
const MOST_WORDS = 5;
const WORD = /[\p{L}\p{M}\d]+(?:['’.][\p{L}\p{M}]+)*['’]?|[&+]/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

export function isInsideKnownFirm(text: string, candidate: Candidate): boolean {
  // A firm holding the name holds each of its words: most names are part of no firm, and need no window.
  if (!candidate.value.split(' ').every(isKnownFirmWord)) return false;
  const from = Math.max(0, candidate.start - REACH);
  const words: Word[] = [];
  for (const match of text.slice(from, Math.min(text.length, candidate.end + REACH)).matchAll(WORD)) {
    words.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  }
  const first = words.findIndex((word) => word.end > candidate.start);
  let last = words.length - 1;
  while (last >= 0 && words[last]!.start >= candidate.end) last -= 1;
  if (first < 0 || last < first) return false;
  for (let start = Math.max(0, last - MOST_WORDS + 1); start <= first; start += 1) {
    for (let end = last; end < Math.min(words.length, start + MOST_WORDS); end += 1) {
      if (end > start && isKnownFirmName(text.slice(words[start]!.start, words[end]!.end))) return isFirmInPlace(text, words.slice(start, end + 1), words[end]!.end);
    }
  }
  return false;
}

/**
 * Names joined ("Ben & Jerry") are the firm only with its possessive ("ben & jerry's"), the same name twice
 * ("Johnson & Johnson") or a word that is no name ("Procter & Gamble"): "meeting Ben & Jerry tomorrow" is two people.
 */
function isFirmInPlace(text: string, run: readonly Word[], end: number): boolean {
  const start = run[0]!.start;
  if (hasPersonCueBefore(text, start) || isFollowedLikeAPerson(text, end)) return false;
  const names = run.filter((word) => word.text !== '&' && word.text !== '+');
  const bare = names.map((word) => word.text.replace(/['’]s?$/u, '').toLowerCase());
  const possessive = bare.at(-1) !== names.at(-1)!.text.toLowerCase();
  // "Johnson & Johnson": no two people share a name that way.
  return possessive || new Set(bare).size < bare.length || !bare.every((word) => factsOf(word).given && !isDictionaryWord(word));
}
