/**
 * Registers a path given to `tandem ingest PATH`. Fails closed on restrictions: a configured
 * folder keeps the channels its configuration gives it, and a re-ingest may narrow an added
 * source's channels but never drop or widen them (that takes `tandem forget PATH` first, a
 * deliberate act). A name already used by another source is refused, never merged or pruned.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { KnowledgeIngestError } from '../errors.ts';
import { normalizeChannel } from '../store/folder-access.ts';
import type { RegisteredSource } from '../store/source-registry.ts';
import { describeChannels, invalidateContainers, removeShadowedDocuments, removeSourceDocuments, type LifecycleContext } from './context.ts';

export interface AddSourceRequest {
  /** Absolute path. */
  path: string;
  name?: string;
  /** Undefined: keep the source's current restriction (none for a new source). */
  channels?: readonly string[];
}

export function registerSource(context: LifecycleContext, request: AddSourceRequest): RegisteredSource {
  const channels = request.channels === undefined ? undefined : normalizeAll(request.channels);
  const existing = context.registry.find({ path: request.path });
  if (existing) return reuse(context, existing, request, channels);
  // A mistyped path must not become a source that stays, empty, until someone forgets it.
  if (!existsSync(request.path)) throw new KnowledgeIngestError(`${request.path} does not exist: check the path (nothing was added).`);
  const name = request.name ?? basename(request.path);
  if (name.trim() === '' || name.includes('/')) throw new KnowledgeIngestError(`The source name ${JSON.stringify(name)} is not usable: give --name a non-empty name without "/".`);
  const clash = context.registry.find({ name });
  if (clash && clash.origin !== 'sample') {
    throw new KnowledgeIngestError(`A knowledge source named "${name}" already exists (${clash.path}): ingest this one under another name with --name NAME.`);
  }
  const source = { path: request.path, name, channels: channels ?? [] };
  context.registry.save(source, 'added', context.now());
  // The bundled sample only stands in for a knowledge base with nothing of the person's own.
  for (const sample of context.registry.list().filter((entry) => entry.origin === 'sample')) {
    removeSourceDocuments(context, sample.name);
    context.registry.remove(sample.name);
  }
  removeShadowedDocuments(context);
  invalidateContainers(context, source.path);
  return context.registry.find({ name })!;
}

function reuse(context: LifecycleContext, existing: RegisteredSource, request: AddSourceRequest, channels: string[] | undefined): RegisteredSource {
  if (request.name !== undefined && request.name !== existing.name) {
    throw new KnowledgeIngestError(`${existing.path} is already a knowledge source named "${existing.name}": forget it first (\`tandem forget ${existing.path}\`) to index it under another name.`);
  }
  if (existing.origin !== 'added') {
    if (channels !== undefined && !sameSet(channels, existing.channels)) {
      throw new KnowledgeIngestError(`${existing.path} is configured in knowledge.folders with ${describeChannels(existing.channels)}; change its restriction in tandem.config.yaml, not with --channels.`);
    }
    return existing;
  }
  if (channels === undefined || sameSet(channels, existing.channels)) return existing;
  if (widens(existing.channels, channels)) {
    throw new KnowledgeIngestError(`${existing.path} is restricted to ${describeChannels(existing.channels)}; ingest never drops or widens a restriction. To change it, run \`tandem forget ${existing.path}\` and ingest it again with --channels.`);
  }
  context.registry.save({ path: existing.path, name: existing.name, channels }, 'added', context.now());
  return context.registry.find({ name: existing.name })!;
}

function normalizeAll(channels: readonly string[]): string[] {
  return [...new Set(channels.map(normalizeChannel).filter((channel) => channel !== ''))].sort();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry) => b.includes(entry));
}

/** No restriction means "everywhere": anything else is narrower. A restriction only narrows to a non-empty subset. */
function widens(current: readonly string[], next: readonly string[]): boolean {
  if (current.length === 0) return false;
  return next.length === 0 || next.some((channel) => !current.includes(channel));
}
