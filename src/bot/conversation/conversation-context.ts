/**
 * What a request knows of its conversation: the recent turns the model is shown (within a token
 * budget) and the standalone question retrieval searches for. Read once per request.
 */
import type { IncomingMessage, ReplyChannel } from '../../core/chat-contract.ts';
import type { CallContext } from '../../router/request-context.ts';
import type { BotServices } from '../services.ts';
import { standaloneQuestion, type StandaloneQuestion } from './standalone-question.ts';
import { readRecentTurns, turnsWithinBudget, type ConversationTurn } from './turns.ts';

export interface ConversationContext {
  /** Earlier turns for the model, oldest first; empty outside threads and DMs. */
  turns: ConversationTurn[];
  retrievalQuestion: StandaloneQuestion;
}

/** Turns may use this share of the local window, and never more than the cap: the sources matter more. */
const TURN_SHARE_OF_WINDOW = 0.15;
const TURN_BUDGET_CAP_TOKENS = 1_500;

export function turnBudgetTokens(contextWindow: number): number {
  return Math.min(TURN_BUDGET_CAP_TOKENS, Math.floor(contextWindow * TURN_SHARE_OF_WINDOW));
}

export async function conversationContext(
  services: BotServices,
  input: { message: IncomingMessage; channel: ReplyChannel; question: string; context: Omit<CallContext, 'route' | 'reasons' | 'command'> },
): Promise<ConversationContext> {
  const asAsked: ConversationContext = { turns: [], retrievalQuestion: { text: input.question, how: 'as-asked' } };
  let read: ConversationTurn[];
  try {
    read = await readRecentTurns(input.message, input.channel, () => services.now());
  } catch (error) {
    // History is an aid: a platform that refuses the read still gets its question answered.
    services.logger.warn('conversation history unavailable; answering the message alone', { error: error instanceof Error ? error.message : String(error) });
    return asAsked;
  }
  const window = services.models.local.current.contextWindow ?? services.models.localContextWindow;
  const turns = turnsWithinBudget(read, turnBudgetTokens(window));
  if (turns.length === 0) return asAsked;
  const monitor = services.models.local;
  const rewriter = monitor.current.ok
    ? {
        generate: async (request: Parameters<typeof monitor.provider.generate>[0]) => {
          const metered = services.localModel({ ...input.context, command: 'ask', route: 'local', reasons: ['follow-up rewrite'] }, 'rewrite');
          try {
            return await metered.generate({ ...request, contextWindow: window });
          } catch (error) {
            monitor.absorbFailure(error);
            throw error;
          }
        },
      }
    : undefined;
  return { turns, retrievalQuestion: await standaloneQuestion(turns, input.question, rewriter) };
}
