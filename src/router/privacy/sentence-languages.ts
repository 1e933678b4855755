import { detectOtherLanguageNames } from './detect-person-other-language.ts';
import { ENGLISH } from './function-words.ts';
import { otherLanguageOf } from './message-language.ts';
import { hasPersonCueBefore } from './name-cues.ts';
import { isHonorific } from './name-lexicon.ts';
import type { Token } from './recall-words.ts';
import type { Candidate } from './types.ts';

/** A sentence of an English message written in another language ("FYI from Utrecht: De release van vrijdag is uitgesteld."). */
interface OtherLanguageSentence {
  start: number;
  end: number;
  language: string;
  tokens: readonly Token[];
}

/** Shorter sentences carry too few function words to tell a language. */
const MINIMUM_WORDS = 4;
const MINIMUM_FUNCTION_WORDS = 2;
const CAPITALISED = /^\p{Lu}/u;
/** `.!?:;` and a line break, by code: this runs between every two words of a message that passed the gate. */
const SENTENCE_BREAKS: readonly number[] = [46, 33, 63, 58, 59, 10];

/**
 * In a message judged English as a whole, the names found inside a sentence of another language keep
 * only that language's evidence (detect-person-other-language.ts), a cue or a title; the rest were its
 * words ("tot na het weekend"). A message of one sentence was already judged whole: nothing to do.
 */
export function withOtherLanguageSentences(text: string, tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const sentences = otherLanguageSentences(text, tokens);
  if (sentences.length === 0) return [...names];
  const kept = names.filter((name) => {
    const sentence = sentences.find((candidate) => name.start >= candidate.start && name.start < candidate.end);
    // The cues are English words, and some are that language's words too (Swedish "ring lagret", call the warehouse): capitalised names only.
    return sentence === undefined || (CAPITALISED.test(name.value) && (hasPersonCueBefore(text, name.start) || isHonorific(name.value.split(' ')[0] ?? '')));
  });
  for (const sentence of sentences) kept.push(...detectOtherLanguageNames(text, sentence.tokens, sentence.language));
  return kept;
}

function otherLanguageSentences(text: string, tokens: readonly Token[]): OtherLanguageSentence[] {
  const found: OtherLanguageSentence[] = [];
  // Most English messages hold fewer than two function words of other languages alone: no sentence of theirs can be another language.
  if (!hasOtherFunctionWords(tokens)) return found;
  let first = 0;
  for (let index = 1; index <= tokens.length; index += 1) {
    const atBreak = index === tokens.length || hasBreakBetween(text, tokens[index - 1]!.end, tokens[index]!.start);
    if (!atBreak) continue;
    // The whole message is one sentence: judged already.
    if (first === 0 && index === tokens.length) return found;
    if (index - first >= MINIMUM_WORDS) {
      const sentence = tokens.slice(first, index);
      const language = otherLanguageOf(sentence);
      if (language !== undefined) found.push({ start: sentence[0]!.start, end: sentence[sentence.length - 1]!.end, language, tokens: sentence });
    }
    first = index;
  }
  return found;
}

function hasBreakBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (SENTENCE_BREAKS.includes(text.charCodeAt(index))) return true;
  return false;
}

function hasOtherFunctionWords(tokens: readonly Token[]): boolean {
  let count = 0;
  for (const token of tokens) {
    // Shared with English ("a", "in") says nothing; "het", "und", "la" do.
    if (token.functionLanguages.length > 0 && !token.functionLanguages.includes(ENGLISH)) count += 1;
    if (count >= MINIMUM_FUNCTION_WORDS) return true;
  }
  return false;
}
