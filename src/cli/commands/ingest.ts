/** `tandem ingest`: index folders and files into the knowledge base, incrementally. */
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { composeTandem } from '../../app/compose.ts';
import type { IngestSummary } from '../../knowledge/index.ts';
import { writeLine, type CliIo } from '../io.ts';
import { cliLogger, loadCliConfig, type GlobalOptions } from '../runtime.ts';
import { dirname } from 'node:path';

interface IngestOptions {
  name?: string;
  channels?: string;
  json?: boolean;
  prune?: boolean;
}

export function registerIngest(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('ingest')
    .description('Index folders or files (Markdown, text, HTML, PDF) into the knowledge base; re-runs skip unchanged files')
    .argument('[paths...]', 'folders or files; default: the configured knowledge folders')
    .option('--name <name>', 'source name shown in citations (one path only)')
    .option('--channels <list>', 'comma-separated channels allowed to see these documents')
    .option('--no-prune', 'keep documents whose files have disappeared')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options: IngestOptions) => {
      const loaded = loadCliConfig(io, globals());
      const tandem = composeTandem({ config: loaded.config, logger: cliLogger(io, globals()), baseDir: loaded.file ? dirname(loaded.file) : io.cwd });
      try {
        const channels = options.channels ? options.channels.split(',').map((item) => item.trim()).filter(Boolean) : [];
        const sources =
          paths.length > 0
            ? paths.map((path) => ({ path: resolve(io.cwd, path), name: paths.length === 1 && options.name ? options.name : basename(resolve(io.cwd, path)), channels }))
            : tandem.sources;
        await tandem.services.models.local.check();
        const summary = await tandem.knowledge.ingest(sources, { prune: options.prune !== false, onProgress: progressBar(io) });
        writeLine(io.stdout, options.json ? JSON.stringify(summary) : describeSummary(summary));
        const unconfigured = sources.filter((source) => !tandem.sources.some((configured) => configured.path === source.path));
        if (unconfigured.length > 0) {
          // The configuration is the index's source of truth: `tandem start` re-indexes exactly the configured folders.
          writeLine(io.stderr, `Note: ${unconfigured.map((source) => source.path).join(', ')} ${unconfigured.length === 1 ? 'is' : 'are'} not in knowledge.folders; add ${unconfigured.length === 1 ? 'it' : 'them'} to tandem.config.yaml to keep ${unconfigured.length === 1 ? 'it' : 'them'} indexed when tandem starts.`);
        }
      } finally {
        tandem.close();
      }
    });
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
  return lines.join('\n');
}
