/**
 * The knowledge base: ingest documents from configured folders into SQLite (FTS5 for BM25,
 * sqlite-vec for embeddings) and retrieve the passages that answer a question, within what the
 * asking channel may see. It receives its database and embedder; it constructs neither.
 */
import type { OpenedDatabase } from '../../db/client.ts';
import { DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunk/chunker.ts';
import { DocumentStore } from './ingest/document-store.ts';
import { runIngest, type IngestContext } from './ingest/ingest-run.ts';
import { DEFAULT_MAX_FILE_BYTES } from './ingest/read-file.ts';
import { DEFAULT_BM25_WEIGHTS, FtsSearch, type BM25Weights } from './search/fts-search.ts';
import { retrieve, type RetrieverDeps } from './search/retriever.ts';
import { VectorSearch } from './search/vector-search.ts';
import { KnowledgeMeta } from './store/meta.ts';
import { VectorIndex } from './store/vector-index.ts';
import type {
  ChannelScope,
  IngestOptions,
  IngestSummary,
  KnowledgeEmbedder,
  KnowledgeSource,
  KnowledgeStats,
  RetrievalResult,
  RetrieveOptions,
} from './types.ts';

export interface KnowledgeBaseOptions {
  database: OpenedDatabase;
  /** Without one (or when it fails) retrieval is BM25 only. */
  embedder?: KnowledgeEmbedder;
  now?: () => Date;
  /** Files above this size are skipped unread (default 20 MB). */
  maxFileBytes?: number;
  chunking?: Partial<ChunkOptions>;
  bm25Weights?: BM25Weights;
  /** Longest wait for the query embedding before answering from BM25 alone (default 5 s). */
  queryEmbedTimeoutMs?: number;
}

export class KnowledgeBase {
  private readonly ingestContext: IngestContext;
  private readonly retriever: RetrieverDeps;
  private readonly sqlite: OpenedDatabase['sqlite'];
  private readonly meta: KnowledgeMeta;
  /** Ingest runs are serialised: two overlapping runs would plan against the same stale snapshot. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(options: KnowledgeBaseOptions) {
    const { sqlite } = options.database;
    this.sqlite = sqlite;
    this.meta = new KnowledgeMeta(sqlite);
    const vectors = new VectorIndex(sqlite, this.meta, options.database.vectorSearch);
    this.ingestContext = {
      sqlite,
      store: new DocumentStore(sqlite, vectors),
      vectors,
      meta: this.meta,
      embedder: options.embedder,
      now: options.now ?? (() => new Date()),
      maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      chunkOptions: { ...DEFAULT_CHUNK_OPTIONS, ...options.chunking },
    };
    this.retriever = {
      sqlite,
      fts: new FtsSearch(sqlite, options.bm25Weights ?? DEFAULT_BM25_WEIGHTS),
      vectors,
      vectorSearch: new VectorSearch(sqlite),
      embedder: options.embedder,
      queryEmbedTimeoutMs: options.queryEmbedTimeoutMs ?? 5_000,
    };
  }

  /** Brings the index in line with the sources: new and changed files indexed, vanished ones removed. */
  ingest(sources: KnowledgeSource[], options?: IngestOptions): Promise<IngestSummary> {
    const run = this.running.then(() => runIngest(this.ingestContext, sources, options));
    this.running = run.catch(() => undefined);
    return run;
  }

  retrieve(query: string, scope: ChannelScope, options?: RetrieveOptions): Promise<RetrievalResult> {
    return retrieve(this.retriever, query, scope, options);
  }

  stats(): KnowledgeStats {
    const counts = this.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM knowledge_documents) AS documents,
                (SELECT count(*) FROM knowledge_chunks) AS chunks,
                (SELECT count(*) FROM knowledge_chunks WHERE embedding_model IS NOT NULL) AS embeddedChunks`,
      )
      .get() as { documents: number; chunks: number; embeddedChunks: number };
    const last = this.meta.get('last_ingest_at');
    return { ...counts, ...(last ? { lastIndexedAt: new Date(last) } : {}) };
  }
}
