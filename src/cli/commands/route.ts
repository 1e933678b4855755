/**
 * `tandem route`: a dry run of the routing policy. Prints the decision, its reasons, what would be
 * redacted and the exact text that would leave for the cloud — nothing is sent anywhere.
 */
import type { Command } from 'commander';
import { decideRoute } from '../../router/decide-route.ts';
import { scoreComplexity } from '../../router/complexity.ts';
import { promptTokensWithin } from '../../router/count-tokens.ts';
import { providerFacts } from '../../router/provider-facts.ts';
import { pseudonymizeForCloud } from '../../router/cloud-escalation.ts';
import { groundedMessages, generalMessages } from '../../bot/answer/prompt.ts';
import { UsageError } from '../../errors.ts';
import { readAll, writeLine, type CliIo } from '../io.ts';
import { bootTandem, loadCliConfig, type GlobalOptions } from '../runtime.ts';
import { calibrateThreshold } from '../../router/calibrate.ts';
import type { Tandem } from '../../app/compose.ts';

interface RouteOptions {
  json?: boolean;
  channel: string;
  cloud?: boolean;
  local?: boolean;
  calibrate?: boolean;
  targetCloudShare: string;
}

export function registerRoute(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('route')
    .description('Dry-run the routing policy: route, reasons, redactions and the text that would go to the cloud')
    .argument('<text...>', 'a message, or - to read one per line from stdin')
    .option('--json', 'print one JSON object per message')
    .option('--channel <name>', 'decide as if in this channel (its policy applies)', 'cli')
    .option('--cloud', 'as if the person asked for --cloud')
    .option('--local', 'as if the person asked for --local')
    .option('--calibrate', 'instead: read past messages and suggest routing.complexityThreshold for a target cloud share')
    .option('--target-cloud-share <share>', 'with --calibrate: the share of requests that may escalate on complexity (0–1)', '0.2')
    .action(async (words: string[], options: RouteOptions) => {
      const texts = words.length === 1 && words[0] === '-' ? (await readAll(io.stdin)).split('\n').filter((line) => line.trim()) : [words.join(' ')];
      if (texts.every((text) => text.trim() === '')) throw new UsageError('Give a message to route, e.g. tandem route "summarize our Q3 contract risks"');
      if (options.calibrate) {
        calibrate(io, globals(), texts, options);
        return;
      }
      const { tandem } = await bootTandem(io, { ...globals(), quiet: true, knowledge: 'check' });
      try {
        for (const text of texts) {
          const result = await dryRun(tandem, text, options);
          writeLine(io.stdout, options.json ? JSON.stringify(result) : describe(result));
        }
      } finally {
        tandem.close();
      }
    });
}

async function dryRun(tandem: Tandem, text: string, options: RouteOptions) {
  const services = tandem.services;
  const scope = { channelId: options.channel, channelName: options.channel, isDirect: false };
  const retrieval = await services.knowledge.retrieve(text, scope, { limit: services.config.knowledge.maxResults });
  const found = retrieval.chunks.length > 0 && retrieval.confidence >= services.config.routing.minRetrievalConfidence;
  const messages = found ? groundedMessages(text, retrieval.chunks) : generalMessages(text);
  const flags = { cloud: options.cloud ?? false, local: options.local ?? false };
  const channelPolicy = services.channelPolicy(scope);
  const { local, cloud } = await providerFacts(services.models, services.escalation, { channelPolicy, flags });
  const decision = decideRoute(
    {
      task: 'ask',
      flags,
      channelPolicy,
      local,
      cloud,
      promptTokens: promptTokensWithin(messages, local.contextWindow - services.routePolicy.outputReserveTokens),
      complexity: scoreComplexity(text),
      retrievalConfidence: retrieval.confidence,
      budget: services.budget(undefined),
    },
    services.routePolicy,
  );
  const guarded = pseudonymizeForCloud([{ role: 'user', content: text }], []);
  return {
    route: decision.route,
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
  lines.push(`redactions: ${result.redactions.length === 0 ? 'none' : result.redactions.map((item) => `${item.count} ${item.type}`).join(', ')}`);
  lines.push(`cloud text: ${result.cloudText ?? '(never leaves: escalation not allowed)'}`);
  return lines.join('\n');
}

function calibrate(io: CliIo, globals: GlobalOptions, texts: string[], options: RouteOptions): void {
  const target = Number(options.targetCloudShare);
  if (!Number.isFinite(target) || target < 0 || target > 1) throw new UsageError(`--target-cloud-share must be a number from 0 to 1, not "${options.targetCloudShare}"`);
  const { config } = loadCliConfig(io, globals);
  const result = calibrateThreshold(texts, target, config.routing.complexityThreshold);
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(result));
    return;
  }
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  writeLine(io.stdout, [
    `${result.messages} messages. To escalate at most ${percent(target)} on complexity, set routing.complexityThreshold: ${result.threshold.toFixed(2)} (${percent(result.cloudShareAtThreshold)} of these messages).`,
    `The current threshold ${config.routing.complexityThreshold.toFixed(2)} would escalate ${percent(result.cloudShareAtCurrent)}.`,
    `Features seen: ${result.features.map((feature) => `${feature.name} ${percent(feature.share)}`).join(', ') || 'none'}.`,
  ].join('\n'));
}
