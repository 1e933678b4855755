/** Loads what a caller sees of a chunk — text, heading, source, link — for a handful of ids. */
import type Database from 'better-sqlite3';

export interface ChunkDetails {
  chunkId: number;
  source: string;
  heading: string;
  title: string;
  text: string;
  link: string | null;
}

export function loadChunkDetails(sqlite: Database.Database, chunkIds: readonly number[]): Map<number, ChunkDetails> {
  if (chunkIds.length === 0) return new Map();
  const placeholders = chunkIds.map(() => '?').join(', ');
  const rows = sqlite
    .prepare<number[], ChunkDetails>(
      `SELECT c.id AS chunkId, d.source_path AS source, c.heading_path AS heading, d.title AS title, c.text AS text, d.link AS link
       FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id
       WHERE c.id IN (${placeholders})`,
    )
    .all(...chunkIds);
  return new Map(rows.map((row) => [row.chunkId, row]));
}
