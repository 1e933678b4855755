/**
 * Reads one file and decides whether it can be indexed, before any parser sees it: too large
 * (judged from its size alone, so a 50 MB file is never read), empty, binary, UTF-16, or not valid
 * UTF-8. Each refusal is a DocumentRejectedError whose reason ends up in the ingest summary.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { DocumentRejectedError } from '../errors.ts';
import type { DocumentContent } from '../parse/formats.ts';
import { describeFsError, type SourceFile } from './scan-source.ts';

export interface LoadedFile {
  content: DocumentContent;
  /** sha256 of the raw bytes: equal hashes mean nothing to re-index. */
  contentHash: string;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function loadFile(file: SourceFile, maxBytes: number): Promise<LoadedFile> {
  if (file.sizeBytes > maxBytes) {
    throw new DocumentRejectedError(`too large (${megabytes(file.sizeBytes)}; the limit is ${megabytes(maxBytes)})`);
  }
  if (file.sizeBytes === 0) throw new DocumentRejectedError('empty file');
  let bytes: Buffer;
  try {
    bytes = await readListedFile(file);
  } catch (error) {
    if (error instanceof DocumentRejectedError) throw error;
    throw new DocumentRejectedError(describeFsError(error), { cause: error });
  }
  // The size may have changed since the folder was listed.
  if (bytes.length > maxBytes) throw new DocumentRejectedError(`too large (${megabytes(bytes.length)}; the limit is ${megabytes(maxBytes)})`);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  if (file.format === 'pdf') {
    if (!bytes.subarray(0, 1024).includes('%PDF-')) throw new DocumentRejectedError('not a PDF file (no %PDF- header)');
    return { content: { format: 'pdf', bytes }, contentHash };
  }
  return { content: { format: file.format, text: decodeText(bytes) }, contentHash };
}

/** Where the platform has it (not Windows), opening a link fails instead of following it. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The file the listing checked, and no other: links were judged when the folder was listed, and
 * whoever can write to the folder could swap a file for a link (to `.env`, to a restricted folder)
 * before it is read. Opened without following a link, then compared by device and inode.
 */
async function readListedFile(file: SourceFile): Promise<Buffer> {
  const handle = await open(file.absolutePath, constants.O_RDONLY | NO_FOLLOW);
  try {
    const opened = await handle.stat();
    if (opened.dev !== file.fileId.dev || opened.ino !== file.fileId.ino) {
      throw new DocumentRejectedError('replaced by another file while being indexed; it is read again next time');
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function decodeText(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DocumentRejectedError('UTF-16 text; save it as UTF-8 to index it');
  }
  // Text never contains NUL; nearly every binary format does, usually within the first bytes.
  if (bytes.includes(0)) {
    throw new DocumentRejectedError('binary content (contains NUL bytes), not text');
  }
  let text: string;
  try {
    // TextDecoder strips a UTF-8 byte-order mark and, being fatal, rejects any invalid sequence.
    text = utf8.decode(bytes);
  } catch (error) {
    throw new DocumentRejectedError('not valid UTF-8 text (re-save it as UTF-8)', { cause: error });
  }
  if (text.trim() === '') throw new DocumentRejectedError('empty file (only whitespace)');
  return text;
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
