/**
 * Summarizing a conversation: decide the route, then one model call when it fits, a hierarchical
 * map and merge when it does not (so nothing falls off the local context window), or a structured
 * extractive summary when no model is reachable — each labelled as what it is.
 */
import type { ConversationMessage } from '../core/chat-contract.ts';
import type { ChannelScope } from '../knowledge/index.ts';
import { countMessageTokens } from '../router/count-tokens.ts';
import { providerFacts } from '../router/provider-facts.ts';
import { decideRoute, type RouteFacts } from '../router/decide-route.ts';
import type { ChatMessage } from '../router/providers/contract.ts';
import type { CallContext, MeterReading } from '../router/request-context.ts';
import { newMeter } from '../spend/metered-provider.ts';
import { upFrontNote } from './answer/cloud-degradation.ts';
import { loadMemberNames } from './answer/member-names.ts';
import { descend, orDegrade } from './degrade-ladder.ts';
import { routeMarker } from './format-reply.ts';
import { NO_USAGE, type ModelOutcome } from './outcome.ts';
import type { RouteFlags } from './parse-command.ts';
import type { BotServices } from './services.ts';
import { isSubstantive, structuredSummary } from './summary/extractive.ts';
import { renderStructuredSummary } from './summary/render-extractive.ts';
import { windowBudget, type WindowBudget } from './summary/budget.ts';
import { condenseConversation, type SummaryStep } from './summary/hierarchical.ts';
import { summaryMessages, type SummaryLength } from './summary/prompts.ts';

export interface SummarizeRequest {
  messages: ConversationMessage[];
  scope: ChannelScope;
  flags: RouteFlags;
  length: SummaryLength;
  context: Omit<CallContext, 'route' | 'reasons' | 'command'>;
  /** Workspace member names for the privacy guard; loaded only if the summary escalates. */
  memberNames?: () => Promise<readonly string[]>;
}

export async function summarizeConversation(services: BotServices, request: SummarizeRequest): Promise<ModelOutcome> {
  const channelPolicy = services.channelPolicy(request.scope);
  const { local, cloud } = await providerFacts(services.models, services.escalation, { channelPolicy, flags: request.flags });
  const contextWindow = local.contextWindow;
  const facts: RouteFacts = {
    task: 'summarize',
    flags: request.flags,
    channelPolicy,
    local,
    cloud,
    promptTokens: countMessageTokens(summaryMessages(request.messages, request.length)),
    // Summarizing is routine work whatever the thread discusses; only size or an explicit flag escalates it.
    request: { kind: 'task', difficulty: 0, signals: ['summarizing is routine work'] },
    budget: services.budget(request.context.userId),
  };
  const decision = decideRoute(facts, services.routePolicy);
  const context: CallContext = { ...request.context, command: 'summarize', route: decision.route, reasons: decision.reasons };
  // A summary that would have escalated to a configured but unusable cloud says so, as answers do.
  const unusableCloud = upFrontNote(facts, decision, services.routePolicy, 'Summarized locally');
  const notes = [...decision.refusals, ...(unusableCloud ? [unusableCloud] : [])];

  return descend({
    route: decision.route,
    localAvailable: () => local.available,
    cloud: () => summarizeInCloud(services, request, context, notes),
    local: () =>
      orDegrade(services.models.local, notes, (detail) => `The local model failed (${detail}); showing an extractive summary instead.`, () =>
        summarizeLocally(services, request, { ...context, route: 'local' }, windowBudget(contextWindow), notes),
      ),
    fallback: () => extractiveOutcome(request.messages, request.length, decision.reasons, notes),
  });
}

async function summarizeLocally(services: BotServices, request: SummarizeRequest, context: CallContext, budget: WindowBudget, notes: string[]): Promise<ModelOutcome> {
  const meter = newMeter();
  let modelId = services.models.local.provider.modelId;
  const call = async (messages: ChatMessage[], step: SummaryStep): Promise<string> => {
    const result = await run(services, context, step, meter).generate({ messages, contextWindow: budget.contextWindow, maxOutputTokens: budget.outputTokens });
    modelId = result.modelId;
    return result.text;
  };
  const condensed = await condenseConversation(request.messages, request.length, budget, call);
  const text = condensed.text;
  if (condensed.parts > 1) {
    const rounds = condensed.mergeRounds === 0 ? '' : ` (the parts' notes combined in ${condensed.mergeRounds} round${condensed.mergeRounds === 1 ? '' : 's'} to fit the model's window)`;
    notes.push(`Long conversation (${request.messages.length} messages): summarized in ${condensed.parts} parts and merged${rounds}.`);
  }
  const marker = routeMarker({ route: 'local', model: modelId });
  return {
    text: text.trim(),
    citations: [],
    route: 'local',
    escalated: false,
    reasons: context.reasons,
    notes,
    marker: marker.marker,
    markerPlacement: marker.placement,
    usage: { inputTokens: meter.totals.usage.inputTokens ?? 0, outputTokens: meter.totals.usage.outputTokens ?? 0 },
    costUsdMicros: meter.totals.unpriced ? null : meter.totals.costUsdMicros,
    modelCallId: meter.lastCallId,
  };
}

async function summarizeInCloud(services: BotServices, request: SummarizeRequest, context: CallContext, notes: string[]): Promise<ModelOutcome | undefined> {
  if (!services.escalation) return undefined;
  const memberNames = await loadMemberNames(request.memberNames, notes);
  if (!memberNames) return undefined;
  const escalation = services.escalation;
  const explain = (detail: string) => `The cloud model was unavailable (${detail}); summarized locally instead.`;
  return orDegrade(escalation.monitor, notes, explain, async (): Promise<ModelOutcome> => {
    const result = await escalation.generate({ messages: summaryMessages(request.messages, request.length), context, purpose: 'summarize', memberNames });
    const marker = routeMarker({ route: 'cloud', reason: context.reasons[0], redactions: result.redactions, provider: result.providerId, model: result.modelId, costUsdMicros: result.costUsdMicros });
    return { text: result.text, citations: [], route: 'cloud', escalated: true, reasons: context.reasons, notes: [...notes, ...result.notes], marker: marker.marker, markerPlacement: marker.placement, usage: result.usage, costUsdMicros: result.costUsdMicros, modelCallId: result.callId };
  });
}

function run(services: BotServices, context: CallContext, purpose: string, meter: MeterReading) {
  return services.localModel(context, purpose, meter);
}

function extractiveOutcome(messages: readonly ConversationMessage[], length: SummaryLength, reasons: string[], notes: string[]): ModelOutcome {
  const text = messages.some(isSubstantive)
    ? `Extractive summary of ${messages.length} messages, quoted from the conversation:\n\n${renderStructuredSummary(structuredSummary(messages, length))}`
    : 'Nothing to summarize yet: the conversation has no substantive messages.';
  const marker = routeMarker({ route: 'extractive' });
  return { text, citations: [], route: 'extractive', escalated: false, reasons, notes, marker: marker.marker, markerPlacement: marker.placement, usage: NO_USAGE, costUsdMicros: 0, modelCallId: undefined };
}
