/**
 * A public `/ask` answer, in Slack's shape for it: a short top-level "@alice asked: …" message (Slack
 * shows nobody the command itself), and the answer in that message's thread — streamed there while
 * the model writes (`chat.startStream` …, else `chat.update`), then finished in place with sources,
 * marker and feedback buttons. The thread becomes one tandem takes part in, so follow-ups there need
 * no mention.
 */
import type { OutgoingReply, ReplyHandle, ReplyLocation, ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import { renderReply, type SlackMessage } from './block-kit.ts';
import { askedByLine } from './asked-by.ts';
import { askedMetadata } from './asked-metadata.ts';
import type { PostedMessage } from './message-poster.ts';
import { postMessages, publicHandle } from './posted-reply.ts';
import type { ReplyChannelDeps } from './reply-channel.ts';
import { slackErrorCode } from './slack-errors.ts';
import { openLiveAnswer, type LiveAnswer } from './streaming.ts';

export interface AskedThreadTarget {
  channelId: string;
  userId: string;
  teamId?: string;
  /** The question as typed after `/ask`. */
  question: string;
}

/** The top-level message the answer's thread hangs from. */
export function askedMessage(userId: string, question: string): SlackMessage {
  const text = askedByLine(userId, '/ask', question);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

function threadOnly(root: PostedMessage): ReplyLocation {
  return { channelId: root.channel, messageId: root.ts, threadId: root.ts, threadOnly: true };
}

export class AskedThread {
  private root: PostedMessage | undefined;
  private live: LiveAnswer | undefined;

  constructor(
    private readonly target: AskedThreadTarget,
    private readonly deps: ReplyChannelDeps,
  ) {}

  /** Posts the "asked" message (once) and streams the answer into its thread. */
  async stream(opening: StreamOpening): Promise<ReplyStream> {
    const client = this.deps.client;
    const root = await this.ensureRoot((posted) => opening.moved?.(threadOnly(posted))).catch((error: unknown) => {
      // Not a member here (or the like): the finished answer goes privately instead, unstreamed.
      this.deps.logger.debug('cannot post the asked message; the answer will not stream', { error: slackErrorCode(error) ?? String(error) });
      return undefined;
    });
    if (client === undefined || root === undefined) return { append: async () => undefined };
    const { channelId, userId, teamId } = this.target;
    const where = { channelId, threadTs: root.ts, userId, ...(teamId ? { teamId } : {}) };
    this.live = openLiveAnswer(where, opening, undefined, { client, poster: this.deps.poster, logger: this.deps.logger });
    return this.live;
  }

  /** The finished answer in the thread, replacing the streamed message when there was one. */
  async post(reply: OutgoingReply): Promise<ReplyHandle> {
    const root = await this.ensureRoot();
    const streamed = await this.closeLive();
    const where = { channelId: this.target.channelId, threadTs: root.ts };
    const posted = await postMessages(this.deps.poster, where, renderReply(reply), streamed);
    if (reply.attachment) await this.deps.poster.upload(where.channelId, reply.attachment, root.ts);
    return publicHandle(this.deps.poster, where, posted);
  }

  /** The answer will not be public after all: nothing half-written or unanswered stays behind. */
  async discard(): Promise<void> {
    const streamed = await this.closeLive().catch(() => undefined);
    const root = this.root;
    this.root = undefined;
    for (const message of [streamed, root]) {
      if (message !== undefined) await this.deps.poster.remove(message).catch(() => undefined);
    }
  }

  /** `posted` learns of a new "asked" message at once: a restart must answer in its thread, not ask again. */
  private async ensureRoot(posted?: (root: PostedMessage) => void): Promise<PostedMessage> {
    if (this.root !== undefined) return this.root;
    const { channelId, userId, question } = this.target;
    this.root = await this.deps.poster.post(channelId, askedMessage(userId, question), undefined, askedMetadata(userId, question));
    posted?.(this.root);
    this.deps.markThreadActive(channelId, this.root.ts);
    return this.root;
  }

  private async closeLive(): Promise<PostedMessage | undefined> {
    const live = this.live;
    this.live = undefined;
    return live?.close();
  }
}
