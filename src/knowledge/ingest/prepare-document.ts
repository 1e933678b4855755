/** Parses and chunks one file's content into what the document store writes. */
import { chunkDocument, type ChunkDraft, type ChunkOptions } from '../chunk/chunker.ts';
import { DocumentRejectedError } from '../errors.ts';
import { parseDocument } from '../parse/formats.ts';
import type { DocumentRecord } from './document-store.ts';
import type { CollectedFile } from './collect-files.ts';
import { settledModifiedMs } from './scan-source.ts';

export interface PreparedDocument {
  record: DocumentRecord;
  drafts: ChunkDraft[];
}

export async function prepareDocument(collected: CollectedFile, indexedAt: Date, chunkOptions: ChunkOptions): Promise<PreparedDocument> {
  if (!collected.content) throw new Error(`no content loaded for ${collected.sourcePath}`);
  const parsed = await parseDocument(collected.content, collected.file.relativePath);
  const drafts = chunkDocument(parsed, chunkOptions);
  if (drafts.length === 0) throw new DocumentRejectedError('no text to index');
  return {
    record: {
      sourcePath: collected.sourcePath,
      folder: collected.folder,
      title: parsed.title,
      format: parsed.format,
      contentHash: collected.contentHash,
      sizeBytes: collected.file.sizeBytes,
      modifiedMs: settledModifiedMs(collected.file),
      ...(parsed.link ? { link: parsed.link } : {}),
      indexedAt,
    },
    drafts,
  };
}
