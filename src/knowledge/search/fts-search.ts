/**
 * The FTS5 index's matches, with channel restrictions applied in the same SQL statement (restricted
 * chunks never leave the database). Nothing here calls FTS5's bm25(): planning knows every phrase's
 * IDF already, and candidate-ranking.ts and rescore.ts compute BM25 for the few passages that need
 * it, where bm25() scored every match and walked every phrase's doclist first.
 */
import type Database from 'better-sqlite3';
import { ACCESS_SQL, type AccessParams } from '../store/folder-access.ts';
import type { CandidateMatches } from './candidate-ranking.ts';
import { PhraseStatistics } from './phrase-statistics.ts';
import { RowLengths } from './row-lengths.ts';

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

export class FtsSearch implements CandidateMatches {
  private readonly unranked: Database.Statement<[string, string, string, number], number>;
  private readonly unrankedEverywhere: Database.Statement<[string, number], number>;
  private readonly occurrences: Database.Statement<[string], number>;
  private readonly lengths: RowLengths;
  /** Phrase row counts and index size, for planning the two-stage query (query-plan.ts). */
  readonly statistics: PhraseStatistics;

  constructor(sqlite: Database.Database, readonly weights: BM25Weights = DEFAULT_BM25_WEIGHTS) {
    this.statistics = new PhraseStatistics(sqlite);
    this.lengths = new RowLengths(sqlite);
    // Created here, outside any transaction: one rolled back by a failed question would drop it
    // from under the prepared statement.
    sqlite.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.knowledge_occurrences USING fts5vocab(main, 'knowledge_chunks_fts', 'instance')");
    this.occurrences = sqlite
      .prepare<[string], number>("SELECT doc * 2 + (col = 'heading_path') FROM temp.knowledge_occurrences WHERE term = ?")
      .pluck();
    // Rowids alone, as plain numbers: a row object per match cost more than FTS5's match itself.
    this.unranked = sqlite
      .prepare<[string, string, string, number], number>(`
        SELECT c.id FROM knowledge_chunks_fts
        JOIN knowledge_chunks c ON c.id = knowledge_chunks_fts.rowid
        JOIN knowledge_documents d ON d.id = c.document_id
        WHERE knowledge_chunks_fts MATCH ? AND ${ACCESS_SQL}
        LIMIT ?`)
      .pluck();
    // Triggers keep the index row for row with the chunks, and every chunk has its document: for a
    // scope that sees every folder the join above keeps every match, and on a small index it cost
    // as much as the match itself.
    this.unrankedEverywhere = sqlite.prepare<[string, number], number>('SELECT rowid FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH ? LIMIT ?').pluck();
  }

  /**
   * Every visible match, when there are at most `limit`; undefined when there are more. A caller
   * that ranks its candidates itself needs no order when it takes them all. `everyFolderVisible`:
   * no folder is hidden from the scope (TermStatistics.seesEverything), so no match needs the
   * access check.
   */
  allMatches(match: string, access: AccessParams, limit: number, everyFolderVisible = false): number[] | undefined {
    const ids = this.matches(match, access, limit + 1, everyFolderVisible);
    return ids.length <= limit ? ids : undefined;
  }

  /** Every visible match, unranked (candidate-ranking.ts ranks them). */
  matchingIds(match: string, access: AccessParams, everyFolderVisible = false): number[] {
    return this.matches(match, access, -1, everyFolderVisible);
  }

  /**
   * Every occurrence of an index term in the whole index, as rowid × 2 + 1 in the heading path, + 0
   * in the text: FTS5's vocabulary reads the term's doclist once, positions and all. Hidden folders
   * included — for scopes that see every folder only.
   */
  termOccurrences(term: string): number[] {
    return this.occurrences.all(term);
  }

  /** The row's token count in FTS5, all columns, as of the last statistics.refresh(). */
  rowLength(rowid: number): number {
    return this.lengths.of(rowid, this.statistics.version);
  }

  /** `limit` -1: no limit, as SQLite reads it. */
  private matches(match: string, access: AccessParams, limit: number, everyFolderVisible: boolean): number[] {
    return everyFolderVisible ? this.unrankedEverywhere.all(match, limit) : this.unranked.all(match, ...access, limit);
  }
}
