import { ENGLISH, LANGUAGES } from './function-words.ts';
import type { Token } from './recall-words.ts';

/** At least this many function words of one language, and one in this many words of the message. */
const MINIMUM_FUNCTION_WORDS = 2;
const WORDS_PER_FUNCTION_WORD = 5;

/**
 * The language of a message when its function words say it is not English: more of one other language's
 * function words than English ones, at least two, and enough of them for the message's length ("Il
 * fornitore ha confermato la consegna", "Backupen körs varje natt klockan två"). Particles inside a name
 * do not count ("ask Jesse van der Berg" stays English). Undefined for English or when unsure.
 */
export function otherLanguageOf(tokens: readonly Token[]): string | undefined {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  let any = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.functionLanguages.length === 0 || isInsideName(tokens, index)) continue;
    any = true;
    for (const language of token.functionLanguages) counts[language]! += 1;
  }
  if (!any) return undefined;
  let best = -1;
  counts.forEach((count, language) => {
    if (language !== ENGLISH && (best < 0 || count > counts[best]!)) best = language;
  });
  const count = best < 0 ? 0 : counts[best]!;
  const english = ENGLISH < 0 ? 0 : counts[ENGLISH]!;
  return count >= MINIMUM_FUNCTION_WORDS && count > english && count * WORDS_PER_FUNCTION_WORD >= tokens.length ? LANGUAGES[best] : undefined;
}

/** "Pieter de Vries", "Maria da Silva": a particle after a capitalised word belongs to a name, not to the sentence. */
function isInsideName(tokens: readonly Token[], index: number): boolean {
  let previous = index - 1;
  while (previous >= 0 && tokens[previous]!.particle && tokens[index]!.particle) previous -= 1;
  return tokens[index]!.particle && previous >= 0 && tokens[previous]!.titleCase;
}
