/**
 * How common a search phrase is in the index, and the index's size — what BM25's IDF is made of —
 * read cheaply enough to ask before every query.
 *
 * - Rows and total tokens come from FTS5's own "averages" record (one small row), so they are
 *   exact and cost no table scan. With the highest chunk id it tells when cached counts are stale
 *   (common-terms.ts's indexVersion).
 * - A phrase's row count is counted in FTS5 (its doclist in rowid order, no ranking) up to
 *   EXACT_UP_TO rows. A commoner phrase is estimated from how far into the rowid range those rows
 *   reach (rows are spread over the range, so the density extrapolates; ~3 % error at 1,000 rows):
 *   counting "team" in 100k passages exactly would cost more than the whole query. Counts are
 *   cached until the index changes.
 */
import type Database from 'better-sqlite3';
import { INDEX_STATE_SQL, versionOf } from '../store/common-terms.ts';
import { readVarint, sumOfVarints } from './sqlite-varint.ts';
import type { Phrase } from './synonyms.ts';

export interface IndexTotals {
  rows: number;
  /** Average tokens per row, all columns together (FTS5's bm25 normalises by the whole row). */
  averageLength: number;
}

const EMPTY: IndexTotals = { rows: 0, averageLength: 0 };
/** A busy bot meets new words forever; the cache is a convenience, not a second index. */
const MAX_CACHED_PHRASES = 50_000;
export const EXACT_UP_TO = 1_000;

/** What planning a query reads: the index's size, and how many rows hold a phrase. */
export interface PhraseCounts {
  refresh(): IndexTotals;
  rowsContaining(phrase: Phrase): number;
}

export class PhraseStatistics implements PhraseCounts {
  private readonly state: Database.Statement<[], { block: Buffer | null; last: number | null }>;
  private readonly counter: Database.Statement<[string, number], { rows: number; last: number | null }>;
  private readonly rowAfterExact: Database.Statement<[string, number], number>;
  private readonly rowidRange: Database.Statement<[], { first: number | null; last: number | null }>;
  private range = { first: 0, last: 0 };
  private indexVersion: string | undefined;
  private totals: IndexTotals = EMPTY;
  private readonly counts = new Map<string, number>();

  constructor(sqlite: Database.Database) {
    this.state = sqlite.prepare(INDEX_STATE_SQL);
    this.counter = sqlite.prepare('SELECT count(*) AS rows, max(rowid) AS last FROM (SELECT rowid FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH ? LIMIT ?)');
    this.rowAfterExact = sqlite.prepare<[string, number], number>('SELECT rowid FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH ? LIMIT 1 OFFSET ?').pluck();
    this.rowidRange = sqlite.prepare('SELECT min(id) AS first, max(id) AS last FROM knowledge_chunks');
  }

  /** Reads the index's size; call once per query, before rowsContaining. */
  refresh(): IndexTotals {
    const state = this.state.get();
    const block = state?.block ?? null;
    const version = versionOf(block, state?.last ?? null);
    if (version !== this.indexVersion) {
      this.indexVersion = version;
      this.counts.clear();
      this.totals = block ? decodeAverages(block) : EMPTY;
      const range = this.rowidRange.get();
      this.range = { first: range?.first ?? 0, last: range?.last ?? 0 };
    }
    return this.totals;
  }

  /** The index as last refreshed (common-terms.ts's indexVersion): changes whenever a row does. */
  get version(): string {
    return this.indexVersion ?? '';
  }

  /** Rows containing the phrase: exact up to EXACT_UP_TO, estimated beyond. */
  rowsContaining(phrase: Phrase): number {
    return this.remembered(phrase, () => this.count(phrase));
  }

  /**
   * rowsContaining for a phrase the caller knows to be in more than EXACT_UP_TO rows (a word's
   * count from FTS5's vocabulary): the same estimate, read from the one row it rests on instead of
   * counting the rows before it (about half the time for a common word).
   */
  rowsContainingMoreThanExact(phrase: Phrase): number {
    return this.remembered(phrase, () => {
      const last = this.rowAfterExact.get(quotePhrase(phrase), EXACT_UP_TO);
      return last === undefined ? this.count(phrase) : this.estimate(EXACT_UP_TO + 1, last);
    });
  }

  private remembered(phrase: Phrase, compute: () => number): number {
    const key = phrase.words.join(' ');
    const cached = this.counts.get(key);
    if (cached !== undefined) return cached;
    const rows = key === '' || this.totals.rows === 0 ? 0 : compute();
    if (this.counts.size >= MAX_CACHED_PHRASES) this.counts.clear();
    this.counts.set(key, rows);
    return rows;
  }

  private count(phrase: Phrase): number {
    const counted = this.counter.get(quotePhrase(phrase), EXACT_UP_TO + 1);
    if (!counted || counted.rows <= EXACT_UP_TO || counted.last === null) return counted?.rows ?? 0;
    return this.estimate(counted.rows, counted.last);
  }

  /** Rows are spread over the rowid range: `rows` of them up to rowid `last` extrapolate to the whole range. */
  private estimate(rows: number, last: number): number {
    const seen = last - this.range.first + 1;
    const span = this.range.last - this.range.first + 1;
    return Math.min(this.totals.rows, Math.round((rows * span) / Math.max(seen, 1)));
  }
}

/** FTS5's bm25 IDF, floored as FTS5 floors it. */
export function inverseDocumentFrequency(rowsWithPhrase: number, rows: number): number {
  const idf = Math.log((rows - rowsWithPhrase + 0.5) / (rowsWithPhrase + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/** Every word in double quotes: nothing a person types can change the query's syntax. */
export function quotePhrase(phrase: Phrase): string {
  return `"${phrase.words.join(' ').replace(/"/g, '""')}"`;
}

/** The averages record: varint row count, then one varint token total per column. */
function decodeAverages(block: Buffer): IndexTotals {
  const rows = readVarint(block, 0);
  const tokens = sumOfVarints(block, rows.length);
  return { rows: rows.value, averageLength: rows.value === 0 ? 0 : tokens / rows.value };
}
