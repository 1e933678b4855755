/** `tandem sources`: what the knowledge base holds, per source. */
import { dirname } from 'node:path';
import { composeTandem } from '../../app/compose.ts';
import { KnowledgeIngestError, type SourceReport } from '../../knowledge/index.ts';
import { writeLine, type CliIo } from '../io.ts';
import { cliLogger, loadCliConfig, type GlobalOptions } from '../runtime.ts';

export interface SourcesOptions {
  json?: boolean;
}

export async function runSources(io: CliIo, globals: GlobalOptions, options: SourcesOptions): Promise<void> {
  const loaded = loadCliConfig(io, globals);
  const tandem = await composeTandem({ config: loaded.config, logger: cliLogger(io, globals), baseDir: loaded.file ? dirname(loaded.file) : io.cwd });
  try {
    try {
      tandem.knowledge.syncSources(tandem.knowledgeSources);
    } catch (error) {
      // A clash between the configuration and an added source: still list what is there.
      if (!(error instanceof KnowledgeIngestError)) throw error;
      writeLine(io.stderr, `Note: ${error.message}`);
    }
    const reports = tandem.knowledge.sourceReports();
    writeLine(io.stdout, options.json ? JSON.stringify(reports.map(toJson)) : describe(reports));
  } finally {
    tandem.close();
  }
}

function toJson(report: SourceReport) {
  return { ...report, embeddingCoverage: Math.round(report.embeddingCoverage * 1000) / 1000, lastIndexedAt: report.lastIndexedAt?.toISOString() ?? null };
}

function describe(reports: readonly SourceReport[]): string {
  if (reports.length === 0) return 'No knowledge sources. Add one with `tandem ingest PATH` or knowledge.folders in tandem.config.yaml.';
  const rows = reports.map((report) => [
    report.name,
    report.origin,
    String(report.documents),
    String(report.passages),
    `${Math.round(report.embeddingCoverage * 100)}%`,
    report.channels.length === 0 ? 'everywhere' : report.channels.map((channel) => (channel === 'dm' ? 'dm' : `#${channel}`)).join(' '),
    report.lastIndexedAt ? `${report.lastIndexedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never',
    report.path,
  ]);
  const header = ['name', 'origin', 'documents', 'passages', 'embedded', 'visible in', 'last indexed', 'path'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  return [header, ...rows].map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')).join('\n');
}
