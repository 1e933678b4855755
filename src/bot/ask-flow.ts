/**
 * Answering a question: retrieve → decide the route → answer (local, cloud or passages) → cascade.
 * The route is decided in src/router; this file only carries out the decision and shapes the outcome.
 */
import type { Citation } from '../adapters/contract.ts';
import type { ChannelScope, RetrievalResult } from '../knowledge/index.ts';
import { judgeLocalAnswer } from '../router/answer-quality.ts';
import { scoreComplexity } from '../router/complexity.ts';
import { countMessageTokens } from '../router/count-tokens.ts';
import { decideRoute, type Route, type RouteDecision } from '../router/decide-route.ts';
import { ProviderUnavailableError } from '../errors.ts';
import type { ChatMessage } from '../router/providers/contract.ts';
import type { CallContext } from '../spend/ledger.ts';
import { meterProvider, newMeter } from '../spend/metered-provider.ts';
import { groundedMessages, generalMessages, NOT_FOUND_ANSWER } from './answer/prompt.ts';
import { resolveCitations } from './answer/citations.ts';
import { quotePassages } from './answer/retrieval-only.ts';
import { routeMarker } from './format-reply.ts';
import type { RouteFlags } from './parse-command.ts';
import type { BotServices } from './services.ts';

export interface AskRequest {
  question: string;
  scope: ChannelScope;
  flags: RouteFlags;
  context: Omit<CallContext, 'route' | 'reasons' | 'command'>;
}

export interface AskOutcome {
  answer: string;
  citations: Citation[];
  route: Route;
  escalated: boolean;
  reasons: string[];
  notes: string[];
  marker: string;
  markerPlacement: 'top' | 'bottom';
  usage: { inputTokens: number; outputTokens: number };
  costUsdMicros: number | null;
  modelCallId: number | undefined;
  /** False when the knowledge base had nothing good enough. */
  found: boolean;
}

export async function answerQuestion(services: BotServices, request: AskRequest): Promise<AskOutcome> {
  const retrieval = await services.knowledge.retrieve(request.question, request.scope, { limit: services.config.knowledge.maxResults });
  const found = retrieval.chunks.length > 0 && retrieval.confidence >= services.config.routing.minRetrievalConfidence;
  const messages = found ? groundedMessages(request.question, retrieval.chunks) : generalMessages(request.question);
  const decision = decideRoute(await gatherFacts(services, request, retrieval, messages), services.routePolicy);
  const context: CallContext = { ...request.context, command: 'ask', route: decision.route, reasons: decision.reasons };

  if (decision.route === 'cloud' && services.escalation) {
    return services.escalation.answerQuestion({ services, request, retrieval, messages, decision, context, found });
  }
  if (decision.route === 'local') {
    const local = await answerLocally(services, messages, retrieval, context, found, decision.refusals);
    if (local) {
      const verdict = judgeLocalAnswer(local.result);
      if (verdict.weak && decision.cascade && services.escalation) {
        const reasons = [...decision.reasons, `cascade: ${verdict.reason}`];
        return services.escalation.answerQuestion({
          services, request, retrieval, messages, decision: { ...decision, route: 'cloud', reasons }, context: { ...context, route: 'cloud', reasons }, found,
        });
      }
      return local.outcome;
    }
    decision.reasons.push('local model failed; answered from the knowledge base');
  }
  return passagesOutcome(retrieval, decision, found);
}

async function gatherFacts(services: BotServices, request: AskRequest, retrieval: RetrievalResult, messages: ChatMessage[]) {
  const local = await services.models.local.get();
  const cloud = services.models.cloud ? await services.models.cloud.get() : undefined;
  return {
    task: 'ask' as const,
    flags: request.flags,
    channelPolicy: services.channelPolicy(request.scope),
    local: { available: local.ok, detail: local.detail, contextWindow: local.contextWindow ?? services.models.localContextWindow },
    cloud: { configured: cloud !== undefined, available: cloud?.ok ?? false, detail: cloud?.detail ?? 'not configured' },
    promptTokens: countMessageTokens(messages),
    complexity: scoreComplexity(request.question),
    retrievalConfidence: retrieval.confidence,
    budget: services.budget(request.context.userId),
  };
}

async function answerLocally(
  services: BotServices,
  messages: ChatMessage[],
  retrieval: RetrievalResult,
  context: CallContext,
  found: boolean,
  notes: string[],
) {
  const monitor = services.models.local;
  const meter = newMeter();
  const provider = meterProvider(monitor.provider, services.ledger, context, 'answer', meter);
  try {
    const result = await provider.generate({ messages, contextWindow: monitor.current.contextWindow ?? services.models.localContextWindow });
    const cited = found ? resolveCitations(result.text, retrieval.chunks) : { text: result.text.trim(), citations: [] };
    const marker = routeMarker({ route: 'local', model: result.modelId });
    const outcome: AskOutcome = {
      answer: found ? cited.text : `${NOT_FOUND_ANSWER} From general knowledge:\n\n${cited.text}`,
      citations: cited.citations,
      route: 'local',
      escalated: false,
      reasons: context.reasons,
      notes,
      marker: marker.marker,
      markerPlacement: marker.placement,
      usage: { inputTokens: meter.totals.usage.inputTokens ?? 0, outputTokens: meter.totals.usage.outputTokens ?? 0 },
      costUsdMicros: meter.totals.unpriced ? null : meter.totals.costUsdMicros,
      modelCallId: meter.lastCallId,
      found,
    };
    return { result, outcome };
  } catch (error) {
    if (!(error instanceof ProviderUnavailableError)) throw error;
    monitor.markDown(error.message);
    return undefined;
  }
}

function passagesOutcome(retrieval: RetrievalResult, decision: RouteDecision, found: boolean): AskOutcome {
  const cited = found ? quotePassages(retrieval.chunks) : { text: NOT_FOUND_ANSWER, citations: [] };
  const marker = routeMarker({ route: 'retrieval-only' });
  return {
    answer: cited.text,
    citations: cited.citations,
    route: 'retrieval-only',
    escalated: false,
    reasons: decision.reasons,
    notes: decision.refusals,
    marker: marker.marker,
    markerPlacement: marker.placement,
    usage: { inputTokens: 0, outputTokens: 0 },
    costUsdMicros: 0,
    modelCallId: undefined,
    found,
  };
}
