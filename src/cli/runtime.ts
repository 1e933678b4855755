/**
 * Start-up shared by the commands that need a running tandem: load and validate config (before
 * anything starts), compose, check the local model, and bring the knowledge base up to date.
 */
import { dirname } from 'node:path';
import type { Tandem } from '../app/compose.ts';
import { loadConfig, type LoadedConfig } from '../config/load.ts';
import { createLogger, type Logger } from '../logger.ts';
import { maskSecretsIn } from '../mask-secrets.ts';
import { terminalSafe } from '../adapters/terminal-text.ts';
import { writeLine, type CliIo } from './io.ts';
import type { ChannelScope } from '../knowledge/index.ts';
import { indexAllSources, prepareIndexForQuestions } from '../app/knowledge-upkeep.ts';

export interface GlobalOptions {
  db?: string;
  verbose?: boolean;
  /** Skip start-up chatter on stderr (dry runs). */
  quiet?: boolean;
  /** Load the privacy guard's tables at start even without a cloud provider (`route` and `redact` always run it). */
  warmGuard?: boolean;
}

/**
 * What a command needs from the knowledge base: `sync` indexes every source (start), `check` uses
 * the index as it is after a fast freshness check (ask, route), `none` leaves it alone (summarize).
 */
export type KnowledgeUpkeep = 'sync' | 'check' | 'none';


export function loadCliConfig(io: CliIo, options: GlobalOptions): LoadedConfig {
  return loadConfig({ environment: io.environment, cwd: io.cwd, overrides: options.db ? { databasePath: options.db } : {} });
}

export function cliLogger(io: CliIo, options: GlobalOptions): Logger {
  return createLogger({ level: options.verbose ? 'debug' : 'warn', write: (line) => io.stderr.write(`${line}\n`) });
}

export interface StartupReport {
  /** Lines to show the person once (model status, index state). */
  notes: string[];
  localAvailable: boolean;
}

export interface BootOptions {
  logger?: Logger;
  knowledge?: KnowledgeUpkeep;
  /** With `check`: where the question is asked (only sources visible there are checked and named). */
  scope?: ChannelScope;
  /**
   * `tandem start` only: check at start that the configured cloud model answers, so a bad key or an
   * unknown model is a warning now rather than a surprise on the first escalation. One-off commands
   * skip it: `tandem ask --channel legal` must not contact the vendor at all.
   */
  probeCloud?: boolean;
  /**
   * `tandem start` only: a process that will answer people for hours loads the privacy guard's tables now, when a
   * cloud is configured, so that the first message to escalate does not wait for them. A one-off `ask` or
   * `summarize` loads them only if its request escalates: most stay local, and warming took longer (~1 s) than
   * answering.
   */
  longRunning?: boolean;
}

export async function bootTandem(io: CliIo, options: GlobalOptions & BootOptions): Promise<{ tandem: Tandem; startup: StartupReport }> {
  const loaded = loadCliConfig(io, options);
  const logger = options.logger ?? cliLogger(io, options);
  const mode = options.knowledge ?? 'sync';
  // The long-running bot checks every page of the file at start; one-shot commands cannot afford
  // to read a large file whole for one answer, and rely on SQLite's checks of the pages they read.
  // Loaded here, not at the top: commands that never boot tandem (config check) skip the SDKs and the database.
  const { composeTandem } = await import('../app/compose.ts');
  const tandem = await composeTandem({ config: loaded.config, logger, baseDir: loaded.file ? dirname(loaded.file) : io.cwd, integrityCheck: mode === 'sync' ? 'full' : 'on-access' });
  // The guard's lazy tables load now, not inside the first person's message, in the bot and in the commands that always run it.
  if (options.warmGuard || (options.longRunning && tandem.services.escalation)) (await import('../router/privacy/index.ts')).warmGuard();
  // WordNet's files open now, not inside the first question that uses a word the handbook lacks.
  (await import('../knowledge/index.ts')).warmRelatedWords();
  // So do the request classifier's learned weights and the dictionary its reasons quote words by, read by every request's routing.
  (await import('../router/request-kind/learned-difficulty.ts')).loadLearnedDifficulty();
  (await import('../router/request-kind/quoted-words.ts')).warmQuotedWords();
  const notes: string[] = [];
  // The model probe waits on the network while the index check works on the disk: run them together.
  const localCheck = tandem.services.models.local.check();
  let knowledgeNotes: string[];
  try {
    knowledgeNotes = await upkeep(tandem, io, mode, options.scope ?? CLI_SCOPE);
  } catch (error) {
    await localCheck.catch(() => undefined);
    tandem.close();
    throw error;
  }
  const local = await localCheck;
  if (local.ok) notes.push(`🏠 Local model ${tandem.config.local.model} is ready (${local.detail}).`);
  else notes.push(`📚 Retrieval-only mode: no local model available — ${local.detail}. Answers quote the knowledge base.`);
  const cloud = tandem.services.escalation;
  const cloudHealth = cloud && options.probeCloud ? await cloud.monitor.check() : undefined;
  if (cloud && cloudHealth?.ok === false) notes.push(unusableCloudWarning(cloud.providerId, cloud.modelId, cloudHealth.detail));
  else if (cloud) notes.push(`☁️  Cloud escalation: ${cloud.providerId}/${cloud.modelId} (personal data and secrets are pseudonymized before anything leaves).`);
  else notes.push('☁️  Cloud escalation is off (no OPENAI_API_KEY or ANTHROPIC_API_KEY): everything stays local.');
  notes.push(...knowledgeNotes);
  // Notes quote provider details, which can name a host with credentials in it.
  return { tandem, startup: { notes: notes.map(maskSecretsIn), localAvailable: local.ok } };
}

const CLI_SCOPE: ChannelScope = { channelId: 'cli', channelName: 'cli', isDirect: false };

async function upkeep(tandem: Tandem, io: CliIo, mode: KnowledgeUpkeep, scope: ChannelScope): Promise<string[]> {
  if (mode === 'none') return [];
  if (mode === 'check') {
    // Stale-index and first-index lines matter even to scripts: stderr, never mixed into stdout.
    // They name files, and a file name is written by whoever can write to the folder.
    for (const note of await prepareIndexForQuestions(tandem, scope)) writeLine(io.stderr, terminalSafe(maskSecretsIn(note)));
    return [];
  }
  const { summary } = await indexAllSources(tandem);
  const stats = tandem.knowledge.stats();
  const notes = [`📖 Knowledge base: ${stats.documents} documents, ${stats.chunks} passages (${summary.added} added, ${summary.updated} updated, ${summary.removed} removed).`];
  if (summary.embeddingNote) notes.push(`   ${summary.embeddingNote}`);
  return notes;
}

/** Names the setting to fix: the key for an authentication failure, else the model. */
export function unusableCloudWarning(providerId: string, modelId: string, detail: string): string {
  const keyVariable = providerId === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY';
  const authProblem = /\b(401|403)\b|unauthori[sz]ed|authenticat|api key|permission/i.test(detail);
  const fix = authProblem
    ? `check ${keyVariable} (or cloud.${providerId}.apiKey): the provider refused the key`
    : `set cloud.model to a model ${providerId} offers your account (now: ${modelId}), or check cloud.${providerId}.baseUrl`;
  return `⚠️  Cloud escalation is configured but unusable — ${detail}. Fix: ${fix}. Until then, requests that would escalate are answered locally, with a note saying so.`;
}
