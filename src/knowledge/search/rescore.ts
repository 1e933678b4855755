/**
 * The second stage of the lexical search: FTS5's own BM25 formula (k1 = 1.2, b = 0.75, column
 * weights, whole-row length normalisation, floored IDF), computed here for the few candidates the
 * rare phrases found, over every phrase of the question. Doing it in JavaScript is what lets common
 * words rank candidates without FTS5 visiting every passage that contains them.
 */
import type { ChunkDetails } from './chunk-details.ts';
import type { BM25Weights, RankedHit } from './fts-search.ts';
import { memoByText } from './passage-memo.ts';
import type { QueryPlan } from './query-plan.ts';
import { stem } from './stemmer.ts';
import { words } from './tokenize.ts';

const ASCII_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

const K1 = 1.2;
const B = 0.75;

export function rescore(candidates: readonly ChunkDetails[], plan: QueryPlan, weights: BM25Weights): RankedHit[] {
  const averageLength = plan.totals.averageLength || 1;
  const hits = candidates.map((chunk) => {
    const heading = passageStems(chunk.heading);
    const text = passageStems(chunk.text, chunk.chunkId);
    const lengthNorm = K1 * (1 - B + (B * (heading.tokens.length + text.tokens.length)) / averageLength);
    let score = 0;
    for (const entry of plan.scoring) {
      const frequency = weights.heading * occurrences(heading, entry.phrase.stems) + weights.text * occurrences(text, entry.phrase.stems);
      if (frequency > 0) score += entry.weight * entry.idf * ((frequency * (K1 + 1)) / (frequency + lengthNorm));
    }
    return { chunkId: chunk.chunkId, score };
  });
  return hits.sort((left, right) => right.score - left.score || left.chunkId - right.chunkId);
}

/** A passage's stems in order, and where each stem occurs. */
interface StemmedPassage {
  tokens: readonly string[];
  positions: ReadonlyMap<string, readonly number[]>;
}

/** Passages whose stems are kept between questions (passage-memo.ts). */
const PASSAGE_MEMO_LIMIT = 4_096;
const passageStems = memoByText(PASSAGE_MEMO_LIMIT, stemmedPassage);

function stemmedPassage(text: string): StemmedPassage {
  // Most passages are ASCII: lower-casing is then all the folding unicode61 does, and cheaper.
  const tokens = (NON_ASCII.test(text) ? words(text) : (text.toLowerCase().match(ASCII_WORD) ?? [])).map(stem);
  // Where each stem occurs, once per passage: a question looks up only its phrases' first stems.
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = positions.get(token);
    if (list) list.push(index);
    else positions.set(token, [index]);
  });
  return { tokens, positions };
}

/** How often the phrase's stems occur consecutively. */
function occurrences({ tokens, positions }: StemmedPassage, phrase: readonly string[]): number {
  const first = phrase[0];
  const candidates = first === undefined ? undefined : positions.get(first);
  if (!candidates) return 0;
  if (phrase.length === 1) return candidates.length;
  return candidates.filter((index) => phrase.every((part, offset) => tokens[index + offset] === part)).length;
}
