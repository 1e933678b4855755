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
import { isFrameWord } from './frame-words.ts';
import { questionTerms, type PassageTerms, type QuestionTerms } from './passage-terms.ts';
import type { QueryConcept } from './query-terms.ts';
import type { ConceptFrequencies } from './term-statistics.ts';

export interface PassageText {
  /** The passage's id, when it has one: its work is then kept by id (passage-memo.ts). */
  chunkId?: number;
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

/**
 * passageEvidence for many passages of one question: what the question looks for is worked out
 * once. `terms`: the question's passage records when an earlier stage read the same passages
 * (rescore.ts); it must know every stem of the concepts.
 */
export function evidenceFor(concepts: readonly QueryConcept[], weights: readonly number[], terms?: QuestionTerms): (passage: PassageText) => PassageEvidence {
  const wanted = leadingPairs(concepts);
  const ways = concepts.map(waysToHold);
  const sum = weightSum(weights);
  const read = terms ?? questionTerms({ concepts, scoring: [] });
  return (passage) => {
    // The title and the heading path are read apart: no word runs across the line between them.
    const title = [read.of(passage.title), read.of(passage.heading)];
    const body = [read.of(passage.text, passage.chunkId)];
    const titled: number[] = [];
    const anywhere: number[] = [];
    for (const conceptWays of ways) {
      const inTitle = strength(conceptWays, title, wanted);
      titled.push(inTitle);
      anywhere.push(Math.max(inTitle, strength(conceptWays, body, wanted)));
    }
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
  const coverage = weightedShare(strengths.anywhere, weights, sum);
  const titleShare = weightedShare(strengths.titled, weights, sum);
  return { coverage, titleShare, score: coverage + TITLE_BONUS * titleShare, strengths };
}

function weightedShare(values: readonly number[], weights: readonly number[], sum: number): number {
  let total = 0;
  for (let index = 0; index < values.length; index++) total += values[index]! * (weights[index] ?? 0);
  return total / sum;
}

/** One way a passage can hold a concept: all these stems, for this much credit. */
interface WayToHold {
  stems: readonly string[];
  credit: number;
}

/**
 * The concept's phrases in order, each with what holding it is worth: 1 for the concept or one of
 * its synonyms; PART_CREDIT for only one word of a multi-word concept ("health" of "health
 * insurance"); a related word's credit for only that (related-words.ts).
 */
function waysToHold(concept: QueryConcept): WayToHold[] {
  const own = concept.phrases[0]?.stems ?? [];
  return concept.phrases
    .filter((phrase) => phrase.stems.length > 0)
    .map((phrase) => {
      const partOfOwn = own.length > 1 && phrase.stems.length < own.length && phrase.stems.every((part) => own.includes(part));
      return { stems: phrase.stems, credit: partOfOwn ? PART_CREDIT : (phrase.credit ?? 1) };
    });
}

/** The best credit among the ways the passage holds the concept; 0 when it holds none. */
function strength(ways: readonly WayToHold[], parts: readonly PassageTerms[], wanted: ReadonlySet<string>): number {
  let best = 0;
  for (const way of ways) {
    if (!holdsAll(parts, way.stems, wanted)) continue;
    best = Math.max(best, way.credit);
    if (best === 1) break;
  }
  return best;
}

/**
 * Porter stemming only ever rewrites the end of a word, never its first two letters, so a passage
 * word can only match a query stem that starts the same way: the others do not count.
 */
function leadingPairs(concepts: readonly QueryConcept[]): Set<string> {
  return new Set(concepts.flatMap((concept) => concept.phrases.flatMap((phrase) => phrase.stems.map((part) => part.slice(0, 2)))));
}

/** Whether the passage (its parts together) holds every stem, each through a word whose leading pair the question looks for. */
function holdsAll(parts: readonly PassageTerms[], stems: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const part of stems) if (!parts.some((terms) => heldThroughWanted(terms.stems.get(part)?.leadings, wanted))) return false;
  return true;
}

function heldThroughWanted(leadings: readonly string[] | undefined, wanted: ReadonlySet<string>): boolean {
  if (leadings === undefined) return false;
  for (const leading of leadings) if (wanted.has(leading)) return true;
  return false;
}
