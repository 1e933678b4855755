/**
 * Embeds every chunk that has no embedding from the configured model yet, in batches. Embeddings
 * are an improvement, never a requirement: when the model is missing, unreachable or misbehaves,
 * the run stops embedding, says why in `note`, and retrieval stays on BM25 for those chunks until
 * a later ingest succeeds.
 */
import type Database from 'better-sqlite3';
import type { KnowledgeEmbedder } from '../types.ts';
import { normalize, type VectorIndex } from '../store/vector-index.ts';

export interface EmbedOutcome {
  embedded: number;
  note?: string;
}

interface PendingChunk { id: number; headingPath: string; text: string }

const BATCH_SIZE = 32;

export async function embedPendingChunks(sqlite: Database.Database, vectors: VectorIndex, embedder: KnowledgeEmbedder | undefined): Promise<EmbedOutcome> {
  if (!embedder?.embed) return { embedded: 0, note: 'Embeddings off (no embedding model configured): retrieval uses BM25 only.' };
  if (!vectors.available) return { embedded: 0, note: 'Embeddings off: the sqlite-vec extension is not available on this platform, so retrieval uses BM25 only.' };
  const space = vectors.space();
  // No usable table (first run, or it went missing) or another model: start from a clean slate,
  // so no chunk claims an embedding the table does not hold.
  if (!space || space.model !== embedder.embedModel) vectors.dropAll();
  else {
    // Same model name, maybe not the same model (a re-pulled tag): one short probe tells.
    const probe = await probeDimension(embedder);
    if (typeof probe === 'string') return { embedded: 0, note: stoppedNote(embedder, probe, countPending(sqlite, embedder.embedModel)) };
    if (probe !== space.dimension) vectors.dropAll();
    else vectors.removeOrphans();
  }
  let embedded = 0;
  let afterId = 0;
  for (;;) {
    const batch = pendingBatch(sqlite, embedder.embedModel, afterId);
    if (batch.length === 0) return { embedded };
    try {
      const embeddings = await embedBatch(embedder, batch);
      const recreated = writeBatch(sqlite, vectors, embedder.embedModel, batch, embeddings);
      embedded += batch.length;
      // A re-created table forgot earlier embeddings: start over from the first pending chunk.
      afterId = recreated ? 0 : batch[batch.length - 1]!.id;
    } catch (error) {
      return { embedded, note: stoppedNote(embedder, describe(error), countPending(sqlite, embedder.embedModel)) };
    }
  }
}

async function probeDimension(embedder: KnowledgeEmbedder): Promise<number | string> {
  try {
    const result = await embedder.embed!(['dimension probe'], { model: embedder.embedModel });
    return result.embeddings[0]?.length ?? 'the model returned no embedding';
  } catch (error) {
    return describe(error);
  }
}

function stoppedNote(embedder: KnowledgeEmbedder, reason: string, left: number): string {
  return `Embedding with ${embedder.embedModel} stopped (${reason}); ${left} passages use BM25 only until the next ingest.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const PENDING = 'embedding_model IS NULL OR embedding_model != ?';

/** Keyset paging keeps memory flat however many chunks wait (100k texts never sit in memory at once). */
function pendingBatch(sqlite: Database.Database, model: string, afterId: number): PendingChunk[] {
  return sqlite
    .prepare<[string, number, number], PendingChunk>(
      `SELECT id, heading_path AS headingPath, text FROM knowledge_chunks WHERE (${PENDING}) AND id > ? ORDER BY id LIMIT ?`,
    )
    .all(model, afterId, BATCH_SIZE);
}

function countPending(sqlite: Database.Database, model: string): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM knowledge_chunks WHERE ${PENDING}`).get(model) as { n: number }).n;
}

async function embedBatch(embedder: KnowledgeEmbedder, batch: PendingChunk[]): Promise<number[][]> {
  // The heading path goes in with the text: "Sabbatical" alone says less than "Benefits > Sabbatical".
  const texts = batch.map((chunk) => `${chunk.headingPath}\n\n${chunk.text}`);
  const result = await embedder.embed!(texts, { model: embedder.embedModel });
  if (result.embeddings.length !== batch.length) {
    throw new Error(`the model returned ${result.embeddings.length} embeddings for ${batch.length} passages`);
  }
  const dimension = result.embeddings[0]?.length ?? 0;
  if (dimension === 0 || result.embeddings.some((vector) => vector.length !== dimension || vector.some((value) => !Number.isFinite(value)))) {
    throw new Error('the model returned empty, ragged or non-numeric embeddings');
  }
  return result.embeddings;
}

/** Returns true when the vector table had to be re-created (first use, or a new dimension). */
function writeBatch(sqlite: Database.Database, vectors: VectorIndex, model: string, batch: PendingChunk[], embeddings: number[][]): boolean {
  const mark = sqlite.prepare<[string, number, number]>('UPDATE knowledge_chunks SET embedding_model = ?, embedding_norm = ? WHERE id = ?');
  return sqlite.transaction(() => {
    // A different dimension under the same model name (a re-pulled tag) re-creates the table.
    const recreated = vectors.ensure({ model, dimension: embeddings[0]!.length });
    batch.forEach((chunk, index) => {
      const { unit, norm } = normalize(embeddings[index]!);
      vectors.insert(chunk.id, unit);
      mark.run(model, norm, chunk.id);
    });
    return recreated;
  })();
}
