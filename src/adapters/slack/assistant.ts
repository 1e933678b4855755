/**
 * Slack's assistant split view, through Bolt's `Assistant`: a new thread gets a greeting and
 * suggested questions drawn from the knowledge base; each message there gets a thread title and a
 * loading status, and is answered by the same path as every other message (dedupe, the bot core,
 * streaming, feedback buttons).
 */
import { Assistant, type App } from '@slack/bolt';
import { BoundedSet } from '../bounded-set.ts';
import { DIRECT_MESSAGE_CHANNEL_NAME } from './incoming.ts';
import { dispatchMessage, eventIdOf, teamIdOf } from './event-routes.ts';
import type { RoutingDeps } from './routing-deps.ts';
import { slackErrorCode } from './slack-errors.ts';

export const ASSISTANT_GREETING = "Hi! I answer from the company's knowledge base, citing the pages I used. What would you like to know?";
const TITLE_LIMIT = 80;
const CONTEXT_CAPACITY = 2_000;

/** The channel the person was viewing when they opened the thread (Bolt's thread-context shape). */
interface AssistantThreadContext {
  channel_id?: string;
  team_id?: string;
  enterprise_id?: string | null;
}

/** Thread contexts (which channel the person was viewing) kept in memory, bounded; Slack resends them on change. */
function contextStore() {
  const contexts = new Map<string, AssistantThreadContext>();
  const order = new BoundedSet(CONTEXT_CAPACITY);
  const keyOf = (payload: unknown): string => {
    const thread = (payload as { assistant_thread?: { channel_id?: string; thread_ts?: string } }).assistant_thread;
    const message = payload as { channel?: string; thread_ts?: string };
    return `${thread?.channel_id ?? message.channel ?? ''}:${thread?.thread_ts ?? message.thread_ts ?? ''}`;
  };
  return {
    get: async ({ payload }: { payload: unknown }) => contexts.get(keyOf(payload)) ?? {},
    save: async ({ payload }: { payload: unknown }) => {
      const context = (payload as { assistant_thread?: { context?: AssistantThreadContext } }).assistant_thread?.context;
      if (context === undefined) return;
      const key = keyOf(payload);
      order.add(key);
      contexts.set(key, context);
      for (const stale of [...contexts.keys()].filter((entry) => !order.has(entry))) contexts.delete(stale);
    },
  };
}

export function registerAssistant(app: App, deps: RoutingDeps): void {
  const warn = (what: string) => (error: unknown) => deps.logger.warn(what, { error: slackErrorCode(error) ?? String(error) });
  app.assistant(
    new Assistant({
      threadContextStore: contextStore(),
      threadStarted: async ({ event, say, setSuggestedPrompts, saveThreadContext }) => {
        await saveThreadContext().catch(warn('could not keep the assistant thread context'));
        await say(ASSISTANT_GREETING).catch(warn('could not greet in the assistant thread'));
        const where = { channelId: event.assistant_thread.channel_id, channelName: DIRECT_MESSAGE_CHANNEL_NAME, isDirect: true };
        const prompts = await deps.handlers.suggestedPrompts?.(where).catch(() => []);
        if (prompts && prompts.length > 0) await setSuggestedPrompts({ prompts, title: 'Try asking' }).catch(warn('could not set suggested prompts'));
      },
      threadContextChanged: async ({ saveThreadContext }) => {
        await saveThreadContext().catch(warn('could not keep the assistant thread context'));
      },
      userMessage: async ({ message, body, context, setTitle }) => {
        deps.identity.learn(context);
        // Slack also delivers the bot's own posts in the thread here: those are not questions.
        const fromBot = 'bot_id' in message && message.bot_id !== undefined;
        const text = !fromBot && 'text' in message && typeof message.text === 'string' ? message.text.trim() : '';
        if (text) await setTitle(text.length > TITLE_LIMIT ? `${text.slice(0, TITLE_LIMIT - 1)}…` : text).catch(warn('could not title the assistant thread'));
        await dispatchMessage('message', message, { eventId: eventIdOf(body), teamId: teamIdOf(body), assistantThread: true }, deps);
      },
    }),
  );
}
