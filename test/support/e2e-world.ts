/**
 * The world an end-to-end test runs in: a temp workspace with a tandem.config.yaml and a small
 * knowledge folder, a fake Ollama (or none), fake OpenAI and Anthropic servers recording every byte,
 * the environment that points tandem at them, and helpers to read the ledger afterwards.
 *
 * Nothing here mocks a tandem module: tests run the real CLI (`runTandem`) or the real composition
 * (`composeTandem` + `createBot` + real adapters) against these servers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/client.ts';
import { feedback, modelCalls } from '../../db/schema.ts';
import { composeTandem, type Tandem } from '../../src/app/compose.ts';
import { indexAllSources } from '../../src/app/knowledge-upkeep.ts';
import { loadConfig } from '../../src/config/load.ts';
import type { Logger } from '../../src/logger.ts';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic.ts';
import { startFakeOllama, type FakeOllama, type OllamaReply } from '../fakes/ollama.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai.ts';
import type { RecordedRequest } from '../fakes/http-recorder.ts';
import { CLOSED_PORT_URL, tempWorkspace } from './cli-harness.ts';

export type Vendor = 'openai' | 'anthropic';

/** The fake clouds answer with placeholders they were sent, so re-identification shows in the answer. */
export const ECHO_REPLY = 'Contact <PERSON_1> at <EMAIL_1>. Rotate <SECRET_1> and check <URL_CREDENTIALS_1>.';

/** Known usage, so costs are exact: 1,000 in × $10/M + 200 out × $30/M = $0.016 per cloud call. */
export const CLOUD_USAGE = { input: 1_000, output: 200 };
export const CLOUD_CALL_USD_MICROS = 16_000;
export const CLOUD_MODELS: Record<Vendor, string> = { openai: 'gpt-5.4', anthropic: 'claude-sonnet-4-6' };
export const OPENAI_KEY = ['test', 'openai', 'key'].join('-');
export const ANTHROPIC_KEY = ['test', 'anthropic', 'key'].join('-');

/** A small handbook without any personal data, so every placeholder in a cloud prompt comes from the test's text. */
export const HANDBOOK: Record<string, string> = {
  'time-off.md': [
    '# Time Off',
    '',
    '## Vacation',
    '',
    'Full-time employees accrue 25 days of paid vacation per calendar year. Vacation days are requested in the HR portal at least two weeks ahead.',
    '',
    '## Sick leave',
    '',
    'Sick leave is unlimited for short illnesses; from the fourth day a doctor note is needed.',
  ].join('\n'),
  'vpn.md': [
    '# VPN Access',
    '',
    '## Getting access',
    '',
    'Install the WireGuard client, then request a VPN profile through the IT self-service portal. Profiles are issued within one business day.',
  ].join('\n'),
};

export interface WorldOptions {
  vendor?: Vendor;
  /** `down`: OLLAMA_HOST points at a closed port. */
  ollama?: 'up' | 'down';
  ollamaReply?: Partial<OllamaReply>;
  /** Extra YAML appended to the config (top-level sections). */
  extraConfig?: string;
  /** Replaces the default `cloud:` section body. */
  cloudConfig?: string;
  /** Override the `local:` section body. */
  localConfig?: string;
  /** False: no cloud key is configured (the fakes still run and must stay silent). */
  cloud?: boolean;
  /** knowledge.reindexSchedule (cron); default tandem's hourly one. */
  reindexSchedule?: string;
}

export interface World {
  cwd: string;
  dbPath: string;
  environment: Record<string, string>;
  vendor: Vendor;
  ollama: FakeOllama | undefined;
  openai: FakeOpenAI;
  anthropic: FakeAnthropic;
  /** Requests that reached either cloud vendor's fake. */
  cloudRequests(): RecordedRequest[];
  /** Chat requests (not health probes) that reached either cloud. */
  cloudChats(): RecordedRequest[];
  close(): Promise<void>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const vendor = options.vendor ?? 'openai';
  const ollama = options.ollama === 'down' ? undefined : await startFakeOllama({ reply: { promptEvalCount: 300, evalCount: 40, ...options.ollamaReply } });
  const openai = await startFakeOpenAI({
    apiKey: OPENAI_KEY,
    models: [CLOUD_MODELS.openai],
    reply: { text: ECHO_REPLY, promptTokens: CLOUD_USAGE.input, cachedTokens: 0, completionTokens: CLOUD_USAGE.output },
  });
  const anthropic = await startFakeAnthropic({
    apiKey: ANTHROPIC_KEY,
    models: [{ id: CLOUD_MODELS.anthropic, maxInputTokens: 200_000 }],
    reply: { text: ECHO_REPLY, inputTokens: CLOUD_USAGE.input, outputTokens: CLOUD_USAGE.output, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 },
  });
  const cwd = tempWorkspace(configYaml(options));
  mkdirSync(join(cwd, 'kb'));
  for (const [name, text] of Object.entries(HANDBOOK)) writeFileSync(join(cwd, 'kb', name), text);
  const dbPath = join(cwd, 'tandem.db');
  const environment: Record<string, string> = {
    OLLAMA_HOST: ollama?.url ?? CLOSED_PORT_URL,
    TANDEM_DB: dbPath,
    ...(options.cloud === false ? {} : vendor === 'openai' ? { OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: openai.baseURL } : { ANTHROPIC_API_KEY: ANTHROPIC_KEY, ANTHROPIC_BASE_URL: anthropic.url }),
  };
  const isChat = (request: { method: string; path: string }) => request.method === 'POST' && /\/v1\/(chat\/completions|messages)/.test(request.path);
  return {
    cwd,
    dbPath,
    environment,
    vendor,
    ollama,
    openai,
    anthropic,
    cloudRequests: () => [...openai.requests, ...anthropic.requests],
    cloudChats: () => [...openai.requests, ...anthropic.requests].filter(isChat),
    async close() {
      await Promise.all([ollama?.close(), openai.close(), anthropic.close()]);
    },
  };
}

function configYaml(options: WorldOptions): string {
  return [
    'local:',
    indent(options.localConfig ?? 'timeoutMs: 5000'),
    'cloud:',
    indent(options.cloudConfig ?? 'maxRetries: 0\ntimeoutMs: 5000'),
    'knowledge:',
    '  folders:',
    '    - path: ./kb',
    '      name: handbook',
    ...(options.reindexSchedule ? [`  reindexSchedule: '${options.reindexSchedule}'`] : []),
    'pricing:',
    '  overrides:',
    `    ${CLOUD_MODELS.openai}: { inputPerMTok: 10, cachedInputPerMTok: 10, outputPerMTok: 30 }`,
    `    ${CLOUD_MODELS.anthropic}: { inputPerMTok: 10, cachedInputPerMTok: 10, outputPerMTok: 30 }`,
    options.extraConfig ?? '',
    '',
  ].join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

export type LedgerRow = typeof modelCalls.$inferSelect;

/**
 * Embedding the knowledge base and each question is tandem's own work (purpose `embed`); the tests
 * here count the calls made to answer people, so they look past those rows.
 */
export function withoutEmbeddings<Row extends { purpose: string }>(rows: Row[]): Row[] {
  return rows.filter((row) => row.purpose !== 'embed');
}

/** The model_calls rows of answering people (embeddings left out), oldest first, read after the CLI closed the file. */
export function readLedger(dbPath: string): LedgerRow[] {
  const database = openDatabase(dbPath);
  try {
    return withoutEmbeddings(database.db.select().from(modelCalls).orderBy(modelCalls.id).all());
  } finally {
    database.close();
  }
}

export function readFeedback(dbPath: string): Array<typeof feedback.$inferSelect> {
  const database = openDatabase(dbPath);
  try {
    return database.db.select().from(feedback).all();
  } finally {
    database.close();
  }
}

/**
 * What `tandem start` does before connecting a platform: load the config from the workspace and
 * environment, compose, load the privacy guard when a cloud is configured, probe the local model, index the
 * knowledge folders.
 */
export async function composeFromWorkspace(world: Pick<World, 'cwd' | 'environment'>, logger: Logger, extraEnvironment: Record<string, string> = {}): Promise<Tandem> {
  const loaded = loadConfig({ environment: { ...world.environment, ...extraEnvironment }, cwd: world.cwd });
  const tandem = await composeTandem({ config: loaded.config, logger, baseDir: world.cwd });
  // As the bot does at start (src/cli/runtime.ts): cloud escalation imports the guard only when a request escalates.
  if (tandem.services.escalation) (await import('../../src/router/privacy/index.ts')).warmGuard();
  await tandem.services.models.local.check();
  await indexAllSources(tandem);
  return tandem;
}

/** A logger that keeps lines for assertions (and failure messages) instead of printing them. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push(`${level}: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * Polls without relying on Date (some tests fake it). The bound is liveness, not speed: a first message
 * in a fresh process loads the guard's tables (word lists, names, the town list), and CI runs test files
 * side by side on two cores.
 */
export async function eventually<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
