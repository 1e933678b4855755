/**
 * Posting a rendered reply (one or more messages) and later replacing it in place: the first
 * message can take over a "thinking…" placeholder, and an update edits, adds or removes messages
 * so the thread shows exactly the new version.
 */
import type { OutgoingReply, ReplyHandle } from '../../core/chat-contract.ts';
import { renderReply, type RenderContext, type SlackMessage } from './block-kit.ts';
import type { Attachment, MessageMetadata, PostedMessage, SlackPoster } from './message-poster.ts';

export interface PublicTarget {
  channelId: string;
  /** Undefined for top-level channel messages (public slash-command answers). */
  threadTs?: string;
}

/**
 * Posts the messages in order; the first replaces `placeholder` via chat.update when given. Each new
 * message carries `tag` when given (the request it answers, for a restart to find it again).
 */
export async function postMessages(
  poster: SlackPoster,
  target: PublicTarget,
  messages: SlackMessage[],
  placeholder?: PostedMessage,
  tag?: MessageMetadata,
): Promise<PostedMessage[]> {
  const posted: PostedMessage[] = [];
  for (const [index, message] of messages.entries()) {
    if (index === 0 && placeholder !== undefined) {
      await poster.update(placeholder, message);
      posted.push(placeholder);
    } else {
      posted.push(await poster.post(target.channelId, message, target.threadTs, tag));
    }
  }
  return posted;
}

/** Replaces a posted reply: edits what exists, posts what is new, deletes what is no longer needed. */
export async function replaceMessages(
  poster: SlackPoster,
  target: PublicTarget,
  existing: PostedMessage[],
  messages: SlackMessage[],
): Promise<PostedMessage[]> {
  const kept: PostedMessage[] = [];
  for (const [index, message] of messages.entries()) {
    const current = existing[index];
    if (current !== undefined) {
      await poster.update(current, message);
      kept.push(current);
    } else {
      kept.push(await poster.post(target.channelId, message, target.threadTs));
    }
  }
  for (const surplus of existing.slice(messages.length)) await poster.remove(surplus);
  return kept;
}

/** Handle whose `update` rewrites the posted reply in place (chat.update). */
export function publicHandle(poster: SlackPoster, target: PublicTarget, posted: PostedMessage[], rendering: RenderContext = {}): ReplyHandle {
  let current = posted;
  return {
    async update(reply: OutgoingReply) {
      current = await replaceMessages(poster, target, current, renderReply(reply, rendering));
    },
  };
}

/** A public reply once its messages are up: its attachment follows them (in the thread), then its handle. */
export async function finishPublicReply(poster: SlackPoster, target: PublicTarget, posted: PostedMessage[], attachment: Attachment | undefined, rendering: RenderContext = {}): Promise<ReplyHandle> {
  if (attachment) await poster.upload(target.channelId, attachment, target.threadTs);
  return publicHandle(poster, target, posted, rendering);
}
