/**
 * The one-shot commands' freshness check: is the index older than the files? One listing and one
 * stat per file, compared with the size and modification time each document was hashed at; only
 * files whose size or time differ are read and re-hashed (a touched but unchanged file is not a
 * change). Nothing is written: `ask` and `route` answer from the index as it is and say when it lags.
 */
import { statsMatch } from '../ingest/collect-files.ts';
import { loadFile } from '../ingest/read-file.ts';
import { scanSourceSync, type SourceFile } from '../ingest/scan-source.ts';
import type { RegisteredSource } from '../store/source-registry.ts';
import type { LifecycleContext } from './context.ts';

export interface StaleSource {
  name: string;
  added: number;
  changed: number;
  removed: number;
  /** The most recently modified new or changed file, if any. */
  newest?: { path: string; modifiedAt: Date };
}

export interface FreshnessReport {
  stale: StaleSource[];
  /** Files listed across all sources. */
  files: number;
  durationMs: number;
}

export async function checkFreshness(context: LifecycleContext, sources: readonly RegisteredSource[], maxFileBytes: number): Promise<FreshnessReport> {
  const started = performance.now();
  const report: FreshnessReport = { stale: [], files: 0, durationMs: 0 };
  const allPaths = context.registry.list().map((source) => source.path);
  for (const source of sources) {
    const scan = scanSourceSync(source, { otherSources: allPaths.filter((path) => path !== source.path), sorted: false });
    // An unreadable folder keeps its documents (ingest does not prune it either): nothing to compare.
    if (scan.unreadable) continue;
    report.files += scan.files.length;
    const stale = await compare(context, scan.files, context.store.fingerprints(source.name), maxFileBytes);
    if (stale.added + stale.changed + stale.removed > 0) report.stale.push({ name: source.name, ...stale });
  }
  report.durationMs = performance.now() - started;
  return report;
}

async function compare(context: LifecycleContext, files: readonly SourceFile[], known: Map<string, [number, number | null]>, maxFileBytes: number): Promise<Omit<StaleSource, 'name'>> {
  const result: Omit<StaleSource, 'name'> = { added: 0, changed: 0, removed: 0 };
  for (const file of files) {
    const fingerprint = known.get(file.sourcePath);
    known.delete(file.sourcePath);
    if (fingerprint && statsMatch({ sizeBytes: fingerprint[0], modifiedMs: fingerprint[1] }, file)) continue;
    const hash = await hashOrUndefined(file, maxFileBytes);
    const document = fingerprint ? { contentHash: context.store.hashOf(file.sourcePath) } : undefined;
    // A file ingest skips (empty, binary, too large) is not a change, unless it replaced an indexed one.
    if (!document && hash === undefined) continue;
    if (document && hash === document.contentHash) continue;
    if (document) result.changed++;
    else result.added++;
    if (!result.newest || file.modifiedMs > result.newest.modifiedAt.getTime()) result.newest = { path: file.sourcePath, modifiedAt: new Date(file.modifiedMs) };
  }
  result.removed = known.size;
  return result;
}

async function hashOrUndefined(file: SourceFile, maxFileBytes: number): Promise<string | undefined> {
  try {
    return (await loadFile(file, maxFileBytes)).contentHash;
  } catch {
    return undefined;
  }
}
