/**
 * Lists the files of one knowledge source. Hidden entries (.git, .DS_Store…) are passed over in
 * silence; anything else that cannot be indexed is reported with a reason. Symbolic links stay
 * inside their folder: a link to a file elsewhere (another folder's restricted file, a `.env` next
 * to the project) is not indexed — it would be quoted under this folder's weaker restriction — nor
 * is a link to a hidden file or to a folder (they can loop). Listing is synchronous: one stat per
 * file, so a 15k-file folder is checked in tens of milliseconds rather than a second of awaits.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, isAbsolute, relative, sep } from 'node:path';
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
  /**
   * The file that was listed and checked (device and inode): reading refuses any other, so a file
   * swapped for a link to `.env` after the listing is not read in its place.
   */
  fileId: { dev: number; ino: number };
}

export interface ScanResult {
  files: SourceFile[];
  skipped: SkippedFile[];
  /** The source itself could not be read: its documents must be kept, not pruned. */
  unreadable: boolean;
}

export interface ScanOptions {
  /**
   * Every other source's path. A source nested inside this folder is left to itself (with its own
   * restriction): indexing it here too would show a restricted folder wherever its parent is seen.
   */
  otherSources?: readonly string[];
}

export async function scanSource(source: KnowledgeSource, options: ScanOptions = {}): Promise<ScanResult> {
  return scanSourceSync(source, options);
}

export function scanSourceSync(source: KnowledgeSource, options: ScanOptions & { sorted?: boolean } = {}): ScanResult {
  const result: ScanResult = { files: [], skipped: [], unreadable: false };
  try {
    const root = realpathSync(source.path);
    const info = statSync(root);
    const nested = nestedRoots(root, options.otherSources ?? []);
    if (info.isDirectory()) walk({ source, root, nested }, root, result);
    else if (basename(root).startsWith('.')) result.skipped.push({ path: source.path, reason: 'hidden file (not indexed)' });
    else addFile(source, root, basename(source.path), info, result);
  } catch (error) {
    result.unreadable = true;
    result.skipped.push({ path: source.path, reason: `source ${describeFsError(error)}; its documents are kept as they were` });
  }
  if (options.sorted !== false) result.files.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  return result;
}

interface Walk {
  source: KnowledgeSource;
  root: string;
  /** Real paths of other sources inside this one. */
  nested: readonly string[];
}

function walk(scan: Walk, folder: string, result: ScanResult, relativeFolder = ''): void {
  const { source } = scan;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    // Built by concatenation, not path.join/relative: this runs once per file on every freshness check.
    const absolutePath = `${folder}${sep}${entry.name}`;
    const relativePath = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!scan.nested.includes(absolutePath)) walk(scan, absolutePath, result, relativePath);
      continue;
    }
    if (scan.nested.includes(absolutePath)) continue;
    try {
      const target = entry.isSymbolicLink() ? confinedTarget(scan, absolutePath) : { path: absolutePath };
      if ('refused' in target) {
        result.skipped.push({ path: `${source.name}/${relativePath}`, reason: target.refused });
        continue;
      }
      const info = statSync(target.path);
      if (info.isDirectory()) result.skipped.push({ path: `${source.name}/${relativePath}`, reason: 'link to a folder (not followed)' });
      else if (info.isFile()) addFile(source, target.path, relativePath, info, result);
    } catch (error) {
      result.skipped.push({ path: `${source.name}/${relativePath}`, reason: describeFsError(error) });
    }
  }
}

/** A link is followed only to a visible file inside the same source folder, and not into a nested source. */
function confinedTarget(scan: Walk, linkPath: string): { path: string } | { refused: string } {
  const target = realpathSync(linkPath);
  const outside = { refused: 'link to a file outside this folder (not followed: it would take this folder\'s restriction)' };
  if (!isInside(scan.root, target) || scan.nested.some((nested) => nested === target || isInside(nested, target))) return outside;
  if (relative(scan.root, target).split(sep).some((part) => part.startsWith('.'))) return { refused: 'link to a hidden file (not followed)' };
  return { path: target };
}

function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !isAbsolute(inside) && inside.split(sep)[0] !== '..';
}

function nestedRoots(root: string, otherSources: readonly string[]): string[] {
  const nested: string[] = [];
  for (const path of otherSources) {
    try {
      const real = realpathSync(path);
      if (isInside(root, real)) nested.push(real);
    } catch {
      // A source that does not exist holds nothing to leave out.
    }
  }
  return nested;
}

function addFile(source: KnowledgeSource, absolutePath: string, relativePath: string, info: Stats, result: ScanResult): void {
  const sourcePath = `${source.name}/${relativePath}`;
  const format = formatOf(relativePath);
  if (!format) {
    const extension = /\.[^./]+$/.exec(relativePath)?.[0] ?? '(none)';
    result.skipped.push({ path: sourcePath, reason: `unsupported file type ${extension} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})` });
    return;
  }
  result.files.push({ absolutePath, relativePath, sourcePath, folder: source.name, format, sizeBytes: info.size, modifiedMs: info.mtimeMs, fileId: { dev: info.dev, ino: info.ino } });
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
  // Opened without following links: the file became one after the folder was listed.
  if (code === 'ELOOP' || code === 'EMLINK') return 'replaced by a link while being indexed (not followed); it is read again next time';
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}
