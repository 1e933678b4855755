/**
 * People often tell what happened before they ask: "found a usb stick with our logo on it in the
 * garage, not plugging it in lol. whats the email for the security ppl". The story's words are
 * context, and the page that answers holds the question's words, not the story's: searched as one,
 * the story spreads the evidence over words no page is about, and the answer falls under the "not
 * found" line. The retriever searches the ask on its own too and keeps the more confident reading
 * (retriever.ts). Only for a short chat message — a story of a sentence or two, then a question of
 * its own — never for pasted material, where the lines before the question are what is asked about.
 */
const MAX_CHARS = 600;
const MIN_ASK_WORDS = 4;
const MIN_STORY_WORDS = 6;
const QUESTION_OPENING = /^(?:what|whats|what's|how|who|whos|who's|where|when|which|why|can|could|do|does|did|is|are|am|should|will|would|any|anyone)\b/iu;
/** Sentence ends: . ! ? (one or more) before a space, or a line break. */
const SENTENCE_END = /[.!?…]+(?=\s)|\n+/gu;

export function askAfterStory(query: string): string | undefined {
  if (query.length > MAX_CHARS || query.includes('```') || query.split('\n').length > 3) return undefined;
  const sentences = splitSentences(query.trim());
  if (sentences.length < 2) return undefined;
  const ask = sentences[sentences.length - 1]!;
  if (!ask.includes('?') && !QUESTION_OPENING.test(ask)) return undefined;
  const storyWords = wordCount(sentences.slice(0, -1).join(' '));
  return wordCount(ask) >= MIN_ASK_WORDS && storyWords >= MIN_STORY_WORDS ? ask : undefined;
}

/**
 * Chat sentences: unlike the chunker's splitSentences (chunk/split-block.ts), which waits for a capital,
 * a lower-case sentence after a full stop counts ("…lol. whats the email"), and so does a line break.
 */
function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const sentence = text.slice(from, end).trim();
    if (sentence.length > 0) sentences.push(sentence);
    from = end;
  }
  const last = text.slice(from).trim();
  if (last.length > 0) sentences.push(last);
  return sentences;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
}
