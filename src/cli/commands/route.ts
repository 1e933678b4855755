/**
 * `tandem route`: a dry run of the routing policy. Prints the decision, its reasons (request kind,
 * difficulty and its signals, the local tier), what would be redacted and the exact text that
 * would leave for the cloud — nothing is sent anywhere. `--evaluate` and `--calibrate` are in
 * route-evaluate.ts and route-calibrate.ts.
 */
import { randomUUID } from 'node:crypto';
import { decideRoute, preferenceCouldMatter } from '../../router/decide-route.ts';
import { assessRequest } from '../../router/request-kind/assess-request.ts';
import { promptTokensWithin } from '../../router/count-tokens.ts';
import { providerFacts } from '../../router/provider-facts.ts';
import { pseudonymizeForCloud } from '../../router/cloud-escalation.ts';
import { groundedMessages, generalMessages } from '../../bot/answer/prompt.ts';
import { UsageError } from '../../errors.ts';
import { writeLine, type CliIo } from '../io.ts';
import { readInputMessages, type InputMessage } from '../message-input.ts';
import { bootTandem, type GlobalOptions } from '../runtime.ts';
import type { Tandem } from '../../app/compose.ts';
import { runCalibrate } from './route-calibrate.ts';
import type { RouteOptions } from './route-options.ts';
import { runEvaluate } from './route-evaluate.ts';
import { usableTokens } from '../../router/output-reserve.ts';

export async function runRoute(io: CliIo, globals: GlobalOptions, words: string[], options: RouteOptions): Promise<void> {
  if (options.evaluate) return runEvaluate(io, globals, options);
  const messages = await readInputMessages(words, options.jsonl, io);
  if (messages.every((message) => message.text.trim() === '')) throw new UsageError('Give a message to route, e.g. tandem route "what does clause 9 of this MSA mean for us"');
  if (options.calibrate) return runCalibrate(io, globals, messages.map((message) => message.text), options);
  const { tandem } = await bootTandem(io, { ...globals, quiet: true, knowledge: 'check', warmGuard: true, scope: { channelId: options.channel, channelName: options.channel, isDirect: false } });
  try {
    for (const message of messages) {
      const result = await dryRun(tandem, message, options);
      writeLine(io.stdout, options.json || options.jsonl ? JSON.stringify(result) : describe(result));
    }
  } finally {
    tandem.close();
  }
  return undefined;
}

async function dryRun(tandem: Tandem, message: InputMessage, options: RouteOptions) {
  const services = tandem.services;
  const text = message.text;
  const channel = message.channel ?? options.channel;
  const scope = { channelId: channel, channelName: channel, isDirect: false };
  const retrieval = await services.knowledge.retrieve(text, scope, { limit: services.config.knowledge.maxResults });
  const line = services.config.routing.minRetrievalConfidence;
  const request = assessRequest(text, { confidence: retrieval.confidence, line });
  const found = request.kind !== 'chitchat' && retrieval.chunks.length > 0 && retrieval.confidence >= line;
  const messages = found ? groundedMessages(text, retrieval.chunks) : generalMessages(text);
  const flags = { cloud: options.cloud ?? false, local: options.local ?? false };
  const channelPolicy = services.channelPolicy(scope);
  const { local, cloud } = await providerFacts(services.models, services.escalation, { channelPolicy, flags });
  const promptTokens = promptTokensWithin(messages, usableTokens(local.contextWindow, services.routePolicy.outputReserve));
  const context = { requestId: randomUUID(), platform: 'cli' as const, channelName: channel, command: 'route', route: 'local', reasons: [] };
  const preference = local.available && preferenceCouldMatter(request, local.tier, services.routePolicy) ? await services.routingPreferences?.match(text, context) : undefined;
  const facts = { task: 'ask' as const, flags, channelPolicy, local, cloud, promptTokens, request, retrievalConfidence: retrieval.confidence, budget: services.budget(undefined) };
  const decision = decideRoute({ ...facts, ...(preference ? { preference } : {}) }, services.routePolicy);
  const guarded = await pseudonymizeForCloud([{ role: 'user', content: text }], []);
  return {
    route: decision.route,
    kind: request.kind,
    difficulty: request.difficulty,
    // What the classifier read, even when availability rather than difficulty decided the route.
    signals: request.signals,
    localTier: local.tier,
    reasons: decision.reasons,
    refusals: decision.refusals,
    cascade: decision.cascade,
    retrievalConfidence: Math.round(retrieval.confidence * 100) / 100,
    redactions: guarded.redactions,
    // What would leave the building if this request escalated; null when it never may.
    cloudText: decision.cloudAllowed || decision.route === 'cloud' ? guarded.messages[0]!.content : null,
  };
}

function describe(result: Awaited<ReturnType<typeof dryRun>>): string {
  const lines = [`route: ${result.route}${result.cascade ? ' (cascade: may escalate if the local answer is weak)' : ''}`, ...result.reasons.map((reason) => `  because ${reason}`)];
  for (const refusal of result.refusals) lines.push(`  refused: ${refusal}`);
  lines.push(`request: ${result.kind}, difficulty ${result.difficulty.toFixed(2)} (local tier ${result.localTier}); retrieval confidence ${result.retrievalConfidence.toFixed(2)}`);
  if (result.signals.length > 0) lines.push(`  read as: ${result.signals.join('; ')}`);
  lines.push(`redactions: ${result.redactions.length === 0 ? 'none' : result.redactions.map((item) => `${item.count} ${item.type}`).join(', ')}`);
  lines.push(`cloud text: ${result.cloudText ?? '(never leaves: escalation not allowed)'}`);
  return lines.join('\n');
}
