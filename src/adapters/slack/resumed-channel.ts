/**
 * After a restart: the reply channel a request left open resumes in. The answer replaces the
 * placeholder or streamed message the journal recorded (a stream is stopped first: Slack takes no
 * edit of a message still streaming), or is posted in the recorded thread afresh;
 * an `/ask` that never got as far as its "asked" message is asked now, answered in that thread as
 * `/ask` always is (its response_url died with the old process, so private messages go directly).
 */
import type { IncomingMessage, ReplyChannel, ReplyLocation } from '../../core/chat-contract.ts';
import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './block-kit.ts';
import { createCommandReplyChannel, type CommandResponse } from './command-reply-channel.ts';
import type { PostedMessage } from './message-poster.ts';
import { createThreadReplyChannel, type ReplyChannelDeps } from './reply-channel.ts';
import { findInterruptedAnswer, findRequestMessages } from './request-placeholder.ts';
import { messageTsOfKey } from './delivery-keys.ts';
import type { BotIdentity } from './history.ts';
import type { IdentityStore } from './routing-deps.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';

const ASK_COMMAND = /^\/ask(?:\s+([\s\S]*))?$/;

/** The question of an `/ask` (the command line as received), else undefined. */
function askedQuestion(message: IncomingMessage): string | undefined {
  if (!message.isSlashCommand || message.threadId !== undefined) return undefined;
  const match = ASK_COMMAND.exec(message.text.trim());
  return match === null ? undefined : (match[1] ?? '').trim();
}

/** Stands in for the dead response_url: ephemeral messages go to the asker directly. */
function directResponder(deps: ReplyChannelDeps, channelId: string, userId: string): (response: CommandResponse) => Promise<void> {
  return async (response) => {
    if (response.delete_original === true || (response.text === undefined && response.blocks === undefined)) return;
    const message: SlackMessage = { text: response.text ?? '', blocks: response.blocks ?? [] };
    await deps.poster.postEphemeral(channelId, userId, message);
  };
}

export async function resumedChannel(client: webApi.WebClient, deps: ReplyChannelDeps, message: IncomingMessage, location: ReplyLocation | undefined, identity: () => Promise<BotIdentity>): Promise<ReplyChannel> {
  const { channelId, userId, isDirect, deliveryKey } = message;
  const question = askedQuestion(message);
  if (question !== undefined && location?.threadId === undefined) {
    return createCommandReplyChannel({ channelId, userId, command: '/ask', text: question, respond: directResponder(deps, channelId, userId) }, deps);
  }
  // A slash command's answer lives in the thread of its "asked" message: the location says which.
  const threadTs = message.threadId ?? location?.threadId;
  // The question's own message: the mention or reply the key names, else the "asked" message the thread hangs from.
  const questionTs = messageTsOfKey(deliveryKey) ?? location?.threadId;
  // Slack streams outside DMs only to a named workspace; the event that carried it is gone.
  const { teamId, botUserId } = await identity();
  const target = { channelId, threadTs, userId, isDirect, deliveryKey, ...(questionTs ? { questionTs } : {}), ...(teamId ? { teamId } : {}) };
  const recorded = location !== undefined && location.threadOnly !== true ? { channel: location.channelId, ts: location.messageId } : undefined;
  if (recorded !== undefined) await stopInterruptedStream(client, deps, recorded);
  if (threadTs === undefined) return createThreadReplyChannel(target, deps, recorded);
  return createThreadReplyChannel(target, deps, await findLeftBehind(client, deps, { channelId, threadTs }, { deliveryKey, questionTs, botUserId, recorded }));
}

/**
 * The message the answer takes over, and the old process's other parts removed (a long answer's
 * continuations carry the delivery key; they are posted again whole): the recorded message, else the
 * first message tagged with the key (placeholder or posted answer), else a stream it had started after
 * the question that the journal never heard of. Undefined: nothing ever arrived.
 */
async function findLeftBehind(
  client: webApi.WebClient,
  deps: ReplyChannelDeps,
  thread: { channelId: string; threadTs: string },
  request: { deliveryKey: string; questionTs: string | undefined; botUserId: string | undefined; recorded: PostedMessage | undefined },
): Promise<PostedMessage | undefined> {
  const tagged = await findRequestMessages(client, thread, request.deliveryKey);
  const first = request.recorded ?? tagged[0];
  for (const part of tagged) if (part.ts !== first?.ts) await deps.poster.remove(part);
  if (first !== undefined) return first;
  // Killed between starting a stream and hearing its ts: the half-written answer is in the thread.
  const { questionTs, botUserId } = request;
  const interrupted = questionTs && botUserId ? await findInterruptedAnswer(client, thread, questionTs, botUserId) : undefined;
  if (interrupted !== undefined) await stopInterruptedStream(client, deps, interrupted);
  return interrupted;
}

/**
 * The recorded message may be a text stream the old process never stopped, and Slack takes no edit of
 * a message still streaming: stop it first. A placeholder, or a stream Slack already ended, answers
 * message_not_in_streaming_state, which is what a restart expects.
 */
async function stopInterruptedStream(client: webApi.WebClient, deps: ReplyChannelDeps, message: PostedMessage): Promise<void> {
  await callSlack('chat.stopStream', () => client.chat.stopStream({ channel: message.channel, ts: message.ts })).catch((error: unknown) => {
    const code = slackErrorCode(error);
    if (code !== 'message_not_in_streaming_state') deps.logger.debug('could not stop an interrupted stream; editing it anyway', { error: code ?? String(error) });
  });
}

/**
 * The bot's user id and workspace, which a restart needs before any event has told them: asked of
 * Slack once (auth.test) and remembered, not once per resumed request.
 */
export function ownIdentity(client: webApi.WebClient, identity: IdentityStore, logger: ReplyChannelDeps['logger']): () => Promise<BotIdentity> {
  return async () => {
    const known = identity.get();
    if (known.botUserId !== undefined && known.teamId !== undefined) return known;
    const asked = await callSlack('auth.test', () => client.auth.test()).catch((error: unknown) => {
      logger.debug('could not learn the bot user id and workspace for a resumed request', { error: slackErrorCode(error) ?? String(error) });
      return undefined;
    });
    identity.learn({ ...(asked?.user_id ? { botUserId: asked.user_id } : {}), ...(asked?.team_id ? { teamId: asked.team_id } : {}) });
    return identity.get();
  };
}
