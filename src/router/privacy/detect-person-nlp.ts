import { hasPersonCueBefore, hasThingCueAfter, hasThingCueBefore, isFollowedLikeALonePerson, isFollowedLikeAName } from './name-cues.ts';
import { NAME_PARTICLES, isCommonWord, isHonorific, isKnownNonNamePhrase, isProductWord } from './name-lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import { isFollowedByVocativeOrPossessive, isSentenceStart } from './sentence-position.ts';
import type { Candidate } from './types.ts';

/** Kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const LETTER = /\p{L}/u;
const CAPITALISED_WORD = /^\p{Lu}(?:\p{Ll}|\.|$)/u;
const TRAILING_NON_LETTERS = /[^\p{L}\p{M}]+$/u;

/**
 * Names not in the directory, settled by compromise's lexicon ("Sarah Connor") without its tagger: the
 * tagger cost ~0.4 ms per message, a third of the guard's time, and only ever decided one ambiguous run
 * per message. A run whose words are names *and* ordinary words ("Mark", "Will", "April", "Grant")
 * counts when it has two words ("Grace Hopper"), or, alone, when what surrounds it says person: a cue
 * before ("ping Mark", "thanks to Grace"), or a verb, comma or "and" after ("Will said", "Mark, can
 * you…"). "every January.", "from 1 April to 31 March", "Grant access" stay.
 */
export function detectNlpNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const run of findNameRuns(text)) {
    if (run.verdict === 'ambiguous' && !isConfirmedAmbiguousRun(text, run.start, run.end)) continue;
    const candidate = cleanSpan(text, run.start, run.end);
    if (candidate !== undefined && !isUsedAsThing(text, run.start, run.end)) found.push(candidate);
  }
  return found;
}

/** A city or month the lexicon also lists as a first name, used as a thing: "our Austin office", "in January", "Sydney users". */
function isUsedAsThing(text: string, start: number, end: number): boolean {
  if (/^['’]s/u.test(text.slice(end, end + 2)) || hasPersonCueBefore(text, start)) return false;
  return hasThingCueBefore(text, start) || hasThingCueAfter(text, end);
}

function isConfirmedAmbiguousRun(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (isHonorific(value)) return false;
  if (/\s/.test(value)) return true;
  // "30 June;", "on 1 May,": a day number before it makes the word a month.
  if (isLoneSentenceOpeningVerb(text, start, value) || /\d\s$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  return hasPersonCueBefore(text, start) || isFollowedLikeAName(text, end) || isFollowedLikeALonePerson(text, end, isSentenceStart(text, start));
}

/** Spans may carry trailing punctuation and possessives ("Jim.", "Raj Patel's"); keep the name only. */
function cleanSpan(text: string, rawStart: number, rawEnd: number): Candidate | undefined {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && !LETTER.test(text[start] ?? '')) start += 1;
  for (;;) {
    const tail = text.slice(start, end);
    const trimmed = tail.replace(/['’]s$/u, '').replace(TRAILING_NON_LETTERS, '');
    if (trimmed.length === tail.length) break;
    end = start + trimmed.length;
  }
  const value = text.slice(start, end);
  return isPlausibleName(text, start, value) ? { type: 'PERSON', start, end, value } : undefined;
}

function isPlausibleName(text: string, start: number, value: string): boolean {
  const words = value.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.some((word) => isProductWord(word))) return false;
  const capitalized = words.every((word) => NAME_PARTICLES.has(word) || CAPITALISED_WORD.test(word));
  if (!capitalized) return false;
  // The tagger reads "San Francisco" as a first name and a surname; the lexicon knows the city.
  if (words.length > 1) return !isKnownNonNamePhrase(value);
  return !isLoneSentenceOpeningVerb(text, start, value);
}

/** "Grant access to…", "Mark the ticket…": a lone common word opening a sentence is a verb, not a person. */
function isLoneSentenceOpeningVerb(text: string, start: number, value: string): boolean {
  if (value.includes(' ') || !isSentenceStart(text, start) || !isCommonWord(value)) return false;
  return !isFollowedByVocativeOrPossessive(text, start + value.length);
}
