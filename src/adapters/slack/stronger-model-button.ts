/**
 * "☁️ Ask a stronger model" in Slack: a Block Kit button under local answers the core marked, and
 * the same button in the private reply to a 👎. A press is acknowledged at once (Slack's 3 s) and the
 * core answers in the answer's thread; the button's value carries the ledger id, the thread and the
 * ts of the question's message, which the core reads back (through `readQuestion`) after a restart.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { StrongerModelPress } from '../../core/chat-contract.ts';
import { readQuestion } from './question-reader.ts';
import { createThreadReplyChannel } from './reply-channel.ts';
import { parseStrongerModelValue, STRONGER_MODEL_ACTION } from './stronger-model-block.ts';
import type { RoutingDeps } from './routing-deps.ts';

const ACTION_PATTERN = new RegExp(`^${STRONGER_MODEL_ACTION}:(answer_button|after_thumbs_down)$`);

type Click = BlockAction<ButtonAction>;

/** The thread of the answer: the button's own value, else the message the button sits under. */
function threadOf(body: Click, fromValue: string | undefined): string | undefined {
  if (fromValue) return fromValue;
  const message = body.message;
  if (!message) return undefined;
  return typeof message.thread_ts === 'string' ? message.thread_ts : typeof message.ts === 'string' ? message.ts : undefined;
}

export function registerStrongerModelRoute(app: App, deps: RoutingDeps): void {
  app.action<Click>(ACTION_PATTERN, async ({ action, body, ack, respond }) => {
    await ack();
    const onStrongerModel = deps.handlers.onStrongerModel;
    const parsed = parseStrongerModelValue(action.value);
    const channelId = body.channel?.id;
    if (!onStrongerModel || !parsed || !channelId) {
      deps.logger.warn('stronger-model button without an answer to re-ask', { actionId: action.action_id });
      return;
    }
    const source = ACTION_PATTERN.exec(action.action_id)?.[1] === 'after_thumbs_down' ? 'after_thumbs_down' : 'answer_button';
    const threadTs = threadOf(body, parsed.thread);
    const isDirect = channelId.startsWith('D');
    const channel = createThreadReplyChannel({ channelId, ...(threadTs ? { threadTs } : {}), userId: body.user.id, isDirect, respond }, deps.replyDeps);
    const questionTs = parsed.question;
    const press: StrongerModelPress = {
      platform: 'slack',
      modelCallId: parsed.call,
      userId: body.user.id,
      source,
      // Buttons posted before the question's ts was carried name no message: the core says so.
      ...(questionTs ? { readQuestion: () => readQuestion({ channelId, questionTs, ...(threadTs ? { threadTs } : {}) }, deps) } : {}),
    };
    deps.tasks.run(() => onStrongerModel(press, channel));
  });
}
