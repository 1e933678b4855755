/**
 * Carrying out a route with a model: the local answer and the escalated one. A provider that fails
 * returns `undefined` with a note in the plan, so the caller degrades (cloud → local → passages)
 * instead of failing the person.
 */
import type { GenerateRequest, GenerateResult, ModelProvider } from '../../router/providers/contract.ts';
import type { CallContext } from '../../router/request-context.ts';
import { newMeter } from '../../spend/metered-provider.ts';
import type { AnswerPlan, AskOutcome } from '../ask-types.ts';
import { orDegrade } from '../degrade-ladder.ts';
import { routeMarker } from '../format-reply.ts';
import type { BotServices } from '../services.ts';
import { resolveCitations } from './citations.ts';
import { loadMemberNames } from './member-names.ts';
import { closestPagesNote, holdBackNotFound, saysNotFound } from './not-found.ts';
import { lazyStream, readStream, type OpenStream } from './stream-answer.ts';
import type { ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import type { CloudLiveView } from '../../router/cloud-escalation.ts';

export interface LocalAnswer {
  result: GenerateResult;
  outcome: AskOutcome;
}

export async function answerLocally(services: BotServices, plan: AnswerPlan, context: CallContext): Promise<LocalAnswer | undefined> {
  const monitor = services.models.local;
  const meter = newMeter();
  const provider = services.localModel(context, 'answer', meter);
  const explain = (detail: string) => `The local model failed (${detail}); answering from the knowledge base.`;
  return orDegrade(monitor, plan.notes, explain, async () => {
    const request = { messages: plan.messages, contextWindow: monitor.current.contextWindow ?? services.models.localContextWindow };
    const open = takeStream(plan);
    const result = open ? await streamLocally(plan, open, provider, request) : await provider.generate(request);
    const marker = routeMarker({ route: 'local', model: result.modelId });
    const outcome: AskOutcome = {
      ...shapeAnswer(plan, result.text),
      route: 'local',
      escalated: false,
      reasons: context.reasons,
      notes: plan.notes,
      marker: marker.marker,
      markerPlacement: marker.placement,
      usage: { inputTokens: meter.totals.usage.inputTokens ?? 0, outputTokens: meter.totals.usage.outputTokens ?? 0 },
      costUsdMicros: meter.totals.unpriced ? null : meter.totals.costUsdMicros,
      modelCallId: meter.lastCallId,
      found: plan.found,
    };
    return { result, outcome };
  });
}

export async function answerInCloud(services: BotServices, plan: AnswerPlan, context: CallContext): Promise<AskOutcome | undefined> {
  const escalation = services.escalation;
  if (!escalation) return undefined;
  const memberNames = await loadMemberNames(plan.request.memberNames, plan.notes);
  if (!memberNames) return undefined;
  const explain = (detail: string) => `The cloud model was unavailable (${detail}); answered locally instead.`;
  return orDegrade(escalation.monitor, plan.notes, explain, async (): Promise<AskOutcome> => {
    const open = takeStream(plan);
    const answer = await escalation.generate({ messages: plan.messages, context, purpose: 'answer', memberNames }, open ? liveCloudView(open, context, plan) : undefined);
    const marker = routeMarker({ route: 'cloud', reason: context.reasons[context.reasons.length - 1], redactions: answer.redactions, provider: answer.providerId, model: answer.modelId, costUsdMicros: answer.costUsdMicros });
    return {
      ...shapeAnswer(plan, answer.text),
      route: 'cloud',
      escalated: true,
      reasons: context.reasons,
      notes: [...plan.notes, ...answer.notes],
      marker: marker.marker,
      markerPlacement: marker.placement,
      usage: answer.usage,
      costUsdMicros: answer.costUsdMicros,
      modelCallId: answer.callId,
      found: plan.found,
    };
  });
}

/**
 * The local answer as it is written. A grounded answer that is only the "not found" sentence is
 * never shown while streaming: the reply will say more (the closest pages, or a general answer,
 * which may then stream in its place).
 */
async function streamLocally(plan: AnswerPlan, open: OpenStream, provider: Pick<ModelProvider, 'modelId' | 'stream'>, request: GenerateRequest): Promise<GenerateResult> {
  const shown = prefaced(plan, lazyStream(open, openingFor(routeMarker({ route: 'local', model: provider.modelId }))));
  const held = plan.found ? holdBackNotFound(shown) : undefined;
  const result = await readStream(provider.stream(request), held?.show ?? shown, { modelId: provider.modelId });
  await held?.release();
  if (held && !held.passedOn()) plan.streamUsed = false;
  return result;
}

/** What shapeAnswer puts before a general-knowledge answer is streamed first, so the stream matches the reply. */
function prefaced(plan: AnswerPlan, show: (text: string) => Promise<void>): (text: string) => Promise<void> {
  let started = false;
  return async (text) => {
    if (started || plan.found) return show(text);
    const visible = text.trimStart();
    if (visible.length === 0) return;
    started = true;
    await show(`${generalPreface(plan)}${visible}`);
  };
}

function openingFor(marker: { marker: string; placement: 'top' | 'bottom' }): StreamOpening {
  return { marker: marker.marker, markerPlacement: marker.placement };
}

/** The stream, if the platform offers one and no earlier attempt used it. */
function takeStream(plan: AnswerPlan): OpenStream | undefined {
  if (plan.streamUsed || !plan.request.openStream) return undefined;
  plan.streamUsed = true;
  return plan.request.openStream;
}

/** The escalation marker leads the streamed message: it is known (all but the cost) before the first token. */
function liveCloudView(open: OpenStream, context: CallContext, plan: AnswerPlan): CloudLiveView {
  let stream: ReplyStream | undefined;
  return {
    async started(start) {
      const marker = routeMarker({ route: 'cloud', reason: context.reasons[context.reasons.length - 1], redactions: start.redactions, provider: start.providerId, model: start.modelId, costPending: true });
      stream = await open(openingFor(marker));
    },
    text: prefaced(plan, async (restored) => {
      await stream?.append(restored);
    }),
  };
}

/** What leads an answer the knowledge base did not ground: the closest pages, or nothing for small talk and tasks. */
function generalPreface(plan: AnswerPlan): string {
  // Small talk, tasks and pasted material were never questions for the handbook: no preamble.
  if (plan.kind !== 'company' && plan.kind !== 'general') return '';
  return `${closestPagesNote(plan.retrieval.chunks)}\n\nFrom general knowledge:\n\n`;
}

function shapeAnswer(plan: AnswerPlan, text: string): Pick<AskOutcome, 'text' | 'citations'> {
  if (!plan.found) return { text: `${generalPreface(plan)}${text.trim()}`, citations: [] };
  // The model read the passages and found no answer in them: point at them rather than end there.
  if (saysNotFound(text)) return { text: closestPagesNote(plan.retrieval.chunks), citations: [] };
  const cited = resolveCitations(text, plan.retrieval.chunks);
  return { text: cited.text, citations: cited.citations };
}

