/**
 * The rows of `knowledge_sources` (see db/schema.ts): which folders and files the knowledge base
 * indexes, where each came from, and when it was last indexed. Channel restrictions stay in
 * `knowledge_folder_channels`, where the retrieval query applies them.
 */
import type Database from 'better-sqlite3';
import type { KnowledgeSource } from '../types.ts';
import { saveFolderAccess } from './folder-access.ts';

export type SourceOrigin = 'configured' | 'added' | 'sample';

export interface RegisteredSource extends KnowledgeSource {
  origin: SourceOrigin;
  addedAt: Date;
  lastIndexedAt?: Date;
}

interface SourceRow {
  name: string;
  path: string;
  origin: SourceOrigin;
  addedAt: number;
  lastIndexedAt: number | null;
}

export class SourceRegistry {
  private readonly statements;

  constructor(private readonly sqlite: Database.Database) {
    this.statements = {
      list: sqlite.prepare<[], SourceRow>('SELECT name, path, origin, added_at AS addedAt, last_indexed_at AS lastIndexedAt FROM knowledge_sources ORDER BY name'),
      channels: sqlite.prepare<[], { folder: string; channel: string }>('SELECT folder, channel FROM knowledge_folder_channels ORDER BY channel'),
      insert: sqlite.prepare<[string, string, string, number]>('INSERT INTO knowledge_sources (name, path, origin, added_at) VALUES (?, ?, ?, ?)'),
      update: sqlite.prepare<[string, string, string]>('UPDATE knowledge_sources SET path = ?, origin = ? WHERE name = ?'),
      remove: sqlite.prepare<[string]>('DELETE FROM knowledge_sources WHERE name = ?'),
      removeAccess: sqlite.prepare<[string]>('DELETE FROM knowledge_folder_channels WHERE folder = ?'),
      markIndexed: sqlite.prepare<[number | null, string]>('UPDATE knowledge_sources SET last_indexed_at = ? WHERE name = ?'),
    };
  }

  list(): RegisteredSource[] {
    const channels = new Map<string, string[]>();
    for (const row of this.statements.channels.all()) channels.set(row.folder, [...(channels.get(row.folder) ?? []), row.channel]);
    return this.statements.list.all().map((row) => ({
      name: row.name,
      path: row.path,
      origin: row.origin,
      channels: channels.get(row.name) ?? [],
      addedAt: new Date(row.addedAt),
      ...(row.lastIndexedAt === null ? {} : { lastIndexedAt: new Date(row.lastIndexedAt) }),
    }));
  }

  find(match: { name?: string; path?: string }): RegisteredSource | undefined {
    return this.list().find((source) => source.name === match.name || source.path === match.path);
  }

  /** Inserts or updates the row and replaces its channel restriction, in one transaction. */
  save(source: KnowledgeSource, origin: SourceOrigin, now: Date): void {
    this.sqlite.transaction(() => {
      const updated = this.statements.update.run(source.path, origin, source.name);
      if (updated.changes === 0) this.statements.insert.run(source.name, source.path, origin, now.getTime());
      saveFolderAccess(this.sqlite, [source]);
    })();
  }

  /** Deletes the row and its restriction (its documents are removed by the caller first). */
  remove(name: string): void {
    this.sqlite.transaction(() => {
      this.statements.remove.run(name);
      this.statements.removeAccess.run(name);
    })();
  }

  markIndexed(names: Iterable<string>, at: Date): void {
    for (const name of names) this.statements.markIndexed.run(at.getTime(), name);
  }

  /** The source must be indexed again before it is trusted (as if new). */
  markUnindexed(name: string): void {
    this.statements.markIndexed.run(null, name);
  }
}
