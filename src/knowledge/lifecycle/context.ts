/** What the source lifecycle (sync, add, forget, freshness, report) works on. */
import { isAbsolute, relative, sep } from 'node:path';
import type Database from 'better-sqlite3';
import type { DocumentStore } from '../ingest/document-store.ts';
import { purgeRemovedText } from '../store/purge.ts';
import type { RegisteredSource, SourceRegistry } from '../store/source-registry.ts';

export interface LifecycleContext {
  sqlite: Database.Database;
  store: DocumentStore;
  registry: SourceRegistry;
  now: () => Date;
}

/** Removes every document of a source (rows, vectors, FTS5 entries); returns how many. */
export function removeSourceDocuments(context: LifecycleContext, name: string): number {
  const ids = context.store.listFolder(name).map((document) => document.id);
  context.store.transaction(() => context.store.remove(ids));
  return ids.length;
}

/**
 * A source inside another one is indexed under its own name and restriction only. Documents the
 * outer source took from that subtree before the inner one existed are removed at once — they
 * would otherwise stay visible wherever the outer source is, until its next re-index.
 */
export function removeShadowedDocuments(context: LifecycleContext): void {
  const sources = context.registry.list();
  for (const outer of sources) {
    for (const inner of sources) {
      const inside = relative(outer.path, inner.path);
      if (inner === outer || inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..') continue;
      const prefix = `${outer.name}/${inside.split(sep).join('/')}`;
      const ids = context.store
        .listFolder(outer.name)
        .filter((document) => document.sourcePath === prefix || document.sourcePath.startsWith(`${prefix}/`))
        .map((document) => document.id);
      if (ids.length > 0) context.store.transaction(() => context.store.remove(ids));
    }
  }
}

/**
 * A new source inside others: those others must be indexed again before they are trusted, since a
 * link inside them may point into the new source's files (see ingest/scan-source.ts).
 */
export function invalidateContainers(context: LifecycleContext, path: string): void {
  for (const outer of containersOf(context, path)) context.registry.markUnindexed(outer.name);
}

/** Registered sources whose folder holds `path`. */
export function containersOf(context: LifecycleContext, path: string): RegisteredSource[] {
  return context.registry.list().filter((outer) => {
    const inside = relative(outer.path, path);
    return inside !== '' && !isAbsolute(inside) && inside.split(sep)[0] !== '..';
  });
}

/** After removals: make the removed text unrecoverable from the file (see store/purge.ts). */
export function purgeIfRemoved(context: LifecycleContext): void {
  if (!context.store.removedText) return;
  purgeRemovedText(context.sqlite);
  context.store.removedText = false;
}

/** A restriction as people write it: "everywhere" or the channel list. */
export function describeChannels(channels: readonly string[]): string {
  return channels.length === 0 ? 'no channel restriction' : `channels ${channels.map((channel) => (channel === 'dm' ? 'dm' : `#${channel}`)).join(', ')}`;
}
