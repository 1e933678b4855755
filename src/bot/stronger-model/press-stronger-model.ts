/**
 * "☁️ Ask a stronger model" pressed: the same question goes to the cloud through the ordinary ask
 * flow with `--cloud` semantics, so the privacy guard pseudonymises it as always and the reply leads
 * with the ☁️ marker. The gate is checked again at press time (the budget may have run out, the
 * channel may have become confidential); the first press claims the answer, later ones are told so.
 * A question no longer in memory (a restart) is read back from the platform first (recover-offer.ts).
 */
import type { ReplyChannel, StrongerModelPress } from '../../core/chat-contract.ts';
import { cloudBlockers } from '../../router/decide-route.ts';
import { providerFacts } from '../../router/provider-facts.ts';
import { answerQuestion } from '../ask-flow.ts';
import { reply } from '../command.ts';
import { outcomeReply } from '../commands/ask.ts';
import type { BotServices } from '../services.ts';
import type { StrongerModelOffer, StrongerModelOffers } from './offers.ts';
import { recoverOffer } from './recover-offer.ts';

export { OFFER_GONE } from './recover-offer.ts';
export const ALREADY_ASKED = 'A stronger model has already been asked for this answer: its reply is in this thread.';

export interface PressContext {
  offers: StrongerModelOffers;
  requestId: string;
  memberNames: () => Promise<string[]>;
}

export async function pressStrongerModel(services: BotServices, press: StrongerModelPress, channel: ReplyChannel, context: PressContext): Promise<void> {
  const offer = await offerFor(services, press, channel, context);
  if ('note' in offer) {
    await channel.post(reply(offer.note, { ephemeral: true }));
    return;
  }
  await escalate(services, offer.offer, press, channel);
}

/** The question in memory, else read back from the platform; a press already answered is not read again. */
async function offerFor(services: BotServices, press: StrongerModelPress, channel: ReplyChannel, context: PressContext): Promise<{ offer: StrongerModelOffer } | { note: string }> {
  const kept = context.offers.get(press.modelCallId, services.now().getTime());
  if (kept) return { offer: kept };
  if (services.ledger.strongerModelRequests.wasAsked(press.modelCallId)) return { note: ALREADY_ASKED };
  return recoverOffer(services, { press, channel, requestId: context.requestId, memberNames: context.memberNames });
}

async function escalate(services: BotServices, offer: StrongerModelOffer, press: StrongerModelPress, channel: ReplyChannel): Promise<void> {
  const blockers = await gateBlockers(services, offer, press.userId);
  if (blockers.length > 0) {
    await channel.post(reply(`I can't ask a stronger model for this: ${blockers.join('; ')}.`, { ephemeral: true }));
    return;
  }
  const claimId = services.ledger.strongerModelRequests.claim({
    localModelCallId: press.modelCallId,
    platform: press.platform,
    userId: press.userId,
    source: press.source,
    requestKind: offer.features.kind,
    difficulty: offer.features.difficulty,
    localTier: offer.features.tier,
    reasons: offer.reasons,
  });
  if (claimId === undefined) {
    await channel.post(reply(ALREADY_ASKED, { ephemeral: true }));
    return;
  }
  await channel.progress('Asking a stronger model…');
  try {
    // The stored request's stream belongs to the finished local answer's message: never reuse it.
    const { openStream: _finishedStream, ...request } = offer.request;
    const outcome = await answerQuestion(services, {
      ...request,
      flags: { cloud: true, local: false, strongerModel: true },
      // Spend and budgets belong to the person who pressed.
      context: { ...request.context, userId: press.userId },
    });
    const escalated = outcome.route === 'cloud';
    services.ledger.strongerModelRequests.settle(claimId, escalated && outcome.modelCallId !== undefined
      ? { status: 'answered', cloudModelCallId: outcome.modelCallId }
      : { status: 'failed' });
    await channel.post(outcomeReply(outcome));
  } catch (error) {
    services.ledger.strongerModelRequests.settle(claimId, { status: 'failed' });
    throw error;
  }
}

/** The same gate the router applies, for the person pressing now. */
async function gateBlockers(services: BotServices, offer: StrongerModelOffer, userId: string): Promise<string[]> {
  const channelPolicy = services.channelPolicy(offer.request.scope);
  const flags = { cloud: true, local: false };
  const { cloud } = await providerFacts(services.models, services.escalation, { channelPolicy, flags });
  return cloudBlockers({ channelPolicy, flags, cloud, budget: services.budget(userId) });
}
