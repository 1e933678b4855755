/**
 * When the knowledge base is brought in step with its folders. `tandem start` and its schedule
 * index every source (configured folders follow the configuration; added ones stay until
 * forgotten). One-shot commands (`ask`, `route`) answer from the index as it is: they register the
 * configuration (cheap, so a changed restriction applies at once), index a source only the first
 * time it is seen, and otherwise run the fast freshness check and say when the index lags.
 */
import { visibleIn, type ChannelScope, type IngestOptions, type IngestSummary, type RegisteredSource, type StaleSource } from '../knowledge/index.ts';
import type { Tandem } from './compose.ts';

export interface FullIndexOutcome {
  summary: IngestSummary;
  /** Configured sources dropped because the configuration no longer names them. */
  dropped: string[];
}

export async function indexAllSources(tandem: Tandem, options: Pick<IngestOptions, 'onProgress' | 'prune'> = {}): Promise<FullIndexOutcome> {
  const { active, dropped } = tandem.knowledge.syncSources(tandem.knowledgeSources);
  const summary = await tandem.knowledge.ingest(active, { prune: options.prune ?? true, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return { summary, dropped };
}

/**
 * For one-shot commands: returns the lines to show the person (first index, stale index). Only
 * sources the asking channel may see are checked and named: the others take no part in the answer,
 * and their names and file paths are not the channel's to read.
 */
export async function prepareIndexForQuestions(tandem: Tandem, scope: ChannelScope): Promise<string[]> {
  const started = performance.now();
  const { active } = tandem.knowledge.syncSources(tandem.knowledgeSources);
  const notes: string[] = [];
  const neverIndexed = active.filter((source) => !source.lastIndexedAt);
  if (neverIndexed.length > 0) {
    const summary = await tandem.knowledge.ingest(neverIndexed, { prune: true });
    const named = neverIndexed.filter((source) => visibleIn(source.channels, scope));
    if (named.length > 0) notes.push(`Indexed ${named.map((source) => `"${source.name}"`).join(', ')}${named.length < neverIndexed.length ? ' (and sources this channel does not see)' : ''} for the first time: ${summary.added} documents, ${summary.chunks} passages.`);
  }
  const indexed = active.filter((source) => source.lastIndexedAt && visibleIn(source.channels, scope));
  const freshness = await tandem.knowledge.checkFreshness(indexed);
  // Read by scripts/bench/knowledge-freshness.ts (with --verbose) to show what the check costs.
  tandem.services.logger.debug('knowledge index check', { sources: indexed.length, files: freshness.files, durationMs: Math.round((performance.now() - started) * 10) / 10 });
  for (const stale of freshness.stale) notes.push(staleNote(stale, indexed.find((source) => source.name === stale.name)));
  return notes;
}

export function staleNote(stale: StaleSource, source: RegisteredSource | undefined): string {
  const counts = [`${stale.changed} changed`, `${stale.added} new`, `${stale.removed} removed`].join(', ');
  const newest = stale.newest ? `; newest ${stale.newest.path}, modified ${isoMinute(stale.newest.modifiedAt)}` : '';
  const when = source?.lastIndexedAt ? ` (indexed ${isoMinute(source.lastIndexedAt)})` : '';
  return `Note: the index of "${stale.name}"${when} is older than its files (${counts}${newest}); this answer uses the index as it is. Run \`tandem ingest\` to update it, or keep \`tandem start\` running.`;
}

function isoMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
