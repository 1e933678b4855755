/** Key–value facts the knowledge base keeps about itself (table `knowledge_meta` in db/schema.ts). */
import type Database from 'better-sqlite3';

export type MetaKey = 'vector_model' | 'vector_dimension' | 'last_ingest_at' | 'common_terms';

export class KnowledgeMeta {
  private readonly select: Database.Statement<[string], { value: string }>;
  private readonly upsert: Database.Statement<[string, string]>;
  private readonly remove: Database.Statement<[string]>;

  constructor(sqlite: Database.Database) {
    this.select = sqlite.prepare('SELECT value FROM knowledge_meta WHERE key = ?');
    this.upsert = sqlite.prepare('INSERT INTO knowledge_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.remove = sqlite.prepare('DELETE FROM knowledge_meta WHERE key = ?');
  }

  get(key: MetaKey): string | undefined {
    return this.select.get(key)?.value;
  }

  set(key: MetaKey, value: string): void {
    this.upsert.run(key, value);
  }

  delete(key: MetaKey): void {
    this.remove.run(key);
  }
}
