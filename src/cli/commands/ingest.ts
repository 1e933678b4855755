/**
 * `tandem ingest [PATH…]`: with paths, register each as an added knowledge source (it stays
 * indexed until `tandem forget PATH`) and index it; without, index every source. Re-runs skip
 * unchanged files. Restrictions only ever narrow here (see src/knowledge/lifecycle/add-source.ts).
 */
import { dirname, resolve } from 'node:path';
import { composeTandem, type Tandem } from '../../app/compose.ts';
import { indexAllSources } from '../../app/knowledge-upkeep.ts';
import type { IngestSummary } from '../../knowledge/index.ts';
import { UsageError } from '../../errors.ts';
import { writeLine, type CliIo } from '../io.ts';
import { terminalSafe } from '../../adapters/terminal-text.ts';
import { cliLogger, loadCliConfig, type GlobalOptions } from '../runtime.ts';

export interface IngestOptions {
  name?: string;
  channels?: string;
  json?: boolean;
  prune?: boolean;
}

export async function runIngest(io: CliIo, globals: GlobalOptions, paths: string[], options: IngestOptions): Promise<void> {
  if (options.name !== undefined && paths.length !== 1) throw new UsageError('--name names one source: give exactly one path with it.');
  const loaded = loadCliConfig(io, globals);
  const tandem = await composeTandem({ config: loaded.config, logger: cliLogger(io, globals), baseDir: loaded.file ? dirname(loaded.file) : io.cwd });
  try {
    await tandem.services.models.local.check();
    const onProgress = progressBar(io);
    const prune = options.prune !== false;
    if (paths.length === 0) {
      const { summary } = await indexAllSources(tandem, { onProgress, prune });
      writeLine(io.stdout, options.json ? JSON.stringify(summary) : describeSummary(summary));
      return;
    }
    tandem.knowledge.syncSources(tandem.knowledgeSources);
    await addPaths(tandem, io, paths, options, { onProgress, prune });
  } finally {
    tandem.close();
  }
}

async function addPaths(tandem: Tandem, io: CliIo, paths: string[], options: IngestOptions, ingest: { onProgress: (done: number, total: number) => void; prune: boolean }): Promise<void> {
  const channels = options.channels === undefined ? undefined : options.channels.split(',').map((item) => item.trim()).filter(Boolean);
  for (const path of paths) {
    const { source, summary } = await tandem.knowledge.addSource(
      { path: resolve(io.cwd, path), ...(options.name ? { name: options.name } : {}), ...(channels ? { channels } : {}) },
      ingest,
    );
    if (options.json) {
      writeLine(io.stdout, JSON.stringify({ source: { name: source.name, path: source.path, origin: source.origin, channels: source.channels }, ...summary }));
      continue;
    }
    const restriction = source.channels.length === 0 ? 'visible in every channel' : `visible only in ${source.channels.map((channel) => (channel === 'dm' ? 'direct messages' : `#${channel}`)).join(', ')}`;
    const kept = source.origin === 'added' ? `it stays indexed until \`tandem forget ${source.path}\`` : 'configured in tandem.config.yaml';
    writeLine(io.stdout, `Knowledge source "${source.name}" (${source.path}): ${restriction}; ${kept}.`);
    writeLine(io.stdout, describeSummary(summary));
  }
}

function progressBar(io: CliIo): (done: number, total: number) => void {
  const interactive = 'isTTY' in io.stderr && Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  return (done, total) => {
    if (!interactive || total < 20) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files${done === total ? '\n' : ''}`);
  };
}

export function describeSummary(summary: IngestSummary): string {
  const lines = [
    `Indexed in ${(summary.durationMs / 1000).toFixed(1)} s: ${summary.added} added, ${summary.updated} updated, ${summary.removed} removed, ${summary.unchanged} unchanged, ${summary.skipped.length} skipped.`,
    `${summary.chunks} passages written, ${summary.embedded} embedded.`,
  ];
  if (summary.embeddingNote) lines.push(summary.embeddingNote);
  for (const skipped of summary.skipped) lines.push(`  skipped ${skipped.path}: ${skipped.reason}`);
  // File names come from disk and can hold escape sequences.
  return terminalSafe(lines.join('\n'));
}
