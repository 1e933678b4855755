/**
 * A "☁️ Ask a stronger model" press the core has no question for (tandem restarted, or the answer is
 * older than the offers kept in memory): the question is read back from the platform, where it
 * already lives, and rebuilt as the ask command built it — scope, conversation before it, routing
 * features. Every doubt ends in a one-line note and the answer stays local: the press never widens
 * what may escalate.
 */
import { postedBefore } from '../../core/message-order.ts';
import type { IncomingMessage, QuestionUnavailable, ReplyChannel, StrongerModelPress } from '../../core/chat-contract.ts';
import { providerFacts } from '../../router/provider-facts.ts';
import { assessRequest } from '../../router/request-kind/assess-request.ts';
import type { AskRequest } from '../ask-types.ts';
import { requestContextOf, scopeOf } from '../commands/ask.ts';
import { conversationContext } from '../conversation/conversation-context.ts';
import { parseCommand } from '../parse-command.ts';
import type { BotServices } from '../services.ts';
import type { StrongerModelOffer } from './offers.ts';

/** Where the core cannot ask the platform at all (the terminal, an adapter that names no message). */
export const OFFER_GONE = 'I no longer have that question (it is too old, or tandem restarted). Please ask again with `--cloud`.';

const STAYS_LOCAL = 'so the answer stays local';

const UNAVAILABLE_NOTES: Record<QuestionUnavailable, string> = {
  deleted: `The question's message was deleted, ${STAYS_LOCAL}.`,
  edited: `The question was edited after it was answered, ${STAYS_LOCAL}; ask again (add \`--cloud\`) to have the new text answered.`,
  unreadable: `I couldn't read the question back, ${STAYS_LOCAL}; ask again with \`--cloud\`.`,
  'not-kept': `tandem restarted since this answer and the platform keeps no copy of a slash command's question, ${STAYS_LOCAL}; ask again with \`--cloud\`.`,
  shortened: `Only the start of this long question is shown where it was asked, ${STAYS_LOCAL}; ask again with \`--cloud\`.`,
};

export type RecoveredOffer = { offer: StrongerModelOffer } | { note: string };

export interface RecoveryInput {
  press: StrongerModelPress;
  /** The press's reply channel: its history reads give the question's conversation. */
  channel: ReplyChannel;
  requestId: string;
  memberNames: () => Promise<string[]>;
}

export async function recoverOffer(services: BotServices, input: RecoveryInput): Promise<RecoveredOffer> {
  const { press } = input;
  if (press.readQuestion === undefined) return { note: OFFER_GONE };
  let read;
  try {
    read = await press.readQuestion();
  } catch (error) {
    services.logger.warn('could not read a stronger-model question back from the platform', { modelCallId: press.modelCallId, error: error instanceof Error ? error.message : String(error) });
    return { note: UNAVAILABLE_NOTES.unreadable };
  }
  if (read.status === 'unavailable') {
    services.logger.info('stronger-model question not recoverable', { modelCallId: press.modelCallId, reason: read.reason, ...(read.detail ? { detail: read.detail } : {}) });
    return { note: UNAVAILABLE_NOTES[read.reason] };
  }
  const parsed = parseCommand(read.message.text);
  // The button sits only under answers to questions; anything else means the message is not what was answered.
  if (parsed.name !== 'ask' || parsed.args.length === 0) return { note: UNAVAILABLE_NOTES.edited };
  if (parsed.flags.local) return { note: `That question was asked with \`--local\`, ${STAYS_LOCAL}.` };
  const request = await rebuildRequest(services, input, read.message, read.messageId, parsed.args);
  return { offer: await offerFor(services, request) };
}

async function rebuildRequest(services: BotServices, input: RecoveryInput, message: IncomingMessage, messageId: string, question: string): Promise<AskRequest> {
  const context = requestContextOf(message, input.requestId);
  // The thread as it stood when the question was asked: what came after it (the answer) is not its context.
  const before = historyBefore(input.channel, messageId);
  const conversation = await conversationContext(services, { message, channel: before, question, context });
  return { question, scope: scopeOf(message), flags: { cloud: false, local: false }, context, conversation, memberNames: input.memberNames };
}

/** The features the router would record for this question now, for `tandem route --calibrate`. */
async function offerFor(services: BotServices, request: AskRequest): Promise<StrongerModelOffer> {
  const searchFor = request.conversation?.retrievalQuestion.text ?? request.question;
  const retrieval = await services.knowledge.retrieve(searchFor, request.scope, { limit: services.config.knowledge.maxResults });
  const assessment = assessRequest(searchFor, { confidence: retrieval.confidence, line: services.config.routing.minRetrievalConfidence });
  const channelPolicy = services.channelPolicy(request.scope);
  const { local } = await providerFacts(services.models, services.escalation, { channelPolicy, flags: request.flags });
  return {
    request,
    features: { cloudAllowed: false, kind: assessment.kind, difficulty: assessment.difficulty, tier: local.tier },
    reasons: ['question read back from the platform after the offer left memory', ...assessment.signals],
    offeredAt: services.now().getTime(),
  };
}

/** The thread may have gone on after the question (its answer, more talk): read past that much of it. */
const LATER_MESSAGES_ALLOWANCE = 100;

function historyBefore(channel: ReplyChannel, messageId: string): ReplyChannel {
  return {
    post: (reply) => channel.post(reply),
    progress: (note) => channel.progress(note),
    readHistory: async (request) => {
      const wanted = request.limit;
      const read = await channel.readHistory(wanted === undefined ? request : { ...request, limit: wanted + LATER_MESSAGES_ALLOWANCE });
      const before = read.filter((entry) => postedBefore(entry.ts, messageId));
      return wanted === undefined ? before : before.slice(-wanted);
    },
  };
}
