/**
 * Nearest chunks by embedding (sqlite-vec KNN), with the same in-SQL channel restriction as BM25.
 * vec0 cannot filter while it searches, so the KNN asks for a generous `k` and the join drops what
 * the scope may not see; if too little survives, it asks again with the largest `k` sqlite-vec
 * allows. Vectors are unit length, so cosine similarity = 1 − distance² / 2.
 */
import type Database from 'better-sqlite3';
import { ACCESS_SQL, type AccessParams } from '../store/folder-access.ts';
import { VECTOR_TABLE } from '../store/vector-index.ts';

export interface VectorHit {
  chunkId: number;
  /** Cosine similarity, −1..1. */
  similarity: number;
}

/** sqlite-vec rejects larger k values. */
const MAX_K = 4096;

type Row = { chunkId: number; distance: number };

export class VectorSearch {
  private statement: Database.Statement<[Buffer, number, string, string, string, number], Row> | undefined;

  constructor(private readonly sqlite: Database.Database) {}

  search(unitQuery: Float32Array, model: string, access: AccessParams, limit: number): VectorHit[] {
    const blob = Buffer.from(unitQuery.buffer, unitQuery.byteOffset, unitQuery.byteLength);
    const statement = this.prepared();
    let rows = statement.all(blob, Math.min(MAX_K, Math.max(limit * 4, 200)), model, ...access, limit);
    if (rows.length < limit) rows = statement.all(blob, MAX_K, model, ...access, limit);
    return rows.map((row) => ({ chunkId: row.chunkId, similarity: 1 - (row.distance * row.distance) / 2 }));
  }

  /** Prepared on first use: the vec0 table only exists once something has been embedded. */
  private prepared(): Database.Statement<[Buffer, number, string, string, string, number], Row> {
    this.statement ??= this.sqlite.prepare(`
      SELECT v.chunk_id AS chunkId, v.distance AS distance
      FROM (SELECT chunk_id, distance FROM ${VECTOR_TABLE} WHERE embedding MATCH ? AND k = ?) v
      JOIN knowledge_chunks c ON c.id = v.chunk_id
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE c.embedding_model = ? AND ${ACCESS_SQL}
      ORDER BY v.distance LIMIT ?`);
    return this.statement;
  }
}
