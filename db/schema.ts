/**
 * The data tandem keeps, named for the people who read it: finance reads `model_calls`,
 * operators read `knowledge_*` and `job_runs`. Money is stored as integer micro-dollars
 * (`*_usd_micros`: 1 USD = 1,000,000) so sums are exact to the cent and never drift.
 * FTS5 and sqlite-vec virtual tables cannot be expressed in drizzle: FTS5 lives in the custom
 * migration `0001_knowledge_fts.sql`; the vec0 table `knowledge_chunk_vectors` is created by
 * src/knowledge/store/vector-index.ts once the embedding model reports its dimension.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** The ledger: one row per model call, local or cloud, successful or not. */
export const modelCalls = sqliteTable(
  'model_calls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** Correlation id shared by every call made for one request, shown to users in failure notices. */
    requestId: text('request_id').notNull(),
    /** Where the request came from; `system` for tandem's own work (embedding the knowledge base). */
    platform: text('platform', { enum: ['shell', 'slack', 'discord', 'cli', 'scheduler', 'system'] }).notNull(),
    channelId: text('channel_id'),
    channelName: text('channel_name'),
    userId: text('user_id'),
    /** The bot command that caused the call: ask, summarize, … */
    command: text('command').notNull(),
    /** What the call was for inside the command: answer, embed, summarize-map, summarize-reduce, … */
    purpose: text('purpose').notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    location: text('location', { enum: ['local', 'cloud'] }).notNull(),
    /** The route the router chose for the request (local, cloud, retrieval-only). */
    route: text('route').notNull(),
    /** JSON array of the router's reasons, e.g. ["complexity 0.72 ≥ 0.6"]. */
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Token counts as reported by the provider; NULL when it reported none (never guessed). */
    inputTokens: integer('input_tokens'),
    /** Parts of input_tokens: read from, and written to, the vendor's prompt cache. */
    cachedInputTokens: integer('cached_input_tokens'),
    cacheWriteInputTokens: integer('cache_write_input_tokens'),
    outputTokens: integer('output_tokens'),
    latencyMs: integer('latency_ms').notNull(),
    /** What the call cost. NULL with cost_status 'unpriced' when no price is known — never a silent 0. */
    costUsdMicros: integer('cost_usd_micros'),
    costStatus: text('cost_status', { enum: ['priced', 'unpriced', 'free'] }).notNull(),
    /** What the same tokens would have cost on the reference cloud model (the all-cloud counterfactual). */
    counterfactualCostUsdMicros: integer('counterfactual_cost_usd_micros'),
    /** Which price table priced it (package version or "override"), so old rows stay explainable. */
    priceSource: text('price_source'),
    status: text('status', { enum: ['ok', 'error'] }).notNull(),
    error: text('error'),
  },
  (table) => [
    index('model_calls_created_at_idx').on(table.createdAt),
    index('model_calls_user_day_idx').on(table.userId, table.createdAt),
  ],
);

/** 👍/👎 on an answer, one vote per person per answer (a second click changes the vote). */
export const feedback = sqliteTable(
  'feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    modelCallId: integer('model_call_id')
      .notNull()
      .references(() => modelCalls.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    userId: text('user_id').notNull(),
    rating: text('rating', { enum: ['up', 'down'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('feedback_call_user_uq').on(table.modelCallId, table.userId)],
);

/**
 * The request journal: every delivery a person sent is claimed here once (by its platform key) and
 * followed to its end, so a crash never leaves anyone looking at "Thinking…" forever. A request moves
 * claimed → answering (a placeholder is showing at `reply_location`) → answered, or failed. The
 * `request_id` is the reference people see in notices and the one on the ledger's `model_calls` rows.
 * The message itself is kept only until the request ends, so an unfinished request can be redone.
 */
export const requestJournal = sqliteTable(
  'request_journal',
  {
    requestId: text('request_id').primaryKey(),
    /** Platform-namespaced delivery key (`slack:message:C…:ts`, `discord:…`): a retry finds the claim. */
    deliveryKey: text('delivery_key').notNull().unique(),
    platform: text('platform').notNull(),
    channelId: text('channel_id').notNull(),
    userId: text('user_id').notNull(),
    status: text('status', { enum: ['claimed', 'answering', 'answered', 'failed'] }).notNull(),
    /** JSON of the incoming message while the request is open; NULL once it has ended. */
    message: text('message', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** JSON `{channelId, messageId, threadId?}` of the placeholder the answer replaces in place. */
    replyLocation: text('reply_location', { mode: 'json' }).$type<{ channelId: string; messageId: string; threadId?: string }>(),
    /** Set just before a reply is posted as a new message: after a crash it is not posted again. */
    postingStartedAt: integer('posting_started_at', { mode: 'timestamp_ms' }),
    /** How many times work on it started (a request that keeps crashing tandem gets an apology). */
    attempts: integer('attempts').notNull().default(1),
    /** Which running tandem holds it, and until when; an expired lease means the holder died. */
    owner: text('owner').notNull(),
    leaseExpiresAt: integer('lease_expires_at', { mode: 'timestamp_ms' }).notNull(),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
    error: text('error'),
  },
  (table) => [index('request_journal_open_idx').on(table.status, table.leaseExpiresAt)],
);

/**
 * Scheduled work claimed by (job, slot) — e.g. ('monthly-report:slack:finance', '2026-10') — so a
 * report or budget alert is sent once even across restarts and catch-up runs.
 */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    job: text('job').notNull(),
    slot: text('slot').notNull(),
    status: text('status', { enum: ['claimed', 'done', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
    error: text('error'),
  },
  (table) => [primaryKey({ columns: [table.job, table.slot] })],
);

/** A file the knowledge base has indexed, with the hash that makes re-ingest incremental. */
export const knowledgeDocuments = sqliteTable(
  'knowledge_documents',
  {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Path relative to its knowledge folder, with the folder's name in front (e.g. `handbook/it/vpn.md`). */
  sourcePath: text('source_path').notNull().unique(),
  /** The configured knowledge folder it came from; channel restrictions hang on this. */
  folder: text('folder').notNull(),
  title: text('title').notNull(),
  format: text('format').notNull(),
  contentHash: text('content_hash').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  /**
   * The file's modification time when it was last hashed. With size_bytes it lets a freshness check
   * skip re-hashing files whose size and time are unchanged (NULL: re-hash once to learn it).
   */
  modifiedAt: integer('modified_at', { mode: 'timestamp_ms' }),
  /** Link to the original, when the document declares one (front matter `url:`). */
  link: text('link'),
  indexedAt: integer('indexed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // Per-source work (freshness check, `tandem sources`, forget) reads one folder's documents.
  (table) => [index('knowledge_documents_folder_idx').on(table.folder)],
);

/** A retrievable passage: a piece of a document under its heading path. */
export const knowledgeChunks = sqliteTable(
  'knowledge_chunks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => knowledgeDocuments.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    /** e.g. "Benefits > Paid Time Off > Sabbatical" — searched and shown with the citation. */
    headingPath: text('heading_path').notNull(),
    text: text('text').notNull(),
    tokenCount: integer('token_count').notNull(),
    /** Set once the chunk has an embedding in the vector table (NULL: BM25 only). */
    embeddingModel: text('embedding_model'),
    embeddingNorm: real('embedding_norm'),
  },
  (table) => [index('knowledge_chunks_document_idx').on(table.documentId)],
);

/**
 * The folders and files the knowledge base indexes, one row per source. `configured` ones come from
 * `knowledge.folders` and follow the configuration; `added` ones were registered by `tandem ingest
 * PATH` and stay until `tandem forget PATH`; `sample` is the bundled handbook, used only while no
 * other source exists. Documents belong to a source through knowledge_documents.folder = name.
 */
export const knowledgeSources = sqliteTable('knowledge_sources', {
  /** Prefix of every document path from this source, and what channel restrictions hang on. */
  name: text('name').primaryKey(),
  /** Absolute path of the folder or file. */
  path: text('path').notNull().unique(),
  origin: text('origin', { enum: ['configured', 'added', 'sample'] }).notNull(),
  addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull(),
  /** When the last ingest of this source finished; NULL until its first. */
  lastIndexedAt: integer('last_indexed_at', { mode: 'timestamp_ms' }),
});

/**
 * Which channels may see a knowledge folder (no rows: every channel). Kept in SQL so the restriction
 * is applied inside the retrieval query: restricted passages never leave the database for others.
 */
export const knowledgeFolderChannels = sqliteTable(
  'knowledge_folder_channels',
  {
    folder: text('folder').notNull(),
    /** Channel name (lower case, no `#`), channel id, or `dm` for direct messages. */
    channel: text('channel').notNull(),
  },
  (table) => [primaryKey({ columns: [table.folder, table.channel] })],
);

/** Small facts the knowledge base keeps about itself: embedding model and dimension, last ingest. */
export const knowledgeMeta = sqliteTable('knowledge_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type ModelCallRow = typeof modelCalls.$inferSelect;
export type NewModelCall = typeof modelCalls.$inferInsert;
