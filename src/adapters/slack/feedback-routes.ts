/**
 * 👍/👎 under an answer: acknowledged at once, recorded by the bot against the model call the
 * button carries, and thanked privately so the channel stays quiet.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { FEEDBACK_ACTION_PREFIX, FEEDBACK_BUTTONS_ACTION } from './block-kit.ts';
import { noticeMessage } from './block-kit.ts';
import type { RoutingDeps } from './routing-deps.ts';
import { slackErrorCode } from './slack-errors.ts';
import { strongerModelButtonIn, strongerModelOffer } from './stronger-model-block.ts';

const FEEDBACK_ACTION = new RegExp(`^(${FEEDBACK_ACTION_PREFIX.up}|${FEEDBACK_ACTION_PREFIX.down})(:\\d+)?$`);
/** Native feedback buttons: one action id for the pair; the clicked button's value says which. */
const FEEDBACK_BUTTONS = new RegExp(`^${FEEDBACK_BUTTONS_ACTION}(:\\d+)?$`);

interface FeedbackClick {
  rating: 'up' | 'down';
  modelCallId: number;
}

/** The id travels in the button's value and in its action id; either will do. */
export function parseFeedbackClick(actionId: string, value: string | undefined): FeedbackClick | undefined {
  const match = FEEDBACK_ACTION.exec(actionId);
  if (!match) return undefined;
  const rating = match[1] === FEEDBACK_ACTION_PREFIX.up ? 'up' : 'down';
  const modelCallId = Number(value ?? match[2]?.slice(1));
  return Number.isInteger(modelCallId) ? { rating, modelCallId } : undefined;
}

type Click = BlockAction<ButtonAction>;
type PrivateReply = (text: string) => Promise<unknown>;

async function thankPrivately(body: Click, text: string, deps: RoutingDeps, respond?: PrivateReply): Promise<void> {
  const channelId = body.channel?.id;
  const threadTs = typeof body.message?.thread_ts === 'string' ? body.message.thread_ts : undefined;
  try {
    if (channelId === undefined) throw new Error('no channel on the action');
    await deps.replyDeps.poster.postEphemeral(channelId, body.user.id, noticeMessage(text), threadTs);
  } catch (error) {
    if (respond === undefined) {
      deps.logger.warn('could not thank for feedback', { error: slackErrorCode(error) ?? String(error) });
      return;
    }
    await respond(text).catch(() => undefined);
  }
}

async function handleFeedback(body: Click, click: FeedbackClick, deps: RoutingDeps, respond?: PrivateReply): Promise<void> {
  const { modelCallId, rating } = click;
  try {
    // Slack sends the rated message's blocks with the action: the answer's own button, if it shows one.
    const shown = strongerModelButtonIn(body.message?.blocks);
    const ack = await deps.handlers.onFeedback({ platform: 'slack', modelCallId, userId: body.user.id, rating, ...(shown ? { strongerModelShown: true } : {}) });
    if (ack?.offerStrongerModel && body.channel?.id) {
      const message = body.message;
      const threadTs = typeof message?.thread_ts === 'string' ? message.thread_ts : typeof message?.ts === 'string' ? message.ts : undefined;
      // The answer's own button names the question's message; the offer carries it on.
      const questionTs = shown?.question;
      const place = { ...(threadTs ? { threadTs } : {}), ...(questionTs ? { questionTs } : {}) };
      await deps.replyDeps.poster.postEphemeral(body.channel.id, body.user.id, strongerModelOffer(modelCallId, place), threadTs);
      return;
    }
    await thankPrivately(body, 'Thanks for the feedback!', deps, respond);
  } catch (error) {
    // The model call id names the answer in the log; the person only needs to know to click again.
    deps.logger.error('recording feedback failed', { modelCallId: click.modelCallId, error: String(error) });
    await thankPrivately(body, 'Sorry, I could not record that feedback. Please try again in a moment.', deps, respond);
  }
}

/** `feedback_up:42` as a native button's value (or a legacy button's action id plus value). */
function clickOf(action: { action_id: string; value?: string }): FeedbackClick | undefined {
  if (FEEDBACK_BUTTONS.test(action.action_id)) return action.value === undefined ? undefined : parseFeedbackClick(action.value, undefined);
  return parseFeedbackClick(action.action_id, action.value);
}

export function registerFeedbackRoutes(app: App, deps: RoutingDeps): void {
  // Legacy 👍/👎 buttons stay answered: messages posted before the native buttons still carry them.
  app.action<Click>(FEEDBACK_ACTION, async (args) => onClick(args, deps));
  app.action<Click>(FEEDBACK_BUTTONS, async (args) => onClick(args, deps));
}

interface ClickArgs {
  action: { action_id: string; value?: string };
  body: Click;
  ack: () => Promise<void>;
  respond?: (message: Record<string, unknown>) => Promise<unknown>;
}

async function onClick({ action, body, ack, respond }: ClickArgs, deps: RoutingDeps): Promise<void> {
  await ack();
  const click = clickOf(action);
  if (click === undefined) {
    deps.logger.warn('feedback button without a model call id', { actionId: action.action_id });
    return;
  }
  const reply: PrivateReply | undefined =
    respond === undefined ? undefined : (text) => respond({ response_type: 'ephemeral', replace_original: false, text });
  deps.tasks.run(() => handleFeedback(body, click, deps, reply));
}
