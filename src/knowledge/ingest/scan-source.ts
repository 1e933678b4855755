/**
 * Lists the files of one knowledge source. Hidden entries (.git, .DS_Store…) are passed over in
 * silence; anything else that cannot be indexed is reported with a reason. Symbolic links stay
 * inside their folder: a link to a file elsewhere (another folder's restricted file, a `.env` next
 * to the project) is not indexed — it would be quoted under this folder's weaker restriction — nor
 * is a link to a hidden file or to a folder (they can loop). Listing is synchronous: one stat per
 * file, so a 15k-file folder is checked in tens of milliseconds rather than a second of awaits.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from '../parse/formats.ts';
import type { DocumentFormat } from '../parse/document.ts';
import type { KnowledgeSource, SkippedFile } from '../types.ts';

export interface SourceFile {
  /** The file actually read: for a link, its checked target. */
  absolutePath: string;
  /** Path inside the source, with `/` separators on every platform. */
  relativePath: string;
  /** `<source name>/<relative path>`: the document's identity in the index. */
  sourcePath: string;
  folder: string;
  format: DocumentFormat;
  sizeBytes: number;
  /** Modification time in ms, compared with the index to skip re-hashing unchanged files. */
  modifiedMs: number;
}

export interface ScanResult {
  files: SourceFile[];
  skipped: SkippedFile[];
  /** The source itself could not be read: its documents must be kept, not pruned. */
  unreadable: boolean;
}

export async function scanSource(source: KnowledgeSource): Promise<ScanResult> {
  return scanSourceSync(source);
}

export function scanSourceSync(source: KnowledgeSource): ScanResult {
  const result: ScanResult = { files: [], skipped: [], unreadable: false };
  try {
    const root = realpathSync(source.path);
    const info = statSync(root);
    if (info.isDirectory()) walk(source, root, root, result);
    else if (basename(root).startsWith('.')) result.skipped.push({ path: source.path, reason: 'hidden file (not indexed)' });
    else addFile(source, root, basename(source.path), info.size, info.mtimeMs, result);
  } catch (error) {
    result.unreadable = true;
    result.skipped.push({ path: source.path, reason: `source ${describeFsError(error)}; its documents are kept as they were` });
  }
  result.files.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  return result;
}

function walk(source: KnowledgeSource, root: string, folder: string, result: ScanResult): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const absolutePath = join(folder, entry.name);
    const relativePath = relative(root, absolutePath).split(sep).join('/');
    if (entry.isDirectory()) {
      walk(source, root, absolutePath, result);
      continue;
    }
    try {
      const target = entry.isSymbolicLink() ? confinedTarget(root, absolutePath) : { path: absolutePath };
      if ('refused' in target) {
        result.skipped.push({ path: `${source.name}/${relativePath}`, reason: target.refused });
        continue;
      }
      const info = statSync(target.path);
      if (info.isDirectory()) result.skipped.push({ path: `${source.name}/${relativePath}`, reason: 'link to a folder (not followed)' });
      else if (info.isFile()) addFile(source, target.path, relativePath, info.size, info.mtimeMs, result);
    } catch (error) {
      result.skipped.push({ path: `${source.name}/${relativePath}`, reason: describeFsError(error) });
    }
  }
}

/** A link is followed only to a visible file inside the same source folder. */
function confinedTarget(root: string, linkPath: string): { path: string } | { refused: string } {
  const target = realpathSync(linkPath);
  const inside = relative(root, target);
  if (inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..') {
    return { refused: 'link to a file outside this folder (not followed: it would take this folder\'s restriction)' };
  }
  if (inside.split(sep).some((part) => part.startsWith('.'))) return { refused: 'link to a hidden file (not followed)' };
  return { path: target };
}

function addFile(source: KnowledgeSource, absolutePath: string, relativePath: string, sizeBytes: number, modifiedMs: number, result: ScanResult): void {
  const sourcePath = `${source.name}/${relativePath}`;
  const format = formatOf(relativePath);
  if (!format) {
    const extension = /\.[^./]+$/.exec(relativePath)?.[0] ?? '(none)';
    result.skipped.push({ path: sourcePath, reason: `unsupported file type ${extension} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})` });
    return;
  }
  result.files.push({ absolutePath, relativePath, sourcePath, folder: source.name, format, sizeBytes, modifiedMs });
}

/** Files younger than this are always re-hashed: a second write within the clock's granularity keeps the same time. */
const SETTLE_MS = 2_000;

/** The modification time worth remembering, or null while the file may still be changing. */
export function settledModifiedMs(file: Pick<SourceFile, 'modifiedMs'>, nowMs = Date.now()): number | null {
  return nowMs - file.modifiedMs > SETTLE_MS ? Math.trunc(file.modifiedMs) : null;
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)';
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}
