/**
 * The knowledge base's public shapes: what callers configure, what an ingest run reports and what
 * retrieval hands back. Kept apart from the implementation so the bot can depend on types only.
 */
import type { ModelProvider } from '../router/providers/contract.ts';

/** A configured folder (or a single file) whose documents are indexed under `name`. */
export interface KnowledgeSource {
  path: string;
  /** Prefix of every `source` path from this folder, and the key channel restrictions hang on. */
  name: string;
  /**
   * Channels (names without `#`, or ids) allowed to see these documents; empty = everywhere.
   * The reserved entry `dm` allows direct messages; it never matches a channel that happens to be
   * named "dm", so a DM-only folder cannot leak into a public #dm channel.
   */
  channels: string[];
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Files moved or renamed with identical content: counted in `added` and `removed` as well. */
  renamed: Array<{ from: string; to: string }>;
  skipped: SkippedFile[];
  /** Chunks written in this run (new and changed documents only). */
  chunks: number;
  /** Chunks embedded in this run. */
  embedded: number;
  /** Why embeddings are missing or partial, in words an operator can act on. */
  embeddingNote?: string;
  durationMs: number;
}

export interface IngestOptions {
  /** Remove documents whose files have disappeared from a source being ingested (default true). */
  prune?: boolean;
  /**
   * These sources are the whole knowledge base: documents of any folder not among them are removed
   * (default false, so `tandem ingest ./extra` never wipes the configured folders).
   */
  removeOtherFolders?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface RetrievedChunk {
  chunkId: number;
  /** `<source name>/<relative path>`, e.g. "handbook/it/vpn.md". */
  source: string;
  /** Heading path, e.g. "IT > VPN > Getting access". */
  heading: string;
  /** Title of the document the chunk belongs to. */
  title: string;
  text: string;
  /** Higher is better; RRF score in hybrid mode, negated BM25 in bm25 mode. Comparable within one result only. */
  score: number;
  link?: string;
}

export interface RetrievalResult {
  chunks: RetrievedChunk[];
  /** 0..1; below ~0.35 the knowledge base most likely does not hold the answer. */
  confidence: number;
  mode: 'hybrid' | 'bm25';
  /** Why hybrid retrieval fell back to BM25 for this query, when it did. */
  note?: string;
}

export interface RetrieveOptions {
  limit?: number;
}

/** Where a question was asked; decides which restricted folders are visible. */
export interface ChannelScope {
  channelId: string;
  channelName: string;
  isDirect: boolean;
}

export interface KnowledgeStats {
  documents: number;
  chunks: number;
  embeddedChunks: number;
  /** When the last ingest run finished (even if nothing changed). */
  lastIndexedAt?: Date;
}

/** The part of a model provider the knowledge base needs, plus which embedding model to ask for. */
export type KnowledgeEmbedder = Pick<ModelProvider, 'embed'> & { embedModel: string };
