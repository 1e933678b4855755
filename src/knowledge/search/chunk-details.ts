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

/** One statement per database and id count: preparing it anew cost more than running it. */
const statements = new WeakMap<Database.Database, Map<number, Database.Statement<number[], ChunkDetails>>>();

export function loadChunkDetails(sqlite: Database.Database, chunkIds: readonly number[]): Map<number, ChunkDetails> {
  if (chunkIds.length === 0) return new Map();
  const rows = statementFor(sqlite, chunkIds.length).all(...chunkIds);
  return new Map(rows.map((row) => [row.chunkId, row]));
}

function statementFor(sqlite: Database.Database, count: number): Database.Statement<number[], ChunkDetails> {
  let byCount = statements.get(sqlite);
  if (!byCount) statements.set(sqlite, (byCount = new Map()));
  let statement = byCount.get(count);
  if (!statement) {
    const placeholders = Array.from({ length: count }, () => '?').join(', ');
    statement = sqlite.prepare<number[], ChunkDetails>(
      `SELECT c.id AS chunkId, d.source_path AS source, c.heading_path AS heading, d.title AS title, c.text AS text, d.link AS link
       FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id
       WHERE c.id IN (${placeholders})`,
    );
    byCount.set(count, statement);
  }
  return statement;
}
