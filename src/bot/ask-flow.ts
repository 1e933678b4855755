/**
 * Answering a question: retrieve → decide the route → answer (cloud, local or passages) → cascade.
 * The route is decided in src/router; this file carries the decision out, degrades visibly when a
 * provider fails, and shapes the outcome.
 */
import type { RetrievalResult } from '../knowledge/index.ts';
import { judgeLocalAnswer } from '../router/answer-quality.ts';
import { assessRequest, type RequestAssessment } from '../router/request-kind/assess-request.ts';
import { promptTokensWithin } from '../router/count-tokens.ts';
import { providerFacts } from '../router/provider-facts.ts';
import { usableTokens } from '../router/output-reserve.ts';
import { decideRoute, preferenceCouldMatter, type Route, type RouteDecision, type RouteFacts } from '../router/decide-route.ts';

export type { AskOutcome, AskRequest } from './ask-types.ts';
import type { ChatMessage } from '../router/providers/contract.ts';
import type { CallContext } from '../router/request-context.ts';
import { groundedMessages, generalMessages } from './answer/prompt.ts';
import { CHITCHAT_WITHOUT_MODEL, closestPagesNote, saysNotFound } from './answer/not-found.ts';
import { chitchatMessages } from './answer/chitchat-prompt.ts';
import { quotePassages } from './answer/retrieval-only.ts';
import { answerInCloud, answerLocally, type LocalAnswer } from './answer/generate-answer.ts';
import { descend } from './degrade-ladder.ts';
import { routeMarker } from './format-reply.ts';
import { decisionWithUsableCloud, unusableCloudNote, upFrontNote } from './answer/cloud-degradation.ts';
import type { AnswerPlan, AskOutcome, AskRequest } from './ask-types.ts';
import type { BotServices } from './services.ts';

export async function answerQuestion(services: BotServices, request: AskRequest): Promise<AskOutcome> {
  const searchFor = request.conversation?.retrievalQuestion.text ?? request.question;
  const turns = request.conversation?.turns ?? [];
  const retrieval = await services.knowledge.retrieve(searchFor, request.scope, { limit: services.config.knowledge.maxResults });
  const line = services.config.routing.minRetrievalConfidence;
  // A follow-up is judged by what it asks in context ("and them?" alone says little).
  const assessment = assessRequest(searchFor, { confidence: retrieval.confidence, line });
  // Small talk is never answered from passages that happen to share a word with it.
  const found = assessment.kind !== 'chitchat' && retrieval.chunks.length > 0 && retrieval.confidence >= line;
  const messages = found ? groundedMessages(request.question, retrieval.chunks, turns) : assessment.kind === 'chitchat' ? chitchatMessages(request.question) : generalMessages(request.question, turns);
  const facts = await gatherFacts(services, request, retrieval, messages, assessment);
  const decision = decideRoute(facts, services.routePolicy);
  const unusableCloud = upFrontNote(facts, decision, services.routePolicy);
  const plan: AnswerPlan = { request, kind: assessment.kind, retrieval, messages, found, notes: [...decision.refusals, ...(unusableCloud ? [unusableCloud] : [])], streamUsed: false };
  const outcome = await carryOut(services, plan, decision, facts);
  // What a "☁️ Ask a stronger model" offer needs: could this have escalated, and what the router saw.
  return { ...outcome, routing: { cloudAllowed: decision.cloudAllowed, kind: assessment.kind, difficulty: assessment.difficulty, tier: facts.local.tier } };
}

function carryOut(services: BotServices, plan: AnswerPlan, decision: RouteDecision, facts: RouteFacts): Promise<AskOutcome> {
  const { request } = plan;
  return descend({
    route: decision.route,
    // After a failed escalation the local model is only worth trying if it was up.
    localAvailable: () => decision.route === 'local' || services.models.local.current.ok,
    cloud: () => answerInCloud(services, plan, contextFor(request, decision.reasons, 'cloud')),
    local: async () => {
      const answered = await answerLocallyOrBeyond(services, plan, decision, contextFor(request, decision.reasons, 'local'));
      if (!answered) return undefined;
      const { answer: local, plan: used } = answered;
      const verdict = judgeLocalAnswer(local.result);
      if (verdict.weak && !decision.cascade && decisionWithUsableCloud(facts, services.routePolicy)?.cascade) {
        local.outcome.notes.push(unusableCloudNote(facts.cloud.detail, `cascade: ${verdict.reason}`));
      }
      if (!verdict.weak || !decision.cascade) return local.outcome;
      // Cascade: the local answer is weak and escalation is allowed — ask the cloud, keep the local one if that fails.
      const reasons = [...decision.reasons, `cascade: ${verdict.reason}`];
      return (await answerInCloud(services, used, contextFor(request, reasons, 'cloud'))) ?? local.outcome;
    },
    fallback: () => passagesOutcome(plan, decision),
  });
}

/**
 * The local answer; when it read the passages and found nothing in them, a general answer instead,
 * under the closest pages — unless the cloud may still read the same passages (a company question
 * the cascade escalates, where the small model may have missed what is there). A question that
 * merely shares words with a page ("what's EBITDA?" beside the finance pages) is answered rather
 * than met with "not found".
 */
async function answerLocallyOrBeyond(services: BotServices, plan: AnswerPlan, decision: RouteDecision, context: CallContext): Promise<{ answer: LocalAnswer; plan: AnswerPlan } | undefined> {
  const grounded = await answerLocally(services, plan, context);
  if (!grounded) return undefined;
  if (!plan.found || !saysNotFound(grounded.result.text) || (decision.cascade && plan.kind === 'company')) return { answer: grounded, plan };
  const general: AnswerPlan = { ...plan, found: false, messages: generalMessages(plan.request.question, plan.request.conversation?.turns ?? []) };
  const beyond = await answerLocally(services, general, context);
  plan.streamUsed ||= general.streamUsed;
  return beyond ? { answer: { ...beyond, outcome: withBothCalls(beyond.outcome, grounded.outcome) }, plan: general } : { answer: grounded, plan };
}

/** The reply's usage and cost count both local calls (each is in the ledger already). */
function withBothCalls(outcome: AskOutcome, first: AskOutcome): AskOutcome {
  const usage = { inputTokens: outcome.usage.inputTokens + first.usage.inputTokens, outputTokens: outcome.usage.outputTokens + first.usage.outputTokens };
  const costUsdMicros = outcome.costUsdMicros === null || first.costUsdMicros === null ? null : outcome.costUsdMicros + first.costUsdMicros;
  return { ...outcome, usage, costUsdMicros };
}

function contextFor(request: AskRequest, reasons: string[], route: Route): CallContext {
  return { ...request.context, command: 'ask', route, reasons };
}

async function gatherFacts(services: BotServices, request: AskRequest, retrieval: RetrievalResult, messages: ChatMessage[], assessment: RequestAssessment): Promise<RouteFacts> {
  const channelPolicy = services.channelPolicy(request.scope);
  const { local, cloud } = await providerFacts(services.models, services.escalation, { channelPolicy, flags: request.flags });
  // The local call is only worth its latency when its answer could change the route.
  const couldEscalate = local.available && cloud.available && channelPolicy === 'open' && !request.flags.local && !request.flags.cloud
    && preferenceCouldMatter(assessment, local.tier, services.routePolicy);
  const preference = couldEscalate ? await services.routingPreferences?.match(request.question, contextFor(request, [], 'local')) : undefined;
  return {
    ...(preference ? { preference } : {}),
    task: 'ask',
    flags: request.flags,
    channelPolicy,
    local,
    cloud,
    promptTokens: promptTokensWithin(messages, usableTokens(local.contextWindow, services.routePolicy.outputReserve)),
    request: assessment,
    retrievalConfidence: retrieval.confidence,
    budget: services.budget(request.context.userId),
  };
}

function passagesOutcome(plan: AnswerPlan, decision: RouteDecision): AskOutcome {
  const cited = plan.found ? quotePassages(plan.retrieval.chunks) : { text: plan.kind === 'chitchat' ? CHITCHAT_WITHOUT_MODEL : closestPagesNote(plan.retrieval.chunks), citations: [] };
  const marker = routeMarker({ route: 'retrieval-only' });
  return {
    text: cited.text,
    citations: cited.citations,
    route: 'retrieval-only',
    escalated: false,
    reasons: decision.reasons,
    notes: plan.notes,
    marker: marker.marker,
    markerPlacement: marker.placement,
    usage: { inputTokens: 0, outputTokens: 0 },
    costUsdMicros: 0,
    modelCallId: undefined,
    found: plan.found,
  };
}
