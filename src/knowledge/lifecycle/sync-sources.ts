/**
 * Keeps the registry in step with the configuration — cheap, no file is read — so a restriction
 * changed in tandem.config.yaml applies to the very next question, and a folder removed from it
 * stops being quoted. The bundled sample handbook stands in only while no folder is configured and
 * nothing was added with `tandem ingest PATH`: a person's own documents replace it.
 */
import { KnowledgeIngestError } from '../errors.ts';
import { normalizeChannel, removeFolderAccess } from '../store/folder-access.ts';
import type { RegisteredSource } from '../store/source-registry.ts';
import type { KnowledgeSource } from '../types.ts';
import { invalidateContainers, purgeIfRemoved, removeShadowedDocuments, removeSourceDocuments, type LifecycleContext } from './context.ts';

export interface SourceSyncRequest {
  configured: readonly KnowledgeSource[];
  /** The bundled handbook, when the configuration allows it. */
  sample?: KnowledgeSource;
}

export interface SourceSyncOutcome {
  active: RegisteredSource[];
  /** Sources dropped because the configuration no longer names them. */
  dropped: string[];
}

export function syncSources(context: LifecycleContext, request: SourceSyncRequest): SourceSyncOutcome {
  validateNames(request.configured);
  const registered = context.registry.list();
  const added = registered.filter((source) => source.origin === 'added');
  for (const source of request.configured) refuseClash(source, added);
  const wanted: Array<{ source: KnowledgeSource; origin: 'configured' | 'sample' }> = request.configured.map((source) => ({ source, origin: 'configured' }));
  if (wanted.length === 0 && added.length === 0 && request.sample) wanted.push({ source: request.sample, origin: 'sample' });
  const dropped: string[] = [];
  for (const source of registered) {
    if (source.origin === 'added') continue;
    const still = wanted.find((entry) => entry.source.name === source.name && entry.source.path === source.path && entry.origin === source.origin);
    if (still) continue;
    removeSourceDocuments(context, source.name);
    context.registry.remove(source.name);
    dropped.push(source.name);
  }
  for (const entry of wanted) {
    if (unchanged(entry.source, entry.origin, registered)) continue;
    const isNew = !registered.some((source) => source.name === entry.source.name && source.path === entry.source.path);
    context.registry.save(entry.source, entry.origin, context.now());
    if (isNew) invalidateContainers(context, entry.source.path);
  }
  removeUnregistered(context);
  removeShadowedDocuments(context);
  purgeIfRemoved(context);
  return { active: context.registry.list(), dropped };
}

function validateNames(sources: readonly KnowledgeSource[]): void {
  const names = new Set<string>();
  for (const source of sources) {
    if (names.has(source.name)) throw new KnowledgeIngestError(`Two knowledge folders are both named "${source.name}": give each its own name (knowledge.folders[].name).`);
    names.add(source.name);
  }
}

function refuseClash(source: KnowledgeSource, added: readonly RegisteredSource[]): void {
  const clash = added.find((other) => other.name === source.name || other.path === source.path);
  if (!clash) return;
  throw new KnowledgeIngestError(
    `The configured knowledge folder ${source.path} (name "${source.name}") clashes with ${clash.path}, added as "${clash.name}" by tandem ingest: run \`tandem forget ${clash.path}\`, or give the configured folder another name.`,
  );
}

function unchanged(source: KnowledgeSource, origin: string, registered: readonly RegisteredSource[]): boolean {
  const current = registered.find((entry) => entry.name === source.name);
  if (!current || current.path !== source.path || current.origin !== origin) return false;
  const wanted = [...new Set(source.channels.map(normalizeChannel).filter(Boolean))].sort();
  return wanted.join('\n') === [...current.channels].sort().join('\n');
}

/** Documents of folders no source claims (indexed by an older tandem, or half-removed) are dropped. */
function removeUnregistered(context: LifecycleContext): void {
  const names = context.registry.list().map((source) => source.name);
  for (const folder of context.store.folders()) if (!names.includes(folder)) removeSourceDocuments(context, folder);
  removeFolderAccess(context.sqlite, names);
}
