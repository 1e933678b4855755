/**
 * `tandem route --evaluate labelled.jsonl`: scores the router on labelled messages, as if the local
 * model (of the given tier) and the cloud were both healthy and the classifier decided alone (no
 * routing-preference call, so the figures do not depend on which local model happens to run).
 * Prints each split separately (`split` field: dev / held) and all together.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { decideRoute } from '../../router/decide-route.ts';
import { promptTokensWithin } from '../../router/count-tokens.ts';
import { assessRequest } from '../../router/request-kind/assess-request.ts';
import { REQUEST_KINDS, scoreRouting, type LabelledMessage, type RoutedMessage, type RoutingScore } from '../../router/routing-evaluation.ts';
import { groundedMessages, generalMessages } from '../../bot/answer/prompt.ts';
import { UsageError } from '../../errors.ts';
import type { Tandem } from '../../app/compose.ts';
import { writeLine, type CliIo } from '../io.ts';
import { bootTandem, type GlobalOptions } from '../runtime.ts';
import type { RouteOptions } from './route-options.ts';
import { usableTokens } from '../../router/output-reserve.ts';

const labelledSchema = z.object({
  text: z.string().min(1),
  channel: z.string().optional(),
  kind: z.enum(['company', 'general', 'task', 'pasted', 'chitchat']),
  hard: z.boolean(),
  answerable: z.boolean().optional(),
  page: z.string().optional(),
  split: z.string().optional(),
});
const tierSchema = z.enum(['small', 'medium', 'large']);

export async function runEvaluate(io: CliIo, globals: GlobalOptions, options: RouteOptions): Promise<void> {
  const labelled = loadLabelled(resolve(io.cwd, options.evaluate!)).filter((message) => !options.split || message.split === options.split);
  const tier = options.tier === undefined ? undefined : tierSchema.safeParse(options.tier);
  if (tier && !tier.success) throw new UsageError(`--tier must be small, medium or large, not "${options.tier}"`);
  const { tandem } = await bootTandem(io, { ...globals, quiet: true });
  try {
    const localTier = tier?.data ?? tandem.config.routing.localTier ?? 'small';
    const routed: RoutedMessage[] = [];
    for (const message of labelled) routed.push(await routeLabelled(tandem, message, localTier));
    const splits = [...new Set(labelled.map((message) => message.split ?? 'all'))].filter((split) => split !== 'all' && (!options.split || split === options.split));
    if (options.split && splits.length === 0) throw new UsageError(`--split ${options.split}: no message in ${options.evaluate} has that split`);
    const bySplit = splits.map((split) => ({ split, score: scoreRouting(routed.filter((entry) => entry.message.split === split)) }));
    const reports = options.split ? bySplit : [...bySplit, { split: 'all', score: scoreRouting(routed) }];
    if (options.json) writeLine(io.stdout, JSON.stringify({ tier: localTier, threshold: tandem.config.routing.difficultyThreshold, reports }));
    else writeLine(io.stdout, describe(options.evaluate!, localTier, tandem.config.routing.difficultyThreshold, reports));
  } finally {
    tandem.close();
  }
}

function loadLabelled(path: string): LabelledMessage[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--evaluate ${path}: cannot read the file; give a JSONL file of {text, kind, hard, answerable?, page?, split?}`);
  }
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new UsageError(`${path}:${index + 1} is not JSON: expected one labelled message per line`);
    }
    const result = labelledSchema.safeParse(parsed);
    if (!result.success) throw new UsageError(`${path}:${index + 1}: ${result.error.issues[0]?.path.join('.') || 'value'} ${result.error.issues[0]?.message ?? 'is invalid'}`);
    const { channel, answerable, page, split, ...rest } = result.data;
    return [{ ...rest, ...(channel ? { channel } : {}), ...(answerable !== undefined ? { answerable } : {}), ...(page ? { page } : {}), ...(split ? { split } : {}) }];
  });
}

async function routeLabelled(tandem: Tandem, message: LabelledMessage, tier: 'small' | 'medium' | 'large'): Promise<RoutedMessage> {
  const services = tandem.services;
  const channel = message.channel ?? 'cli';
  const scope = { channelId: channel, channelName: channel, isDirect: false };
  const retrieval = await services.knowledge.retrieve(message.text, scope, { limit: services.config.knowledge.maxResults });
  const line = services.config.routing.minRetrievalConfidence;
  const request = assessRequest(message.text, { confidence: retrieval.confidence, line });
  const found = request.kind !== 'chitchat' && retrieval.chunks.length > 0 && retrieval.confidence >= line;
  const contextWindow = tandem.config.local.contextWindow;
  const prompt = found ? groundedMessages(message.text, retrieval.chunks) : generalMessages(message.text);
  const decision = decideRoute(
    {
      task: 'ask',
      flags: { cloud: false, local: false },
      channelPolicy: services.channelPolicy(scope),
      local: { available: true, detail: 'assumed healthy', contextWindow, tier, tierSource: 'evaluation' },
      cloud: { configured: true, available: true, detail: 'assumed healthy' },
      promptTokens: promptTokensWithin(prompt, usableTokens(contextWindow, services.routePolicy.outputReserve)),
      request,
      retrievalConfidence: retrieval.confidence,
      budget: { monthExceeded: false, userExceeded: false },
    },
    services.routePolicy,
  );
  const index = message.page ? retrieval.chunks.findIndex((chunk) => chunk.source.endsWith(`/${message.page}`)) : -1;
  return { message, kind: request.kind, escalated: decision.route === 'cloud', found, confidence: retrieval.confidence, ...(index >= 0 ? { pageRank: index + 1 } : {}) };
}

function describe(file: string, tier: string, threshold: number, reports: Array<{ split: string; score: RoutingScore }>): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const lines = [
    `Routing on ${file}: local tier ${tier}, difficulty threshold ${threshold.toFixed(2)}, healthy local model and cloud, classifier alone.`,
    '',
    'split  messages  hard→cloud        answerable→cloud  cloud share  oracle  spend/oracle  kind ok  page 1st  page top3  false not-found  unanswerable cleared',
  ];
  for (const { split, score } of reports) {
    const fraction = (part: { escalated: number; total: number; share: number }) => `${part.escalated}/${part.total} ${percent(part.share)}`.padEnd(18);
    lines.push(
      `${split.padEnd(7)}${String(score.messages).padEnd(10)}${fraction(score.hard)}${fraction(score.answerableCompany)}${percent(score.cloudShare).padEnd(13)}${percent(score.oracleCloudShare).padEnd(8)}` +
        `${score.spendVsOracle.toFixed(2).padEnd(14)}${percent(score.kindAccuracy).padEnd(9)}${percent(score.pages.first).padEnd(10)}${percent(score.pages.top3).padEnd(11)}${percent(score.pages.falseNotFound).padEnd(17)}${score.unanswerable.cleared}/${score.unanswerable.total}`,
    );
  }
  const last = reports[reports.length - 1]!;
  const all = last.score;
  lines.push('', `Kinds (${last.split}): labelled ↓, decided →`, `${''.padEnd(10)}${REQUEST_KINDS.map((kind) => kind.padStart(10)).join('')}`);
  for (const kind of REQUEST_KINDS) lines.push(`${kind.padEnd(10)}${REQUEST_KINDS.map((other) => String(all.confusion[kind][other]).padStart(10)).join('')}`);
  return lines.join('\n');
}
