/**
 * The knowledge base's public face. Everything else under src/knowledge is internal: import from
 * here only.
 */
export { KnowledgeBase, type KnowledgeBaseOptions } from './knowledge-base.ts';
export { DocumentRejectedError, KnowledgeIngestError } from './errors.ts';
export { DIRECT_MESSAGE_ENTRY, visibleIn } from './store/folder-access.ts';
export { SYNONYM_GROUPS } from './search/synonyms.ts';
export { warmRelatedWords } from './search/related-words.ts';
export type { AddSourceRequest } from './lifecycle/add-source.ts';
export type { ForgetOutcome } from './lifecycle/forget-source.ts';
export type { FreshnessReport, StaleSource } from './lifecycle/freshness.ts';
export type { SourceReport } from './lifecycle/source-report.ts';
export type { SourceSyncOutcome, SourceSyncRequest } from './lifecycle/sync-sources.ts';
export type { RegisteredSource, SourceOrigin } from './store/source-registry.ts';
export type {
  ChannelScope,
  IngestOptions,
  IngestSummary,
  KnowledgeEmbedder,
  KnowledgeSource,
  KnowledgeStats,
  RetrievalResult,
  RetrievedChunk,
  RetrieveOptions,
  SkippedFile,
} from './types.ts';
