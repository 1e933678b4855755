/**
 * The first stage's order, without FTS5's bm25(): which of the rare phrases' matches are worth
 * reading in full (rescore.ts does the exact BM25 over every phrase for those).
 *
 * FTS5's bm25() costs about 1.5 µs for each matching row — it counts every phrase's instances in
 * the row and reads the row's size — and, before the first row, walks every phrase's whole doclist
 * for its IDF, common words of the AND clause included. Planning already knows every IDF. Here
 * each part of the candidate query is matched unranked (its rowids only: a fifth of the cost), once
 * over the whole row and once over the headings, and a passage's score is BM25's with what those
 * matches tell: one occurrence in the body, or one in the heading (at the heading column's weight),
 * at the index's average length. That finds the passages holding the most and the rarest of the
 * question's rare words; among the many that tie — the passages that hold the same one rare word —
 * their length decides, as it does in BM25, read for a shortlist only (row-lengths.ts).
 */
import type { AccessParams } from '../store/folder-access.ts';
import type { BM25Weights } from './fts-search.ts';
import type { CandidatePart } from './query-plan.ts';

const K1 = 1.2;
const B = 0.75;
/** Passages whose length is read, per passage kept: enough that ties at the cut are settled by length. */
const SHORTLIST_FACTOR = 5;

export interface CandidateMatches {
  /** Every visible row matching the FTS5 expression, in rowid order, unranked. */
  matchingIds(match: string, access: AccessParams, everyFolderVisible: boolean): number[];
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
  /** Per part, per passage: 0 not matched, 1 in the row, 2 in its heading. */
  marks: Uint8Array[];
  coarse: Float64Array;
}

/** The `wanted` rowids most worth rescoring, best first. */
export function rankCandidates(source: CandidateMatches, input: CandidateRankingInput, wanted: number): number[] {
  const matched = matchParts(source, input);
  // In index order, which is rowid order: topIndexes below relies on it for ties.
  const shortlist = topIndexes(matched.coarse, wanted * SHORTLIST_FACTOR, matched.ids).sort((left, right) => left - right);
  const refined = new Float64Array(shortlist.length);
  shortlist.forEach((index, position) => {
    refined[position] = score(input, matched.marks, index, source.rowLength(matched.ids[index]!));
  });
  const shortIds = Float64Array.from(shortlist, (index) => matched.ids[index]!);
  return topIndexes(refined, wanted, shortIds).map((position) => shortIds[position]!);
}

/**
 * Every part's matches, merged by rowid: each match is one number (rowid × slots + part × 2 +
 * heading), sorted natively, so no map is kept per passage.
 */
function matchParts(source: CandidateMatches, input: CandidateRankingInput): Matched {
  const slots = input.parts.length * 2;
  const keys: number[] = [];
  input.parts.forEach((part, index) => {
    for (const id of source.matchingIds(part.match, input.access, input.everyFolderVisible)) keys.push(id * slots + index * 2);
    // The concepts together are taken as found in the body: their words are common, and walking
    // their doclists again for the heading cost more than it changed (the same passages kept).
    if (part.together) return;
    for (const id of source.matchingIds(`{heading_path} : ${part.match}`, input.access, input.everyFolderVisible)) keys.push(id * slots + index * 2 + 1);
  });
  const sorted = Float64Array.from(keys).sort();
  // At the average length, what a match in the row and one in the heading add: a heading match is
  // also a match in the row, and sorts after it.
  const inRow = input.parts.map((part) => contribution(input, part.gain, 'row', input.averageLength));
  const inHeading = input.parts.map((part, index) => contribution(input, part.gain, 'heading', input.averageLength) - inRow[index]!);
  const ids = new Float64Array(sorted.length);
  const coarse = new Float64Array(sorted.length);
  const marks = input.parts.map(() => new Uint8Array(sorted.length));
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
    const heading = slot & 1;
    marks[part]![passages - 1] = heading ? 2 : 1;
    coarse[passages - 1] = coarse[passages - 1]! + (heading ? inHeading[part]! : inRow[part]!);
  }
  return { ids: ids.subarray(0, passages), marks, coarse: coarse.subarray(0, passages) };
}

/** BM25's term for one occurrence of a part in the row's body or its heading, at the row's length. */
function contribution(input: CandidateRankingInput, gain: number, where: 'row' | 'heading', length: number): number {
  const average = input.averageLength || 1;
  const frequency = where === 'heading' ? input.weights.heading : input.weights.text;
  return (gain * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * (length || average)) / average));
}

/** BM25 of what the matches tell, at the row's length. */
function score(input: CandidateRankingInput, marks: readonly Uint8Array[], index: number, length: number): number {
  let total = 0;
  for (let part = 0; part < input.parts.length; part++) {
    const found = marks[part]![index]!;
    if (found !== 0) total += contribution(input, input.parts[part]!.gain, found === 2 ? 'heading' : 'row', length);
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
