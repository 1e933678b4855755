/**
 * BM25 over the FTS5 index, with channel restrictions applied in the same SQL statement (restricted
 * chunks never leave the database). FTS5's bm25() is lower-is-better; hits are returned with the
 * score negated so that, everywhere else, higher is better.
 *
 * Speed: the inner query ranks the best `pool` matches by BM25 alone, and only those are joined to
 * their documents for the access check — joining every match of a common word costs more than the
 * ranking itself at 100k chunks. If the access check leaves too few, the query runs again with the
 * join over all matches, so a scope that sees only a small restricted corner still gets its best hits.
 */
import type Database from 'better-sqlite3';
import { ACCESS_SQL, type AccessParams } from '../store/folder-access.ts';
import { PhraseStatistics } from './phrase-statistics.ts';

export interface RankedHit {
  chunkId: number;
  /** Higher is better. */
  score: number;
}

export interface BM25Weights {
  /** Weight of the heading path column: a word in "Expenses > Travel" says more than one in the body. */
  heading: number;
  text: number;
}

export const DEFAULT_BM25_WEIGHTS: BM25Weights = { heading: 3, text: 1 };

type Row = { chunkId: number; rank: number };

export class FtsSearch {
  private readonly pooled: Database.Statement<[number, number, string, number, string, string, number], Row>;
  private readonly exhaustive: Database.Statement<[number, number, string, string, string, number], Row>;
  private readonly rankedEverywhere: Database.Statement<[number, number, string, number], Row>;
  private readonly unranked: Database.Statement<[string, string, string, number], { chunkId: number }>;
  private readonly unrankedEverywhere: Database.Statement<[string, number], { chunkId: number }>;
  /** Phrase row counts and index size, for planning the two-stage query (query-plan.ts). */
  readonly statistics: PhraseStatistics;

  constructor(sqlite: Database.Database, readonly weights: BM25Weights = DEFAULT_BM25_WEIGHTS) {
    this.statistics = new PhraseStatistics(sqlite);
    this.pooled = sqlite.prepare(`
      SELECT f.id AS chunkId, f.rank AS rank
      FROM (SELECT rowid AS id, bm25(knowledge_chunks_fts, ?, ?) AS rank FROM knowledge_chunks_fts
            WHERE knowledge_chunks_fts MATCH ? ORDER BY rank LIMIT ?) f
      JOIN knowledge_chunks c ON c.id = f.id
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE ${ACCESS_SQL}
      ORDER BY f.rank LIMIT ?`);
    this.exhaustive = sqlite.prepare(`
      SELECT knowledge_chunks_fts.rowid AS chunkId, bm25(knowledge_chunks_fts, ?, ?) AS rank
      FROM knowledge_chunks_fts
      JOIN knowledge_chunks c ON c.id = knowledge_chunks_fts.rowid
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE knowledge_chunks_fts MATCH ? AND ${ACCESS_SQL}
      ORDER BY rank LIMIT ?`);
    // A scope that sees every folder needs no access check (see unrankedEverywhere below): FTS5
    // ranks straight to the limit, without the pool and the join, a fifth of the query at 100k chunks.
    this.rankedEverywhere = sqlite.prepare(`
      SELECT rowid AS chunkId, bm25(knowledge_chunks_fts, ?, ?) AS rank FROM knowledge_chunks_fts
      WHERE knowledge_chunks_fts MATCH ? ORDER BY rank LIMIT ?`);
    this.unranked = sqlite.prepare(`
      SELECT c.id AS chunkId
      FROM knowledge_chunks_fts
      JOIN knowledge_chunks c ON c.id = knowledge_chunks_fts.rowid
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE knowledge_chunks_fts MATCH ? AND ${ACCESS_SQL}
      LIMIT ?`);
    // Triggers keep the index row for row with the chunks, and every chunk has its document: for a
    // scope that sees every folder the join above keeps every match, and on a small index it cost
    // as much as the match itself.
    this.unrankedEverywhere = sqlite.prepare('SELECT rowid AS chunkId FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH ? LIMIT ?');
  }

  /**
   * Every visible match, when there are at most `limit`; undefined when there are more. A caller
   * that ranks its candidates itself needs no order when it takes them all, and FTS5's bm25 costs
   * several times the match itself. `everyFolderVisible`: no folder is hidden from the scope
   * (TermStatistics.seesEverything), so no match needs the access check.
   */
  allMatches(match: string, access: AccessParams, limit: number, everyFolderVisible = false): number[] | undefined {
    const rows = everyFolderVisible ? this.unrankedEverywhere.all(match, limit + 1) : this.unranked.all(match, ...access, limit + 1);
    return rows.length <= limit ? rows.map((row) => row.chunkId) : undefined;
  }

  /** The best `limit` visible matches by BM25; `everyFolderVisible` as for allMatches. */
  search(match: string, access: AccessParams, limit: number, everyFolderVisible = false): RankedHit[] {
    const { heading, text } = this.weights;
    return (everyFolderVisible ? this.rankedEverywhere.all(heading, text, match, limit) : this.searchVisible(match, access, limit)).map((row) => ({ chunkId: row.chunkId, score: -row.rank }));
  }

  private searchVisible(match: string, access: AccessParams, limit: number): Row[] {
    const pool = Math.max(limit * 4, 200);
    const { heading, text } = this.weights;
    const rows = this.pooled.all(heading, text, match, pool, ...access, limit);
    return rows.length < limit ? this.exhaustive.all(heading, text, match, ...access, limit) : rows;
  }
}
