/**
 * The first stage's order, without FTS5's bm25(): which of the rare phrases' matches are worth
 * reading in full (rescore.ts does the exact BM25 over every phrase for those).
 *
 * FTS5's bm25() costs about 1.5 µs for each matching row — it counts every phrase's instances in
 * the row and reads the row's size — and, before the first row, walks every phrase's whole doclist
 * for its IDF, common words of the AND clause included. Planning already knows every IDF. Here a
 * one-word part brings its occurrences from FTS5's vocabulary, in the heading or the body, so a
 * passage that repeats the word counts it as BM25 does; any other part (a phrase, the concepts
 * together, any part for a scope that some folder is hidden from) is matched unranked, rowids only,
 * once over the row and once over the headings, and counts as one occurrence. Each passage scores
 * BM25 over those occurrences at the index's average length; the best few hundred are scored again
 * at their own length (row-lengths.ts), and the best of those go on.
 */
import type { AccessParams } from '../store/folder-access.ts';
import type { BM25Weights } from './fts-search.ts';
import type { CandidatePart } from './query-plan.ts';

const K1 = 1.2;
const B = 0.75;
/** Passages whose length is read, per passage kept: the ones whose place can change once their length is known. */
const SHORTLIST_FACTOR = 5;

export interface CandidateMatches {
  /** Every visible row matching the FTS5 expression, unranked. */
  matchingIds(match: string, access: AccessParams, everyFolderVisible: boolean): number[];
  /** Every occurrence of an index term in the whole index, as rowid × 2 + 1 in a heading, + 0 in the body. */
  termOccurrences(term: string): number[];
  /** The row's token count, all columns (0 when unknown). */
  rowLength(rowid: number): number;
}

export interface CandidateRankingInput {
  parts: readonly CandidatePart[];
  /** Column weights, as FTS5's bm25() and rescore.ts apply them. */
  weights: BM25Weights;
  averageLength: number;
  access: AccessParams;
  everyFolderVisible: boolean;
}

interface Matched {
  ids: Float64Array;
  /** Per part, per passage: occurrences in the body and in the heading (capped at 255). */
  body: Uint8Array[];
  heading: Uint8Array[];
  coarse: Float64Array;
}

/** The `wanted` rowids most worth rescoring, best first. */
export function rankCandidates(source: CandidateMatches, input: CandidateRankingInput, wanted: number): number[] {
  const matched = matchParts(source, input);
  // In index order, which is rowid order: topIndexes below relies on it for ties.
  const shortlist = topIndexes(matched.coarse, wanted * SHORTLIST_FACTOR, matched.ids).sort((left, right) => left - right);
  const refined = new Float64Array(shortlist.length);
  shortlist.forEach((index, position) => {
    refined[position] = score(input, matched, index, source.rowLength(matched.ids[index]!));
  });
  const shortIds = Float64Array.from(shortlist, (index) => matched.ids[index]!);
  return topIndexes(refined, wanted, shortIds).map((position) => shortIds[position]!);
}

/**
 * Every part's matches, merged by rowid: each match is one number (rowid × slots + part × 2 +
 * heading), sorted natively, so no map is kept per passage. A one-word part seen by every folder
 * brings each of its occurrences (FTS5's vocabulary, one walk of the word's doclist), so a passage
 * that repeats the word counts it as BM25 does; any other part brings one match per passage over
 * the row and one over the headings.
 */
function matchParts(source: CandidateMatches, input: CandidateRankingInput): Matched {
  const slots = input.parts.length * 2;
  const keys: number[] = [];
  const counted = input.parts.map((part) => part.term !== undefined && input.everyFolderVisible);
  input.parts.forEach((part, index) => {
    if (counted[index]) {
      for (const occurrence of source.termOccurrences(part.term!)) keys.push(Math.floor(occurrence / 2) * slots + index * 2 + (occurrence % 2));
      return;
    }
    for (const id of source.matchingIds(part.match, input.access, input.everyFolderVisible)) keys.push(id * slots + index * 2);
    // The concepts together are taken as found in the body: their words are common, and walking
    // their doclists again for the heading cost more than it changed (the same passages kept).
    if (part.together) return;
    for (const id of source.matchingIds(`{heading_path} : ${part.match}`, input.access, input.everyFolderVisible)) keys.push(id * slots + index * 2 + 1);
  });
  const sorted = Float64Array.from(keys).sort();
  const ids = new Float64Array(sorted.length);
  const body = input.parts.map(() => new Uint8Array(sorted.length));
  const heading = input.parts.map(() => new Uint8Array(sorted.length));
  let passages = 0;
  let id = -1;
  for (const key of sorted) {
    const keyId = Math.floor(key / slots);
    if (keyId !== id) {
      id = keyId;
      ids[passages++] = id;
    }
    const slot = key - id * slots;
    const part = slot >> 1;
    const at = passages - 1;
    if (counted[part]) {
      const column = slot & 1 ? heading[part]! : body[part]!;
      column[at] = Math.min(255, column[at]! + 1);
    } else if (slot & 1) {
      // A match over the row that is also a match over the headings (it sorts after it) was the heading's.
      heading[part]![at] = 1;
      body[part]![at] = 0;
    } else body[part]![at] = 1;
  }
  const matched = { ids: ids.subarray(0, passages), body, heading, coarse: new Float64Array(passages) };
  for (let index = 0; index < passages; index++) matched.coarse[index] = score(input, matched, index, input.averageLength);
  return matched;
}

/** BM25 over the parts, with the occurrences the matches tell, at the row's length. */
function score(input: CandidateRankingInput, matched: Matched, index: number, length: number): number {
  const average = input.averageLength || 1;
  const norm = K1 * (1 - B + (B * (length || average)) / average);
  let total = 0;
  for (let part = 0; part < input.parts.length; part++) {
    const frequency = input.weights.text * matched.body[part]![index]! + input.weights.heading * matched.heading[part]![index]!;
    if (frequency > 0) total += (input.parts[part]!.gain * frequency * (K1 + 1)) / (frequency + norm);
  }
  return total;
}

/**
 * Indexes of the `count` highest values, highest first, ties by the lower id. `ids` ascend with the
 * index, so of the many passages that tie at the cut, the first in index order are the ones kept,
 * and only `count` are sorted.
 */
function topIndexes(values: Float64Array, count: number, ids: Float64Array): number[] {
  const byValue = (left: number, right: number) => values[right]! - values[left]! || ids[left]! - ids[right]!;
  if (values.length <= count) return Array.from(values.keys()).sort(byValue);
  const cutoff = Float64Array.from(values).sort()[values.length - count]!;
  const above: number[] = [];
  const atCut: number[] = [];
  for (let index = 0; index < values.length; index++) {
    if (values[index]! > cutoff) above.push(index);
    else if (values[index] === cutoff && atCut.length < count) atCut.push(index);
  }
  return [...above, ...atCut.slice(0, count - above.length)].sort(byValue);
}
