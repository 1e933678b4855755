/**
 * Words that frame a question rather than name its topic, which weigh little whether a passage holds
 * them or not (evidence.ts): the filler of chat listed in stopwords.ts ("whatever", "ok", "what
 * does X *mean*"), and words English uses only as adverbs ("*instead* of", "four months *ago*",
 * "*anyway*", "*somewhere*"), read from WordNet's sense-tagged corpus so that the list need not be
 * written by hand. In a small handbook such a word is rare, and a heading that happens to hold it
 * ("Working from *another* country") would otherwise look like strong evidence.
 */
import { QUESTION_FRAME_WORDS } from './stopwords.ts';
import { sharedWordNet } from './wordnet.ts';

export function isFrameWord(word: string): boolean {
  return QUESTION_FRAME_WORDS.has(word) || sharedWordNet().isAdverbOnly(word);
}
