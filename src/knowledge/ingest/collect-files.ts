/**
 * Phase one of an ingest run: list every source and read and hash every file. Files whose hash
 * matches the index are dropped from memory at once; only new or changed content is kept for
 * parsing. Unreadable and unsuitable files become `skipped` entries here.
 */
import { DocumentRejectedError } from '../errors.ts';
import type { DocumentContent } from '../parse/formats.ts';
import type { KnowledgeSource, SkippedFile } from '../types.ts';
import type { IndexedDocument, ScannedDocument } from './plan.ts';
import { loadFile } from './read-file.ts';
import { scanSource, settledModifiedMs, type SourceFile } from './scan-source.ts';

export interface CollectedFile extends ScannedDocument {
  file: SourceFile;
  /** Absent when the index already holds this exact content. */
  content?: DocumentContent;
  /** Same content as indexed but a new size or time: the index should remember the new ones. */
  restated?: boolean;
}

export interface Collection {
  files: CollectedFile[];
  skipped: SkippedFile[];
  /** Sources listed completely: vanished files of these may be pruned. */
  scannedFolders: Set<string>;
  total: number;
}

export async function collectFiles(
  sources: readonly KnowledgeSource[],
  indexed: ReadonlyMap<string, IndexedDocument>,
  options: { maxFileBytes: number; onFileDone: () => void; onTotal: (total: number) => void; otherSources: readonly string[] },
): Promise<Collection> {
  const scans = await Promise.all(sources.map(async (source) => ({ source, scan: await scanSource(source, { otherSources: options.otherSources.filter((path) => path !== source.path) }) })));
  const collection: Collection = { files: [], skipped: [], scannedFolders: new Set(), total: 0 };
  for (const { source, scan } of scans) {
    if (!scan.unreadable) collection.scannedFolders.add(source.name);
    collection.skipped.push(...scan.skipped);
    collection.total += scan.files.length;
  }
  options.onTotal(collection.total);
  for (const { scan } of scans) {
    for (const file of scan.files) {
      const collected = await collectOne(file, indexed, options.maxFileBytes, collection.skipped);
      if (collected) collection.files.push(collected);
      if (!collected?.content) options.onFileDone();
    }
  }
  return collection;
}

async function collectOne(file: SourceFile, indexed: ReadonlyMap<string, IndexedDocument>, maxFileBytes: number, skipped: SkippedFile[]): Promise<CollectedFile | undefined> {
  const known = indexed.get(file.sourcePath);
  // Same size and same settled modification time: the content is the one indexed, no need to read it.
  if (known && statsMatch(known, file)) return { file, sourcePath: file.sourcePath, folder: file.folder, contentHash: known.contentHash };
  try {
    const loaded = await loadFile(file, maxFileBytes);
    const unchanged = known?.contentHash === loaded.contentHash;
    const base = { file, sourcePath: file.sourcePath, folder: file.folder, contentHash: loaded.contentHash };
    return unchanged ? { ...base, restated: true } : { ...base, content: loaded.content };
  } catch (error) {
    skipped.push({ path: file.sourcePath, reason: rejectionReason(error) });
    return undefined;
  }
}

export function statsMatch(known: Pick<IndexedDocument, 'sizeBytes' | 'modifiedMs'>, file: SourceFile): boolean {
  return known.modifiedMs !== undefined && known.modifiedMs !== null && known.sizeBytes === file.sizeBytes && known.modifiedMs === settledModifiedMs(file);
}

export function rejectionReason(error: unknown): string {
  if (error instanceof DocumentRejectedError) return error.reason;
  return `could not be indexed (${error instanceof Error ? error.message : String(error)})`;
}
