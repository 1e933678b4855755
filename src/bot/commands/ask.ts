import type { IncomingMessage } from '../../adapters/contract.ts';
import type { ChannelScope } from '../../knowledge/index.ts';
import { answerQuestion } from '../ask-flow.ts';
import { reply, usageReply, type BotCommand } from '../command.ts';
import type { BotServices } from '../services.ts';

export function scopeOf(message: IncomingMessage): ChannelScope {
  return { channelId: message.channelId, channelName: message.channelName, isDirect: message.isDirect };
}

export function askCommand(services: BotServices, memberNames: () => Promise<string[]> = async () => []): BotCommand {
  const command: BotCommand = {
    name: 'ask',
    aliases: [],
    usage: '/ask <question> [--cloud | --local]',
    summary: 'Answer a question from the company knowledge base (plain messages are questions too).',
    async run({ message, args, flags, requestId }) {
      if (args.length === 0) return usageReply(command, 'What would you like to know?');
      const outcome = await answerQuestion(services, {
        question: args,
        scope: scopeOf(message),
        flags,
        context: { requestId, platform: message.platform, channelId: message.channelId, channelName: message.channelName, userId: message.userId },
        // The privacy guard recognises colleagues by the workspace member directory, as summaries do.
        memberNames: await memberNames(),
      });
      return reply(outcome.answer, {
        citations: outcome.citations,
        marker: outcome.marker,
        markerPlacement: outcome.markerPlacement,
        notes: outcome.notes,
        ...(outcome.modelCallId === undefined ? {} : { modelCallId: outcome.modelCallId }),
      });
    },
  };
  return command;
}
