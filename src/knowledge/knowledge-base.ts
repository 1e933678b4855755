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
import { TermStatistics } from './search/term-statistics.ts';
import { topDocuments, type DocumentTitle } from './search/top-documents.ts';
import { VectorSearch } from './search/vector-search.ts';
import { registerSource, type AddSourceRequest } from './lifecycle/add-source.ts';
import { containersOf, type LifecycleContext } from './lifecycle/context.ts';
import { forgetSource, type ForgetOutcome } from './lifecycle/forget-source.ts';
import { checkFreshness, type FreshnessReport } from './lifecycle/freshness.ts';
import { reportSources, type SourceReport } from './lifecycle/source-report.ts';
import { syncSources, type SourceSyncOutcome, type SourceSyncRequest } from './lifecycle/sync-sources.ts';
import { KnowledgeMeta } from './store/meta.ts';
import { SourceRegistry, type RegisteredSource } from './store/source-registry.ts';
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
  private readonly lifecycle: LifecycleContext;
  /** Ingest runs are serialised: two overlapping runs would plan against the same stale snapshot. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(options: KnowledgeBaseOptions) {
    const { sqlite } = options.database;
    this.sqlite = sqlite;
    this.meta = new KnowledgeMeta(sqlite);
    const vectors = new VectorIndex(sqlite, this.meta, options.database.vectorSearch);
    const store = new DocumentStore(sqlite, vectors);
    const registry = new SourceRegistry(sqlite);
    this.ingestContext = {
      sqlite,
      store,
      vectors,
      meta: this.meta,
      registry,
      embedder: options.embedder,
      now: options.now ?? (() => new Date()),
      maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      chunkOptions: { ...DEFAULT_CHUNK_OPTIONS, ...options.chunking },
    };
    this.lifecycle = { sqlite, store, registry, now: this.ingestContext.now };
    this.retriever = {
      sqlite,
      fts: new FtsSearch(sqlite, options.bm25Weights ?? DEFAULT_BM25_WEIGHTS),
      vectors,
      vectorSearch: new VectorSearch(sqlite),
      terms: new TermStatistics(sqlite),
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

  /** Brings the registry in line with the configuration (no file is read); returns the active sources. */
  syncSources(request: SourceSyncRequest): SourceSyncOutcome {
    return syncSources(this.lifecycle, request);
  }

  /** Every registered source: configured, added and (while alone) the sample. */
  sources(): RegisteredSource[] {
    return this.lifecycle.registry.list();
  }

  /** Registers a path (`tandem ingest PATH`) under the restriction rules, then indexes it. */
  addSource(request: AddSourceRequest, options?: IngestOptions): Promise<{ source: RegisteredSource; summary: IngestSummary }> {
    const run = this.running.then(async () => {
      const source = registerSource(this.lifecycle, request);
      // Folders that contain the new one are re-indexed with it (their links into it are dropped).
      const containers = containersOf(this.lifecycle, source.path);
      const summary = await runIngest(this.ingestContext, [source, ...containers], options);
      return { source: this.lifecycle.registry.find({ name: source.name }) ?? source, summary };
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Removes an added source and all of its text (`tandem forget PATH`). */
  forget(match: { path: string; name: string }): Promise<ForgetOutcome> {
    // Word statistics must not keep counting text that is gone (removal may leave the ids as they were).
    const run = this.running.then(() => forgetSource(this.lifecycle, match)).finally(() => this.retriever.terms.invalidate());
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Compares the files with the index without changing it (see lifecycle/freshness.ts). */
  checkFreshness(sources: readonly RegisteredSource[]): Promise<FreshnessReport> {
    return checkFreshness(this.lifecycle, sources, this.ingestContext.maxFileBytes);
  }

  sourceReports(): SourceReport[] {
    return reportSources(this.sqlite, this.lifecycle.registry.list());
  }

  retrieve(query: string, scope: ChannelScope, options?: RetrieveOptions): Promise<RetrievalResult> {
    return retrieve(this.retriever, query, scope, options);
  }

  /** The biggest documents `scope` may see, for suggested questions (largest first). */
  topDocuments(scope: ChannelScope, limit: number): DocumentTitle[] {
    return topDocuments(this.sqlite, scope, limit);
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
