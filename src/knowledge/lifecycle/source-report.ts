/** What `tandem sources` shows for each source: counts, restriction, last indexed, embedding coverage. */
import type Database from 'better-sqlite3';
import type { RegisteredSource, SourceOrigin } from '../store/source-registry.ts';

export interface SourceReport {
  name: string;
  path: string;
  origin: SourceOrigin;
  /** Empty: every channel may see it. */
  channels: string[];
  documents: number;
  passages: number;
  embeddedPassages: number;
  /** embeddedPassages / passages, 0 when there are no passages. */
  embeddingCoverage: number;
  lastIndexedAt?: Date;
}

export function reportSources(sqlite: Database.Database, sources: readonly RegisteredSource[]): SourceReport[] {
  const counts = sqlite.prepare<[string], { documents: number; passages: number; embedded: number }>(
    `SELECT count(DISTINCT d.id) AS documents, count(c.id) AS passages, count(c.embedding_model) AS embedded
       FROM knowledge_documents d LEFT JOIN knowledge_chunks c ON c.document_id = d.id WHERE d.folder = ?`,
  );
  return sources.map((source) => {
    const row = counts.get(source.name) ?? { documents: 0, passages: 0, embedded: 0 };
    return {
      name: source.name,
      path: source.path,
      origin: source.origin,
      channels: source.channels,
      documents: row.documents,
      passages: row.passages,
      embeddedPassages: row.embedded,
      embeddingCoverage: row.passages === 0 ? 0 : row.embedded / row.passages,
      ...(source.lastIndexedAt ? { lastIndexedAt: source.lastIndexedAt } : {}),
    };
  });
}
