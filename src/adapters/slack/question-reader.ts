/**
 * Reads the question of an answer back from Slack, for a "☁️ Ask a stronger model" press the core no
 * longer holds the question for (a restart). The button names the question's message; Slack still
 * has it: `conversations.replies` inside a thread, `conversations.history` for a top-level DM. The
 * adapter only translates: the message becomes an IncomingMessage as when it first arrived, and a
 * message that is gone, edited or unreadable is reported as such (the core then stays local).
 */
import type { webApi } from '@slack/bolt';
import type { QuestionUnavailable, RecoveredQuestion } from '../../core/chat-contract.ts';
import { askedQuestionOf } from './asked-by.ts';
import { readAskedMetadata } from './asked-metadata.ts';
import { messageKey } from './delivery-keys.ts';
import type { BotIdentity } from './history.ts';
import { buildIncomingMessage, commandLine, isDirectChannel } from './incoming.ts';
import { replyThreadTs } from './message-fields.ts';
import type { RoutingDeps } from './routing-deps.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';

export interface QuestionPlace {
  channelId: string;
  /** The question message's ts. */
  questionTs: string;
  /** The thread the answer is in; undefined for a top-level answer in a DM. */
  threadTs?: string;
}

interface SlackMessage {
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  thread_ts?: string;
  edited?: unknown;
  metadata?: unknown;
}

/** Slack's answers for a message that no longer exists (a deleted thread parent stays as a tombstone). */
const GONE = new Set(['thread_not_found', 'message_not_found']);

const unavailable = (reason: QuestionUnavailable, detail?: string): RecoveredQuestion => ({ status: 'unavailable', reason, ...(detail ? { detail } : {}) });

export async function readQuestion(place: QuestionPlace, deps: RoutingDeps): Promise<RecoveredQuestion> {
  const client = deps.replyDeps.client;
  if (client === undefined) return unavailable('unreadable', 'no Slack Web API client');
  let message: SlackMessage | undefined;
  try {
    message = await fetchMessage(client, place);
  } catch (error) {
    const code = slackErrorCode(error);
    return code !== undefined && GONE.has(code) ? unavailable('deleted', code) : unavailable('unreadable', code ?? String(error));
  }
  if (message === undefined || message.subtype === 'tombstone') return unavailable('deleted');
  if (message.edited !== undefined) return unavailable('edited');
  return toQuestion(message, place, deps);
}

/**
 * The thread first (a reply, or the parent the answer's thread hangs from), then the channel's top
 * level (a DM answered top-level names its own ts as the thread, which holds no question).
 */
async function fetchMessage(client: webApi.WebClient, place: QuestionPlace): Promise<SlackMessage | undefined> {
  const { channelId: channel, questionTs, threadTs } = place;
  // Both bounds inclusive: the page holds the question alone (Slack may put the thread's parent first).
  // Metadata too: an "asked" message records the question as typed there, not cut to fit the line.
  const window = { oldest: questionTs, latest: questionTs, inclusive: true, include_all_metadata: true };
  const find = (messages: unknown) => (messages as SlackMessage[] | undefined)?.find((candidate) => candidate.ts === questionTs);
  if (threadTs !== undefined) {
    try {
      const inThread = find((await callSlack('conversations.replies', () => client.conversations.replies({ channel, ts: threadTs, ...window, limit: 2 }))).messages);
      if (inThread !== undefined) return inThread;
    } catch (error) {
      if (!GONE.has(slackErrorCode(error) ?? '')) throw error;
    }
  }
  return find((await callSlack('conversations.history', () => client.conversations.history({ channel, ...window, limit: 1 }))).messages);
}

async function toQuestion(message: SlackMessage & { ts?: string }, place: QuestionPlace, deps: RoutingDeps): Promise<RecoveredQuestion> {
  const ts = place.questionTs;
  const identity = deps.identity.get();
  const isDirect = isDirectChannel(place.channelId);
  const base = { eventId: `${place.channelId}-${ts}`, deliveryKey: messageKey(place.channelId, ts), channelId: place.channelId, isDirect, botUserId: identity.botUserId };
  if (isOwn(message, identity)) {
    // tandem's own message here can only be the "asked" message of `/ask`: the question as its
    // metadata records it, else (a message posted before metadata was added) as its line shows it.
    const recorded = readAskedMetadata(message.metadata);
    const asked = recorded ? { userId: recorded.asker, question: recorded.question, shortened: false } : askedQuestionOf(message.text ?? '');
    if (asked === undefined) return unavailable('unreadable', 'the named message is not a question');
    if (asked.shortened) return unavailable('shortened');
    const incoming = await buildIncomingMessage({ ...base, userId: asked.userId, rawText: commandLine('/ask', asked.question), isSlashCommand: true }, deps.directory);
    return { status: 'found', message: incoming, messageId: ts };
  }
  if (message.user === undefined) return unavailable('unreadable', 'the question has no author');
  const threadId = isDirect ? message.thread_ts : replyThreadTs({ ts, threadTs: message.thread_ts });
  const incoming = await buildIncomingMessage({ ...base, userId: message.user, rawText: message.text ?? '', isSlashCommand: false, ...(threadId ? { threadId } : {}) }, deps.directory);
  return { status: 'found', message: incoming, messageId: ts };
}

function isOwn(message: SlackMessage, identity: BotIdentity): boolean {
  return (identity.botUserId !== undefined && message.user === identity.botUserId) || (identity.botId !== undefined && message.bot_id === identity.botId);
}
