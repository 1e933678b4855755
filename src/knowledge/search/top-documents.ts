/**
 * The knowledge base's most substantial documents a scope may see — what a new conversation can be
 * offered as suggested questions. Restricted folders are filtered in SQL, as retrieval does, so a
 * suggestion never names a document the person could not be answered from.
 */
import type Database from 'better-sqlite3';
import { ACCESS_SQL, accessParams } from '../store/folder-access.ts';
import type { ChannelScope } from '../types.ts';

export interface DocumentTitle {
  title: string;
  source: string;
}

export function topDocuments(sqlite: Database.Database, scope: ChannelScope, limit: number): DocumentTitle[] {
  return sqlite
    .prepare(
      `SELECT d.title AS title, d.source_path AS source FROM knowledge_documents d
       WHERE ${ACCESS_SQL}
       ORDER BY (SELECT count(*) FROM knowledge_chunks c WHERE c.document_id = d.id) DESC, d.title
       LIMIT ?`,
    )
    .all(...accessParams(scope), limit) as DocumentTitle[];
}
