/**
 * How much of a question a passage answers, weighted by how informative each word is.
 *
 * Each query concept weighs its inverse document frequency over the visible index (BM25's idf):
 * "travel" in a handbook where few passages mention it weighs a lot, "policy" or "days", which
 * are everywhere, weigh little — so two common words co-occurring by chance are weak evidence,
 * and one rare word in the page's title is strong. A concept the visible index never contains
 * cannot be matched by any passage; it weighs as much as the rarest possible word: a question
 * about something the handbook lacks ("the office *dog*", "the holiday *party*") is made of such
 * words. An everyday verb the index lacks ("*feeling* awful", "i *think* checkout is down") says
 * what happened rather than what the question is about, and weighs half that (common-verbs.ts).
 * The filler of chat ("or *whatever*", "*ok*", "what does X *mean*") and words used only as adverbs
 * ("*instead*", "*ago*") are not a topic either way and weigh little, present or not (frame-words.ts).
 *
 * coverage   — the weighted share of the question's concepts that the passage contains;
 * titleShare — the weighted share found in the passage's title or heading path, where a match
 *              says what the whole section is about.
 * Both are also read for a whole page (pageEvidence): a question's words often sit in the page's
 * title and in one of its sections ("*travel* policy for *international* trips").
 */
import { isCommonVerb } from './common-verbs.ts';
import { isEnglishWord } from './english-words.ts';
import { memoByText } from './passage-memo.ts';
import { isFrameWord } from './frame-words.ts';
import type { QueryConcept } from './query-terms.ts';
import { stem } from './stemmer.ts';
import type { ConceptFrequencies } from './term-statistics.ts';
import { words } from './tokenize.ts';

export interface PassageText {
  title: string;
  heading: string;
  text: string;
}

export interface PassageEvidence {
  coverage: number;
  titleShare: number;
  /** Ranking score: coverage, plus a bonus for title and heading matches. */
  score: number;
  /** Per concept, in query order: how strongly the passage holds it anywhere, and in its title or headings (0..1). */
  strengths: { anywhere: number[]; titled: number[] };
}

const ABSENT_WEIGHT_SHARE = 1;
export const PART_CREDIT = 0.5;
const UNKNOWN_WORD_SHARE = 1 / 3;
const ABSENT_VERB_SHARE = 0.5;
/** A question's frame weighs what a word that is not English does: little. */
const FRAME_WORD_SHARE = ABSENT_WEIGHT_SHARE * UNKNOWN_WORD_SHARE * 0.5;
/** A title/heading match counts this much extra (on top of counting for coverage). */
export const TITLE_BONUS = 0.5;

/**
 * Weight of each concept: BM25's idf, with the absent-concept rule above. An absent word that is
 * not ordinary English — a colleague's name ("ask Tomasz Kowalski…"), a product code, a typo with
 * no near match — says little about the topic and weighs a third of that.
 */
export function conceptWeights(statistics: ConceptFrequencies, concepts?: readonly QueryConcept[]): number[] {
  const total = Math.max(1, statistics.total);
  const idf = (frequency: number) => Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
  return statistics.frequencies.map((frequency, index) => {
    const words = concepts?.[index]?.phrases[0]?.words ?? [];
    if (words.length === 1 && isFrameWord(words[0]!)) return Math.min(idf(frequency), FRAME_WORD_SHARE * idf(0));
    if (frequency > 0) return idf(frequency);
    const ordinary = words.length === 0 || words.every((word) => isEnglishWord(word));
    if (!ordinary) return ABSENT_WEIGHT_SHARE * idf(0) * UNKNOWN_WORD_SHARE;
    return ABSENT_WEIGHT_SHARE * idf(0) * (words.length === 1 && isCommonVerb(words[0]!) ? ABSENT_VERB_SHARE : 1);
  });
}

export function passageEvidence(concepts: readonly QueryConcept[], weights: readonly number[], passage: PassageText): PassageEvidence {
  return evidenceFor(concepts, weights)(passage);
}

/** passageEvidence for many passages of one question: what the question looks for is worked out once. */
export function evidenceFor(concepts: readonly QueryConcept[], weights: readonly number[]): (passage: PassageText) => PassageEvidence {
  const wanted = leadingPairs(concepts);
  const sum = weightSum(weights);
  return (passage) => {
    const titleStems = stemSet(`${passage.title}\n${passage.heading}`, wanted);
    const bodyStems = stemSet(passage.text, wanted);
    const titled = concepts.map((concept) => strength(concept, titleStems));
    const anywhere = concepts.map((concept, index) => Math.max(titled[index]!, strength(concept, bodyStems)));
    return weigh(weights, { anywhere, titled }, sum);
  };
}

/**
 * The evidence of several passages of one page taken together: each concept counts where the page
 * holds it best. Passages are those of the same document among the candidates.
 */
export function pageEvidence(weights: readonly number[], passages: readonly PassageEvidence[]): PassageEvidence {
  const best = (pick: (evidence: PassageEvidence) => number[]) => weights.map((_, index) => Math.max(0, ...passages.map((evidence) => pick(evidence)[index] ?? 0)));
  return weigh(weights, { anywhere: best((evidence) => evidence.strengths.anywhere), titled: best((evidence) => evidence.strengths.titled) });
}

function weightSum(weights: readonly number[]): number {
  return weights.reduce((total, weight) => total + weight, 0);
}

function weigh(weights: readonly number[], strengths: PassageEvidence['strengths'], sum: number = weightSum(weights)): PassageEvidence {
  if (weights.length === 0 || sum <= 0) return { coverage: 0, titleShare: 0, score: 0, strengths };
  const share = (values: readonly number[]) => values.reduce((total, value, index) => total + value * (weights[index] ?? 0), 0) / sum;
  const coverage = share(strengths.anywhere);
  const titleShare = share(strengths.titled);
  return { coverage, titleShare, score: coverage + TITLE_BONUS * titleShare, strengths };
}

/**
 * 1 when the passage holds the concept or one of its synonyms; PART_CREDIT when it holds only one
 * word of a multi-word concept ("health" of "health insurance"); a related word's credit when it
 * holds only that (related-words.ts); 0 otherwise.
 */
function strength(concept: QueryConcept, stems: ReadonlySet<string>): number {
  const own = concept.phrases[0]?.stems ?? [];
  let best = 0;
  for (const phrase of concept.phrases) {
    if (phrase.stems.length === 0 || !phrase.stems.every((part) => stems.has(part))) continue;
    const partOfOwn = own.length > 1 && phrase.stems.length < own.length && phrase.stems.every((part) => own.includes(part));
    best = Math.max(best, partOfOwn ? PART_CREDIT : (phrase.credit ?? 1));
    if (best === 1) break;
  }
  return best;
}

/**
 * Porter stemming only ever rewrites the end of a word, never its first two letters, so a passage
 * word can only match a query stem that starts the same way: the others are not stemmed at all.
 */
function leadingPairs(concepts: readonly QueryConcept[]): Set<string> {
  return new Set(concepts.flatMap((concept) => concept.phrases.flatMap((phrase) => phrase.stems.map((part) => part.slice(0, 2)))));
}

function stemSet(text: string, wanted: ReadonlySet<string>): Set<string> {
  const stems = new Set<string>();
  for (const { word, leading } of distinctWords(text)) if (wanted.has(leading)) stems.add(stem(word));
  return stems;
}

/** Passages whose words are kept between questions: a few thousand, a few hundred kilobytes. */
const PASSAGE_MEMO_LIMIT = 4_096;

/** Each distinct word of a passage once, with its leading pair (only the wanted ones are stemmed). */
const distinctWords = memoByText(PASSAGE_MEMO_LIMIT, (text) => [...new Set(words(text))].map((word) => ({ word, leading: word.slice(0, 2) })));
