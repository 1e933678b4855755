/**
 * The ingest planner: compares what the sources hold now with what the index holds, and says what
 * to do with each document. Pure — no I/O — so every rule is testable on its own.
 *  - same path, same hash → unchanged; same path, new hash → update;
 *  - a new path whose hash equals that of a vanished path → rename (the document keeps its id and
 *    its unchanged chunks keep their embeddings);
 *  - a vanished path → remove, when pruning, unless its source could not be read this time;
 *  - a folder no longer configured → remove, only with `removeOtherFolders`.
 */
export interface IndexedDocument {
  id: number;
  sourcePath: string;
  folder: string;
  contentHash: string;
  sizeBytes?: number;
  /** The file's settled modification time when last hashed (null: unknown, re-hash). */
  modifiedMs?: number | null;
}

export interface ScannedDocument {
  sourcePath: string;
  folder: string;
  contentHash: string;
}

export interface IngestPlan<T extends ScannedDocument> {
  add: T[];
  update: Array<{ document: T; id: number }>;
  rename: Array<{ document: T; from: IndexedDocument }>;
  unchanged: T[];
  remove: IndexedDocument[];
}

export interface PlanScope {
  /** Folders fully listed in this run: their vanished files may be pruned. */
  scannedFolders: ReadonlySet<string>;
  /** Every folder named by this run's sources (listed or not). */
  sourceFolders: ReadonlySet<string>;
  prune: boolean;
  removeOtherFolders: boolean;
}

export function planIngest<T extends ScannedDocument>(indexed: readonly IndexedDocument[], scanned: readonly T[], scope: PlanScope): IngestPlan<T> {
  const byPath = new Map(indexed.map((document) => [document.sourcePath, document]));
  const plan: IngestPlan<T> = { add: [], update: [], rename: [], unchanged: [], remove: [] };
  const seen = new Set<string>();
  for (const document of scanned) {
    seen.add(document.sourcePath);
    const existing = byPath.get(document.sourcePath);
    if (!existing) plan.add.push(document);
    else if (existing.contentHash === document.contentHash) plan.unchanged.push(document);
    else plan.update.push({ document, id: existing.id });
  }
  const vanished = indexed.filter((document) => !seen.has(document.sourcePath) && isRemovable(document, scope));
  return matchRenames(plan, vanished);
}

function isRemovable(document: IndexedDocument, scope: PlanScope): boolean {
  if (!scope.sourceFolders.has(document.folder)) return scope.removeOtherFolders;
  return scope.prune && scope.scannedFolders.has(document.folder);
}

/** Pairs added documents with vanished ones of identical content: those are moves, not new files. */
function matchRenames<T extends ScannedDocument>(plan: IngestPlan<T>, vanished: IndexedDocument[]): IngestPlan<T> {
  const byHash = new Map<string, IndexedDocument[]>();
  for (const document of vanished) byHash.set(document.contentHash, [...(byHash.get(document.contentHash) ?? []), document]);
  const added: T[] = [];
  for (const document of plan.add) {
    const from = byHash.get(document.contentHash)?.shift();
    if (from) plan.rename.push({ document, from });
    else added.push(document);
  }
  const renamedIds = new Set(plan.rename.map((entry) => entry.from.id));
  return { ...plan, add: added, remove: vanished.filter((document) => !renamedIds.has(document.id)) };
}
