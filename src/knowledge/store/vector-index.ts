/**
 * The sqlite-vec table of chunk embeddings. Its dimension is fixed at creation and only known once
 * the embedding model has answered, so it is created at run time; the model and dimension are
 * recorded in `knowledge_meta`, and a different model or dimension drops the table and marks every
 * chunk as not embedded (vectors from two models are not comparable). Vectors are stored
 * L2-normalised, so the L2 distance sqlite-vec returns maps straight to cosine similarity.
 */
import type Database from 'better-sqlite3';
import type { KnowledgeMeta } from './meta.ts';

export const VECTOR_TABLE = 'knowledge_chunk_vectors';

export interface VectorSpace {
  model: string;
  dimension: number;
}

export class VectorIndex {
  /** Prepared lazily: the table may not exist yet, and it is re-created when the model changes. */
  private statements: { insert: Database.Statement; remove: Database.Statement } | undefined;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly meta: KnowledgeMeta,
    /** False when sqlite-vec did not load: every method then does nothing. */
    readonly available: boolean,
  ) {}

  /** Asked on every question (through space()): prepared once. */
  private tableLookup: Database.Statement<[string]> | undefined;

  exists(): boolean {
    if (!this.available) return false;
    this.tableLookup ??= this.sqlite.prepare<[string]>("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    return this.tableLookup.get(VECTOR_TABLE) !== undefined;
  }

  space(): VectorSpace | undefined {
    // Nothing embedded yet (the common case without a local model): no need to look further.
    const model = this.meta.get('vector_model');
    if (model === undefined) return undefined;
    const dimension = Number(this.meta.get('vector_dimension'));
    if (!Number.isInteger(dimension) || dimension <= 0 || !this.exists()) return undefined;
    return { model, dimension };
  }

  /** Makes the table match `space`, dropping embeddings of any other model or dimension; true if (re)created. */
  ensure(space: VectorSpace): boolean {
    const current = this.space();
    if (current && current.model === space.model && current.dimension === space.dimension) return false;
    this.sqlite.transaction(() => {
      this.dropAll();
      this.sqlite.exec(`CREATE VIRTUAL TABLE ${VECTOR_TABLE} USING vec0(chunk_id integer primary key, embedding float[${space.dimension}])`);
      this.meta.set('vector_model', space.model);
      this.meta.set('vector_dimension', String(space.dimension));
    })();
    return true;
  }

  /** Forgets every embedding (a different model is configured). */
  dropAll(): void {
    if (!this.available) return;
    this.statements = undefined;
    this.sqlite.exec(`DROP TABLE IF EXISTS ${VECTOR_TABLE}`);
    this.sqlite.exec('UPDATE knowledge_chunks SET embedding_model = NULL, embedding_norm = NULL WHERE embedding_model IS NOT NULL');
    this.meta.delete('vector_model');
    this.meta.delete('vector_dimension');
  }

  insert(chunkId: number, unitVector: Float32Array): void {
    const blob = Buffer.from(unitVector.buffer, unitVector.byteOffset, unitVector.byteLength);
    // vec0 primary keys must be bound as BigInt; a plain number is rejected.
    this.prepared().insert.run(BigInt(chunkId), blob);
  }

  /** Deletes by primary key, one point lookup each (a vec0 scan per document would be slow). */
  delete(chunkIds: readonly number[]): void {
    if (chunkIds.length === 0 || !this.exists()) return;
    const { remove } = this.prepared();
    for (const id of chunkIds) remove.run(BigInt(id));
  }

  private prepared(): { insert: Database.Statement; remove: Database.Statement } {
    this.statements ??= {
      insert: this.sqlite.prepare(`INSERT INTO ${VECTOR_TABLE} (chunk_id, embedding) VALUES (?, ?)`),
      remove: this.sqlite.prepare(`DELETE FROM ${VECTOR_TABLE} WHERE chunk_id = ?`),
    };
    return this.statements;
  }

  /**
   * Drops vectors whose chunk is gone — deleted while sqlite-vec was not loaded (a process without
   * the extension cannot delete from vec0). They would only take KNN slots; the join hides them.
   */
  removeOrphans(): number {
    if (!this.exists()) return 0;
    const orphans = this.sqlite
      .prepare(`SELECT chunk_id AS id FROM ${VECTOR_TABLE} WHERE chunk_id NOT IN (SELECT id FROM knowledge_chunks)`)
      .all() as Array<{ id: number }>;
    this.delete(orphans.map((orphan) => orphan.id));
    return orphans.length;
  }

  count(): number {
    if (!this.exists()) return 0;
    return (this.sqlite.prepare(`SELECT count(*) AS n FROM ${VECTOR_TABLE}`).get() as { n: number }).n;
  }
}

/** Scales a vector to unit length; returns the original norm too (kept in knowledge_chunks). */
export function normalize(vector: readonly number[]): { unit: Float32Array; norm: number } {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  const unit = new Float32Array(vector.length);
  if (norm > 0) for (let index = 0; index < vector.length; index++) unit[index] = vector[index]! / norm;
  return { unit, norm };
}
