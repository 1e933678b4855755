/**
 * The words people use that the handbook does not: "add my *wife* to my insurance" (the page says
 * partners), "an *automobile* on a business trip" (the page says car). For a query word the
 * visible index never contains, WordNet's synonyms and direct hypernyms of its leading senses
 * (wordnet.ts) are searched as further phrases of the same concept — only those the visible index
 * holds, since the others cannot match anything. Words the index has are never expanded, so a
 * matched word is never diluted by its relatives, and the hand synonym map (synonyms.ts) keeps
 * priority: a concept one of whose synonyms the index holds is not absent.
 *
 * A related word is weaker evidence than the word itself or a hand synonym: a hypernym is broader
 * than the word ("wife" → partner, woman), and a synset mixes registers. A passage holding only a
 * relative gets part of the credit of the word (RELATED_CREDIT, less for a common relative), and the
 * relative weighs as little in BM25 (query-plan.ts). Everyday verbs are neither expanded nor added: they say what happened, not
 * what the question is about, and their synsets are the loosest ("fix" → doctor, "found" → open,
 * "meeting" → run into, see).
 */
import type { AccessParams } from '../store/folder-access.ts';
import { isCommonVerb } from './common-verbs.ts';
import { QUESTION_FRAME_WORDS, STOPWORDS } from './stopwords.ts';
import { MAX_INFORMATIVE_CONCEPTS } from './query-plan.ts';
import type { QueryConcept } from './query-terms.ts';
import { stem } from './stemmer.ts';
import type { Phrase } from './synonyms.ts';
import type { TermStatistics } from './term-statistics.ts';
import { sharedWordNet } from './wordnet.ts';

/**
 * What a passage holding only a related word gets for the concept, at most, against 1 for the word
 * itself: as much as one word of a two-word concept (evidence.ts, PART_CREDIT), scaled down by how
 * common the relative is in the index (see informativeness): "tomorrow" → day, a word on every other
 * page, is no evidence of where "what's the weather like tomorrow" is answered. On the development
 * halves of the three routing sets this took false "not found" from 9 to 7 of 283 answerable
 * questions with no unanswerable question more above the line (50 of 61). Unscaled, or with a
 * larger credit, it took them to 5–7 with one or two more, through coincidences ("fever" →
 * expectancy, which stems to "expect") and generic hypernyms in titles ("tomorrow" → day).
 */
export const RELATED_CREDIT = 0.5;
/** Related phrases added per concept, synonyms first: enough for a synset and its parent. */
const MAX_RELATED = 8;
/** Shorter words are mostly abbreviations and ids, whose WordNet senses are guesses ("amex" → curb). */
const MIN_LENGTH = 3;

export function addRelatedWords(concepts: QueryConcept[], terms: TermStatistics, access: AccessParams): QueryConcept[] {
  // A pasted log or a long message: its rarest words already say what it is about (query-plan.ts).
  if (concepts.length > MAX_INFORMATIVE_CONCEPTS) return concepts;
  const { frequencies, total } = terms.frequencies(concepts, access);
  return concepts.map((concept, index) => {
    const own = concept.phrases[0];
    if (frequencies[index] !== 0 || !own || own.words.length !== 1) return concept;
    const related = relatedPhrases(own.words[0]!).flatMap((phrase) => {
      const rows = Math.min(...phrase.words.map((word) => terms.wordFrequency(word, access)));
      return rows > 0 ? [{ ...phrase, credit: RELATED_CREDIT * informativeness(rows, total) }] : [];
    });
    if (related.length === 0) return concept;
    return { label: concept.label, phrases: [...concept.phrases, ...related.slice(0, MAX_RELATED)] };
  });
}

/** A relative's BM25 idf against that of a word in no passage: "car" in one passage of a hundred 0.8, "day" in twenty 0.3. */
export function informativeness(rows: number, total: number): number {
  const idf = (frequency: number) => Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
  return Math.min(1, idf(rows) / idf(0));
}

/** Opens the WordNet files and reads one entry, so the first question does not pay for it. */
export function warmRelatedWords(): void {
  relatedPhrases('question');
}

function relatedPhrases(word: string): Phrase[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  if (isCommonVerb(word) || QUESTION_FRAME_WORDS.has(word)) return [];
  const { synonyms, hypernyms } = sharedWordNet().related(word);
  return [...synonyms, ...hypernyms].filter((words) => !words.every(isFiller)).map((words) => ({ words, stems: words.map(stem), credit: RELATED_CREDIT }));
}

/** Words that would match a passage without saying anything about the topic ("take", "go", "set up"). */
function isFiller(word: string): boolean {
  return isCommonVerb(word) || STOPWORDS.has(word) || QUESTION_FRAME_WORDS.has(word);
}

/**
 * The concepts as the person wrote them (and as the synonym map and spelling read them), for the
 * concept weights: a word the handbook lacks keeps the weight of a missing topic whatever its
 * relatives, so a relative found in a passage earns part of that weight and a question about
 * something the handbook lacks still tends to fall below the line. Otherwise the concept would
 * weigh as little as its commonest relative: "policy", which the sample handbook never uses, as
 * little as "line".
 */
export function withoutRelatedWords(concepts: readonly QueryConcept[]): QueryConcept[] {
  return concepts.map((concept) => {
    if (concept.phrases.every((phrase) => phrase.credit === undefined)) return concept;
    return { label: concept.label, phrases: concept.phrases.filter((phrase) => phrase.credit === undefined) };
  });
}
