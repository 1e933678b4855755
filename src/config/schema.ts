/**
 * tandem's configuration, validated once at start-up and passed down. Every section is strict:
 * an unknown key is an error, because a typo ("monthlyUSD") that silently does nothing is worse
 * than a refusal to start. Defaults make an empty file (or none) a working local-only setup.
 */
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL, e.g. http://127.0.0.1:11434' });
const usd = z.number().min(0, 'a non-negative number of US dollars');
const cronExpression = z
  .string()
  .regex(/^(\S+\s+){4}\S+$/, 'a five-field cron expression, e.g. "0 9 1 * *"');
const timezone = z.string().refine(isTimeZone, 'an IANA time zone, e.g. "Europe/Berlin" or "UTC"');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const localSchema = z.strictObject({
  provider: z.enum(['ollama', 'openai-compatible']).default('ollama'),
  model: z.string().min(1).default('llama3.2'),
  /** Ollama's address (OLLAMA_HOST). */
  host: httpUrl.default('http://127.0.0.1:11434'),
  /** For `openai-compatible`: the server's /v1 URL (llama.cpp :8080/v1, LM Studio :1234/v1, vLLM :8000/v1). */
  baseUrl: httpUrl.optional(),
  apiKey: z.string().optional(),
  embedModel: z.string().min(1).default('nomic-embed-text'),
  /** Used when the server does not report the model's context length. */
  contextWindow: z.number().int().min(512).max(2_000_000).default(8192),
  timeoutMs: z.number().int().min(1000).default(120_000),
  /** Longest wait for the local model's last privacy pass over text bound for the cloud; 0 turns the pass off. */
  privacyFilterTimeoutMs: z.number().int().min(0).max(60_000).default(3000),
  /** What local inference really costs, so savings are believable: per million tokens… */
  costPerMTokUsd: usd.default(0),
  /** …and/or a flat monthly amount (hardware amortization, power). */
  monthlyCostUsd: usd.default(0),
  /** One-off hardware price, for the report's break-even month. */
  hardwareCostUsd: usd.optional(),
});

const cloudVendorSchema = z.strictObject({
  apiKey: z.string().min(1).optional(),
  baseUrl: httpUrl.optional(),
});

export const cloudSchema = z.strictObject({
  /** Defaults to whichever vendor has a key (OpenAI first). */
  provider: z.enum(['openai', 'anthropic']).optional(),
  model: z.string().min(1).optional(),
  /** The model the all-cloud counterfactual is priced on; defaults to the cloud model. */
  referenceModel: z.string().min(1).optional(),
  timeoutMs: z.number().int().min(1000).default(60_000),
  maxRetries: z.number().int().min(0).max(10).default(2),
  openai: cloudVendorSchema.default({}),
  anthropic: cloudVendorSchema.default({}),
});

/** Plain-language routing preferences the local model matches requests against (see README). */
export const DEFAULT_ROUTING_PREFERENCES = [
  { when: 'contract, legal clause or compliance review', route: 'cloud' },
  { when: 'writing, fixing or reviewing non-trivial code, or debugging from logs', route: 'cloud' },
  { when: 'financial analysis, forecasts or pricing decisions from figures', route: 'cloud' },
  { when: 'architecture or design trade-offs and plans', route: 'cloud' },
  { when: 'questions about company policies, benefits, IT and how-tos', route: 'local' },
  { when: 'short messages, rewording, translation and quick facts', route: 'local' },
] as const;

const routingPreferenceSchema = z.strictObject({
  /** What the request is about, in plain words. */
  when: z.string().trim().min(3).max(200),
  route: z.enum(['local', 'cloud']),
});

export const routingSchema = z.strictObject({
  /** Difficulty (0–1) at or above which a request escalates from a small local model; larger tiers add to it. */
  difficultyThreshold: z.number().min(0).max(1).default(0.6),
  /** How capable the local model is; by default read from Ollama's reported parameter size (small if unknown). */
  localTier: z.enum(['small', 'medium', 'large']).optional(),
  /** Plain-language preferences decided by the local model; [] turns the local call off. */
  preferences: z.array(routingPreferenceSchema).max(20).default(DEFAULT_ROUTING_PREFERENCES.map((preference) => ({ ...preference }))),
  /** How long the local model may take to match a preference before the classifier decides alone. */
  preferenceTimeoutMs: z.number().int().min(100).max(30_000).default(1_500),
  /** Below this retrieval confidence (0–1) an ask counts as "not in the knowledge base". */
  minRetrievalConfidence: z.number().min(0).max(1).default(0.35),
  /** Answer locally first and escalate only when the local answer is weak. */
  cascade: z.boolean().default(true),
});

const knowledgeFolderSchema = z.strictObject({
  path: z.string().min(1),
  /** Name shown in citations; defaults to the folder's base name. */
  name: z.string().min(1).optional(),
  /** Only answer from this folder in these channels (names or ids); empty = everywhere. */
  channels: z.array(z.string().min(1)).default([]),
});

export const knowledgeSchema = z.strictObject({
  folders: z.array(knowledgeFolderSchema).default([]),
  /** Index the bundled sample handbook when no folders are configured, so a fresh install can answer. */
  includeSample: z.boolean().default(true),
  /** Re-index configured folders on this schedule (they are also re-indexed at start). */
  reindexSchedule: cronExpression.default('0 * * * *'),
  maxResults: z.number().int().min(1).max(20).default(5),
});

const channelSchema = z.strictObject({
  policy: z.enum(['open', 'confidential']).default('open'),
});

export const budgetSchema = z.strictObject({
  /** Monthly cloud cap; once reached everything stays local. Unset = no cap. */
  monthlyUsd: usd.optional(),
  perUserDailyUsd: usd.optional(),
  /** Alert the finance channels when this share of the monthly budget is used. */
  alertThresholdsPct: z.array(z.number().int().min(1).max(1000)).default([50, 80, 100]),
});

const priceOverrideSchema = z.strictObject({
  inputPerMTok: usd,
  cachedInputPerMTok: usd.optional(),
  outputPerMTok: usd,
});

export const pricingSchema = z.strictObject({
  overrides: z.record(z.string().min(1), priceOverrideSchema).default({}),
});

export const reportSchema = z.strictObject({
  schedule: cronExpression.default('0 9 1 * *'),
  timezone: timezone.default('UTC'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD').default('USD'),
  locale: z.string().default('en-US'),
  channels: z
    .strictObject({
      slack: z.array(z.string().min(1)).default([]),
      discord: z.array(z.string().min(1)).default([]),
    })
    .default({ slack: [], discord: [] }),
  /** Who may run /spend: platform user ids, and Slack user-group handles / Discord role ids (names are never trusted on Discord). */
  viewers: z
    .strictObject({
      users: z.array(z.string().min(1)).default([]),
      roles: z.array(z.string().min(1)).default([]),
    })
    .default({ users: [], roles: [] }),
});

export const slackSchema = z.strictObject({
  botToken: z.string().regex(/^xoxb-/, 'a bot token starting with xoxb-').optional(),
  appToken: z.string().regex(/^xapp-/, 'an app-level token starting with xapp-').optional(),
  signingSecret: z.string().min(1).optional(),
  /**
   * Socket Mode needs no public URL; HTTP mode needs the signing secret and a reachable port.
   * Unset: Socket Mode when an app token is present, else HTTP mode.
   */
  mode: z.enum(['socket', 'http']).optional(),
  port: z.number().int().min(1).max(65535).default(3000),
  /**
   * HTTP mode's listen address. Slack only calls https:// URLs and tandem serves plain HTTP, so a
   * TLS-terminating proxy always sits in front: by default tandem listens on loopback only and the
   * port is not reachable from the network. In a container behind a proxy in another container,
   * set `0.0.0.0` (all IPv4 interfaces) or `::`.
   */
  host: z
    .string()
    .regex(/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$/, 'an IP address or host name, e.g. 127.0.0.1 or 0.0.0.0 (no scheme, no port)')
    .default('127.0.0.1'),
  apiUrl: httpUrl.optional(),
});

export const discordSchema = z.strictObject({
  token: z.string().min(1).optional(),
  /** Register slash commands in these guilds (instant) instead of globally (up to an hour). */
  guildIds: z.array(z.string().regex(/^\d+$/, 'a numeric guild id')).default([]),
  restApiUrl: httpUrl.optional(),
  /** Read every member's name for the privacy guard (needs the privileged Server Members intent). */
  fetchAllMembers: z.boolean().default(false),
});

export const requestsSchema = z.strictObject({
  /**
   * A running tandem renews its claim on the requests it is answering; one whose claim went this long
   * without renewal is taken over (and finished) by the next tandem to start on the same database.
   */
  leaseSeconds: z.number().int().min(1).max(3600).default(60),
});

export const configSchema = z.strictObject({
  database: z.strictObject({ path: z.string().min(1).default('./data/tandem.db') }).default({ path: './data/tandem.db' }),
  local: localSchema.default(localSchema.parse({})),
  cloud: cloudSchema.default(cloudSchema.parse({})),
  routing: routingSchema.default(routingSchema.parse({})),
  knowledge: knowledgeSchema.default(knowledgeSchema.parse({})),
  channels: z.record(z.string().min(1), channelSchema).default({}),
  budget: budgetSchema.default(budgetSchema.parse({})),
  pricing: pricingSchema.default(pricingSchema.parse({})),
  report: reportSchema.default(reportSchema.parse({})),
  slack: slackSchema.default(slackSchema.parse({})),
  discord: discordSchema.default(discordSchema.parse({})),
  requests: requestsSchema.default(requestsSchema.parse({})),
});

export type TandemConfig = z.infer<typeof configSchema>;
export type KnowledgeFolderConfig = z.infer<typeof knowledgeFolderSchema>;
