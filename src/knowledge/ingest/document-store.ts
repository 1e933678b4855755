/**
 * Writes documents and their chunks. Changed documents are diffed chunk by chunk: a chunk whose
 * heading path and text are unchanged keeps its row — and so its embedding — and only new or
 * edited chunks are inserted (and later embedded). The FTS index follows through the triggers of
 * migration 0001; vectors have no trigger (vec0 may not be loaded), so they are deleted here.
 */
import type Database from 'better-sqlite3';
import type { ChunkDraft } from '../chunk/chunker.ts';
import type { VectorIndex } from '../store/vector-index.ts';
import type { IndexedDocument } from './plan.ts';

export interface DocumentRecord {
  sourcePath: string;
  folder: string;
  title: string;
  format: string;
  contentHash: string;
  sizeBytes: number;
  /** Settled file modification time (see scan-source.ts), or null to re-hash next time. */
  modifiedMs: number | null;
  link?: string;
  indexedAt: Date;
}

interface ChunkRow { id: number; headingPath: string; text: string; ordinal: number }

export class DocumentStore {
  private readonly statements;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly vectors: VectorIndex,
  ) {
    this.statements = {
      list: sqlite.prepare<[], IndexedDocument>(
        'SELECT id, source_path AS sourcePath, folder, content_hash AS contentHash, size_bytes AS sizeBytes, modified_at AS modifiedMs FROM knowledge_documents',
      ),
      listFolder: sqlite.prepare<[string], IndexedDocument>(
        'SELECT id, source_path AS sourcePath, folder, content_hash AS contentHash, size_bytes AS sizeBytes, modified_at AS modifiedMs FROM knowledge_documents WHERE folder = ?',
      ),
      insertDocument: sqlite.prepare<[string, string, string, string, string, number, string | null, number, number | null]>(
        'INSERT INTO knowledge_documents (source_path, folder, title, format, content_hash, size_bytes, link, indexed_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      updateDocument: sqlite.prepare<[string, string, string, string, string, number, string | null, number, number | null, number]>(
        'UPDATE knowledge_documents SET source_path = ?, folder = ?, title = ?, format = ?, content_hash = ?, size_bytes = ?, link = ?, indexed_at = ?, modified_at = ? WHERE id = ?',
      ),
      fingerprints: sqlite.prepare<[string], [string, number, number | null]>('SELECT source_path, size_bytes, modified_at FROM knowledge_documents WHERE folder = ?').raw(),
      hashOf: sqlite.prepare<[string], { contentHash: string }>('SELECT content_hash AS contentHash FROM knowledge_documents WHERE source_path = ?'),
      idOf: sqlite.prepare<[string], number>('SELECT id FROM knowledge_documents WHERE source_path = ?').pluck(),
      exists: sqlite.prepare<[number], number>('SELECT 1 FROM knowledge_documents WHERE id = ?').pluck(),
      folders: sqlite.prepare<[], { folder: string }>('SELECT DISTINCT folder FROM knowledge_documents'),
      restate: sqlite.prepare<[number, number | null, string]>('UPDATE knowledge_documents SET size_bytes = ?, modified_at = ? WHERE source_path = ?'),
      deleteDocument: sqlite.prepare<[number]>('DELETE FROM knowledge_documents WHERE id = ?'),
      chunksOf: sqlite.prepare<[number], ChunkRow>(
        'SELECT id, heading_path AS headingPath, text, ordinal FROM knowledge_chunks WHERE document_id = ? ORDER BY ordinal',
      ),
      insertChunk: sqlite.prepare<[number, number, string, string, number]>(
        'INSERT INTO knowledge_chunks (document_id, ordinal, heading_path, text, token_count) VALUES (?, ?, ?, ?, ?)',
      ),
      moveChunk: sqlite.prepare<[number, number]>('UPDATE knowledge_chunks SET ordinal = ? WHERE id = ?'),
      deleteChunk: sqlite.prepare<[number]>('DELETE FROM knowledge_chunks WHERE id = ?'),
    };
  }

  listIndexed(): IndexedDocument[] {
    return this.statements.list.all();
  }

  /** The documents of one source, with the size and time their content was hashed at. */
  listFolder(folder: string): IndexedDocument[] {
    return this.statements.listFolder.all(folder);
  }

  /** Path → [size, settled modification time] for one folder: all a freshness check needs per file. */
  fingerprints(folder: string): Map<string, [number, number | null]> {
    const fingerprints = new Map<string, [number, number | null]>();
    for (const [path, size, modified] of this.statements.fingerprints.iterate(folder)) fingerprints.set(path, [size, modified]);
    return fingerprints;
  }

  hashOf(sourcePath: string): string | undefined {
    return this.statements.hashOf.get(sourcePath)?.contentHash;
  }

  /** Every folder name that has documents. */
  folders(): string[] {
    return this.statements.folders.all().map((row) => row.folder);
  }

  /** Remembers a new size/time for content that turned out unchanged, so it is not re-hashed again. */
  restate(sourcePath: string, sizeBytes: number, modifiedMs: number | null): void {
    this.statements.restate.run(sizeBytes, modifiedMs, sourcePath);
  }

  /**
   * Runs `work` in one transaction (better-sqlite3 transactions are synchronous by design), holding
   * the write lock from its start: what `write` reads about a path is still true when it writes.
   */
  transaction<T>(work: () => T): T {
    return this.sqlite.transaction(work).immediate();
  }

  /** Inserts a new document, or rewrites an existing one (update or rename); returns chunks inserted. */
  write(record: DocumentRecord, drafts: readonly ChunkDraft[], plannedId?: number): number {
    const existingId = this.documentToRewrite(record.sourcePath, plannedId);
    const values = [record.sourcePath, record.folder, record.title, record.format, record.contentHash, record.sizeBytes, record.link ?? null, record.indexedAt.getTime(), record.modifiedMs] as const;
    if (existingId === undefined) {
      const documentId = Number(this.statements.insertDocument.run(...values).lastInsertRowid);
      for (const draft of drafts) this.insertChunk(documentId, draft);
      return drafts.length;
    }
    this.statements.updateDocument.run(...values, existingId);
    return this.replaceChunks(existingId, drafts);
  }

  /**
   * The plan was made before the files were read, and another tandem process on the same database may
   * have written since (two commands started together): a path it indexed is rewritten, not inserted a
   * second time; a planned document it removed is indexed afresh; and on a rename whose new path it
   * indexed meanwhile, its copy goes, so the renamed document keeps its chunks and their embeddings.
   */
  private documentToRewrite(sourcePath: string, plannedId: number | undefined): number | undefined {
    const holder = this.statements.idOf.get(sourcePath);
    if (plannedId === undefined || this.statements.exists.get(plannedId) === undefined) return holder;
    if (holder !== undefined && holder !== plannedId) this.remove([holder]);
    return plannedId;
  }

  /** Whether any chunk was deleted since the last purge (its words are still in FTS5 segments). */
  removedText = false;

  remove(documentIds: readonly number[]): void {
    if (documentIds.length > 0) this.removedText = true;
    for (const id of documentIds) {
      this.vectors.delete(this.statements.chunksOf.all(id).map((chunk) => chunk.id));
      // ON DELETE CASCADE removes the chunks, and their delete trigger removes them from FTS.
      this.statements.deleteDocument.run(id);
    }
  }

  private replaceChunks(documentId: number, drafts: readonly ChunkDraft[]): number {
    const reusable = new Map<string, ChunkRow[]>();
    for (const row of this.statements.chunksOf.all(documentId)) {
      const key = chunkKey(row.headingPath, row.text);
      reusable.set(key, [...(reusable.get(key) ?? []), row]);
    }
    let inserted = 0;
    for (const draft of drafts) {
      const kept = reusable.get(chunkKey(draft.headingPath, draft.text))?.shift();
      if (!kept) {
        this.insertChunk(documentId, draft);
        inserted++;
      } else if (kept.ordinal !== draft.ordinal) this.statements.moveChunk.run(draft.ordinal, kept.id);
    }
    const stale = [...reusable.values()].flat().map((row) => row.id);
    if (stale.length > 0) this.removedText = true;
    this.vectors.delete(stale);
    for (const id of stale) this.statements.deleteChunk.run(id);
    return inserted;
  }

  private insertChunk(documentId: number, draft: ChunkDraft): void {
    this.statements.insertChunk.run(documentId, draft.ordinal, draft.headingPath, draft.text, draft.tokenCount);
  }
}

function chunkKey(headingPath: string, text: string): string {
  return `${headingPath}\u0000${text}`;
}
