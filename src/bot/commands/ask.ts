import type { IncomingMessage, OutgoingReply } from '../../core/chat-contract.ts';
import type { ChannelScope } from '../../knowledge/index.ts';
import { maskSecretsIn } from '../../mask-secrets.ts';
import { answerQuestion } from '../ask-flow.ts';
import { conversationContext } from '../conversation/conversation-context.ts';
import { reply, usageReply, type BotCommand } from '../command.ts';
import { provenanceOf, type ModelOutcome } from '../outcome.ts';
import type { BotServices } from '../services.ts';
import { mayOfferStrongerModel, type StrongerModelOffers } from '../stronger-model/offers.ts';

export function scopeOf(message: IncomingMessage): ChannelScope {
  return { channelId: message.channelId, channelName: message.channelName, isDirect: message.isDirect };
}

/** The part of the ledger's call context that comes from the message itself. */
export function requestContextOf(message: IncomingMessage, requestId: string) {
  return { requestId, platform: message.platform, channelId: message.channelId, channelName: message.channelName, userId: message.userId };
}

/** A ladder outcome as a reply; the 👍/👎 buttons need the model call behind it. */
export function outcomeReply(outcome: ModelOutcome, extra: Partial<OutgoingReply> = {}): OutgoingReply {
  return reply(outcome.text, {
    citations: outcome.citations,
    provenance: provenanceOf(outcome),
    marker: outcome.marker,
    markerPlacement: outcome.markerPlacement,
    // Notes quote provider errors, which may carry a host or a key.
    notes: outcome.notes.map(maskSecretsIn),
    ...(outcome.modelCallId === undefined ? {} : { modelCallId: outcome.modelCallId }),
    ...extra,
  });
}

export function askCommand(services: BotServices, memberNames: () => Promise<string[]> = async () => [], offers?: StrongerModelOffers): BotCommand {
  const command: BotCommand = {
    name: 'ask',
    aliases: [],
    usage: '/ask <question> [--cloud | --local]',
    summary: 'Answer a question from the company knowledge base.',
    async run({ message, channel, args, flags, requestId }) {
      if (args.length === 0) return usageReply(command, 'What would you like to know?');
      const context = requestContextOf(message, requestId);
      await channel.progress('Thinking…');
      // The thread or DM so far (the placeholder just posted is recognised and left out).
      const conversation = await conversationContext(services, { message, channel, question: args, context });
      const request = {
        question: args,
        scope: scopeOf(message),
        flags,
        context,
        conversation,
        ...(channel.stream ? { openStream: channel.stream.bind(channel) } : {}),
        // The privacy guard recognises colleagues by the workspace member directory, as summaries do.
        memberNames,
      };
      const outcome = await answerQuestion(services, request);
      // Only where the privacy gate would let it escalate: the button is never a way around the policy.
      const offer = offers !== undefined && outcome.routing !== undefined && outcome.modelCallId !== undefined && mayOfferStrongerModel(outcome, flags);
      if (offer && outcome.routing && outcome.modelCallId !== undefined) {
        offers.add(outcome.modelCallId, { request, features: outcome.routing, reasons: outcome.reasons, offeredAt: services.now().getTime() });
      }
      return outcomeReply(outcome, { ...(offer ? { offerStrongerModel: true } : {}) });
    },
  };
  return command;
}
