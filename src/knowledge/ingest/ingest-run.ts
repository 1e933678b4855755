/**
 * One ingest run: access rules first (so a newly restricted folder is hidden before anything else
 * happens), then list and hash files, plan, remove, write in batched transactions, embed, and
 * report. Per-file problems are skipped with a reason; only a broken configuration throws.
 */
import type Database from 'better-sqlite3';
import type { ChunkOptions } from '../chunk/chunker.ts';
import { KnowledgeIngestError } from '../errors.ts';
import { recordCommonTerms } from '../store/common-terms.ts';
import { removeFolderAccess, saveFolderAccess } from '../store/folder-access.ts';
import type { KnowledgeMeta } from '../store/meta.ts';
import { compactSmallIndex, purgeRemovedText } from '../store/purge.ts';
import type { SourceRegistry } from '../store/source-registry.ts';
import type { VectorIndex } from '../store/vector-index.ts';
import type { IngestOptions, IngestSummary, KnowledgeEmbedder, KnowledgeSource } from '../types.ts';
import { collectFiles, rejectionReason, type CollectedFile } from './collect-files.ts';
import type { DocumentStore } from './document-store.ts';
import { embedPendingChunks } from './embed-chunks.ts';
import { planIngest, type IngestPlan } from './plan.ts';
import { prepareDocument, type PreparedDocument } from './prepare-document.ts';
import { settledModifiedMs } from './scan-source.ts';

export interface IngestContext {
  sqlite: Database.Database;
  store: DocumentStore;
  vectors: VectorIndex;
  meta: KnowledgeMeta;
  registry: SourceRegistry;
  embedder: KnowledgeEmbedder | undefined;
  now: () => Date;
  maxFileBytes: number;
  chunkOptions: ChunkOptions;
}

/** Chunks written per transaction (whole documents only): large enough to be fast, small enough not to hold the write lock long. */
const BATCH_CHUNKS = 2_000;

export async function runIngest(context: IngestContext, sources: readonly KnowledgeSource[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  validateSources(sources);
  saveFolderAccess(context.sqlite, sources);
  const indexed = context.store.listIndexed();
  const progress = progressCounter(options.onProgress);
  const collection = await collectFiles(sources, new Map(indexed.map((document) => [document.sourcePath, document])), {
    maxFileBytes: context.maxFileBytes,
    otherSources: [...new Set([...context.registry.list().map((source) => source.path), ...sources.map((source) => source.path)])],
    onTotal: progress.setTotal,
    onFileDone: progress.tick,
  });
  const plan = planIngest(indexed, collection.files, {
    scannedFolders: collection.scannedFolders,
    sourceFolders: new Set(sources.map((source) => source.name)),
    prune: options.prune ?? true,
    removeOtherFolders: options.removeOtherFolders ?? false,
  });
  // Each write transaction takes the write lock at its start: none is opened with nothing to write.
  if (plan.remove.length > 0) context.store.transaction(() => context.store.remove(plan.remove.map((document) => document.id)));
  if (options.removeOtherFolders) removeFolderAccess(context.sqlite, sources.map((source) => source.name));
  const written = await writeChanges(context, plan, progress.tick);
  const restated = plan.unchanged.filter((document) => document.restated);
  if (restated.length > 0) {
    context.store.transaction(() => {
      for (const document of restated) context.store.restate(document.sourcePath, document.file.sizeBytes, settledModifiedMs(document.file));
    });
  }
  if (context.store.removedText) {
    purgeRemovedText(context.sqlite);
    context.store.removedText = false;
  } else if (written.chunks > 0) compactSmallIndex(context.sqlite);
  recordCommonTerms(context.sqlite, context.meta);
  const embedding = await embedPendingChunks(context.sqlite, context.vectors, context.embedder);
  context.meta.set('last_ingest_at', context.now().toISOString());
  context.registry.markIndexed(collection.scannedFolders, context.now());
  return {
    added: plan.add.length + plan.rename.length - written.failed.add - written.failed.rename.size,
    updated: plan.update.length - written.failed.update,
    // A changed file that no longer parses had its old version removed.
    removed: plan.remove.length + plan.rename.length + written.failed.update,
    unchanged: plan.unchanged.length,
    renamed: plan.rename
      .filter((entry) => !written.failed.rename.has(entry.document.sourcePath))
      .map((entry) => ({ from: entry.from.sourcePath, to: entry.document.sourcePath })),
    skipped: [...collection.skipped, ...written.skipped],
    chunks: written.chunks,
    embedded: embedding.embedded,
    ...(embedding.note ? { embeddingNote: embedding.note } : {}),
    durationMs: Math.round(performance.now() - started),
  };
}

function validateSources(sources: readonly KnowledgeSource[]): void {
  const names = new Set<string>();
  for (const source of sources) {
    if (source.name.trim() === '' || source.name.includes('/')) {
      throw new KnowledgeIngestError(`Knowledge source name ${JSON.stringify(source.name)} is not usable: give a non-empty name without "/".`);
    }
    if (names.has(source.name)) {
      throw new KnowledgeIngestError(`Two knowledge sources are both named "${source.name}": give each folder its own name.`);
    }
    names.add(source.name);
  }
}

interface WriteOutcome {
  chunks: number;
  skipped: Array<{ path: string; reason: string }>;
  failed: { add: number; update: number; rename: Set<string> };
}

interface WriteJob {
  document: CollectedFile;
  existingId: number | undefined;
  kind: 'add' | 'update' | 'rename';
}

async function writeChanges(context: IngestContext, plan: IngestPlan<CollectedFile>, tick: () => void): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { chunks: 0, skipped: [], failed: { add: 0, update: 0, rename: new Set() } };
  const jobs: WriteJob[] = [
    ...plan.add.map((document) => ({ document, existingId: undefined, kind: 'add' as const })),
    ...plan.update.map((entry) => ({ document: entry.document, existingId: entry.id, kind: 'update' as const })),
    ...plan.rename.map((entry) => ({ document: entry.document, existingId: entry.from.id, kind: 'rename' as const })),
  ];
  let batch: Array<{ prepared: PreparedDocument; existingId: number | undefined }> = [];
  let batchChunks = 0;
  const flush = () => {
    context.store.transaction(() => {
      for (const item of batch) outcome.chunks += context.store.write(item.prepared.record, item.prepared.drafts, item.existingId);
    });
    batch = [];
    batchChunks = 0;
  };
  const indexedAt = context.now();
  for (const job of jobs) {
    try {
      const prepared = await prepareDocument(job.document, indexedAt, context.chunkOptions);
      // The chunks carry the text from here on; let the raw content be collected.
      delete job.document.content;
      batch.push({ prepared, existingId: job.existingId });
      batchChunks += prepared.drafts.length;
      if (batchChunks >= BATCH_CHUNKS) flush();
    } catch (error) {
      outcome.skipped.push({ path: job.document.sourcePath, reason: rejectionReason(error) });
      handleFailedJob(context, job, outcome);
    }
    tick();
  }
  if (batch.length > 0) flush();
  return outcome;
}

/** A changed file that no longer parses must not leave its old text answering questions. */
function handleFailedJob(context: IngestContext, job: WriteJob, outcome: WriteOutcome): void {
  if (job.kind === 'add') outcome.failed.add++;
  else if (job.kind === 'update') outcome.failed.update++;
  else outcome.failed.rename.add(job.document.sourcePath);
  const { existingId } = job;
  if (existingId !== undefined) context.store.transaction(() => context.store.remove([existingId]));
}

function progressCounter(onProgress: IngestOptions['onProgress']): { setTotal: (total: number) => void; tick: () => void } {
  let total = 0;
  let done = 0;
  return {
    setTotal: (value) => {
      total = value;
      if (total === 0) onProgress?.(0, 0);
    },
    tick: () => {
      done++;
      onProgress?.(done, total);
    },
  };
}
