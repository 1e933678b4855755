/** What the source lifecycle (sync, add, forget, freshness, report) works on. */
import type Database from 'better-sqlite3';
import type { DocumentStore } from '../ingest/document-store.ts';
import { purgeRemovedText } from '../store/purge.ts';
import type { SourceRegistry } from '../store/source-registry.ts';

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
