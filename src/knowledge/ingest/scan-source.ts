/**
 * Lists the files of one knowledge source. Hidden entries (.git, .DS_Store…) are passed over in
 * silence; anything else that cannot be indexed is reported with a reason. Symbolic links to files
 * are followed; links to folders are not (they can loop).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from '../parse/formats.ts';
import type { DocumentFormat } from '../parse/document.ts';
import type { KnowledgeSource, SkippedFile } from '../types.ts';

export interface SourceFile {
  absolutePath: string;
  /** Path inside the source, with `/` separators on every platform. */
  relativePath: string;
  /** `<source name>/<relative path>`: the document's identity in the index. */
  sourcePath: string;
  folder: string;
  format: DocumentFormat;
  sizeBytes: number;
}

export interface ScanResult {
  files: SourceFile[];
  skipped: SkippedFile[];
  /** The source itself could not be read: its documents must be kept, not pruned. */
  unreadable: boolean;
}

export async function scanSource(source: KnowledgeSource): Promise<ScanResult> {
  const result: ScanResult = { files: [], skipped: [], unreadable: false };
  try {
    const info = await stat(source.path);
    if (info.isDirectory()) await walk(source, source.path, result);
    else addFile(source, source.path, basename(source.path), info.size, result);
  } catch (error) {
    result.unreadable = true;
    result.skipped.push({ path: source.path, reason: `source ${describeFsError(error)}; its documents are kept as they were` });
  }
  result.files.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  return result;
}

async function walk(source: KnowledgeSource, folder: string, result: ScanResult): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const absolutePath = join(folder, entry.name);
    const relativePath = relative(source.path, absolutePath).split(sep).join('/');
    if (entry.isDirectory()) {
      await walk(source, absolutePath, result);
      continue;
    }
    try {
      const info = await stat(absolutePath);
      if (info.isDirectory()) result.skipped.push({ path: `${source.name}/${relativePath}`, reason: 'link to a folder (not followed)' });
      else if (info.isFile()) addFile(source, absolutePath, relativePath, info.size, result);
    } catch (error) {
      result.skipped.push({ path: `${source.name}/${relativePath}`, reason: describeFsError(error) });
    }
  }
}

function addFile(source: KnowledgeSource, absolutePath: string, relativePath: string, sizeBytes: number, result: ScanResult): void {
  const sourcePath = `${source.name}/${relativePath}`;
  const format = formatOf(relativePath);
  if (!format) {
    const extension = /\.[^./]+$/.exec(relativePath)?.[0] ?? '(none)';
    result.skipped.push({ path: sourcePath, reason: `unsupported file type ${extension} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})` });
    return;
  }
  result.files.push({ absolutePath, relativePath, sourcePath, folder: source.name, format, sizeBytes });
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)';
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}
