/**
 * A public `/ask` answer, in Slack's shape for it: a short top-level "@alice asked: …" message (Slack
 * shows nobody the command itself), and the answer in that message's thread — a conversation in the
 * thread like any other (streamed while the model writes, finished in place with sources, marker and
 * feedback buttons). The thread becomes one tandem takes part in, so follow-ups there need no mention.
 */
import type { OutgoingReply, ReplyHandle, ReplyLocation, ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import type { SlackMessage } from './block-kit.ts';
import { askedByLine } from './asked-by.ts';
import { askedMetadata } from './asked-metadata.ts';
import type { PostedMessage } from './message-poster.ts';
import { createThreadReplyChannel, type ReplyChannelDeps, type ThreadConversation } from './reply-channel.ts';
import { slackErrorCode } from './slack-errors.ts';

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
  private thread: ThreadConversation | undefined;

  constructor(
    private readonly target: AskedThreadTarget,
    private readonly deps: ReplyChannelDeps,
  ) {}

  /** Posts the "asked" message (once) and streams the answer into its thread. */
  async stream(opening: StreamOpening): Promise<ReplyStream> {
    const thread = await this.openThread((root) => opening.moved?.(threadOnly(root))).catch((error: unknown) => {
      // Not a member here (or the like): the finished answer goes privately instead, unstreamed.
      this.deps.logger.debug('cannot post the asked message; the answer will not stream', { error: slackErrorCode(error) ?? String(error) });
      return undefined;
    });
    return thread?.stream === undefined ? { append: async () => undefined } : thread.stream(opening);
  }

  /** The finished answer in the thread, replacing the streamed message when there was one. */
  async post(reply: OutgoingReply): Promise<ReplyHandle> {
    const thread = await this.openThread();
    return thread.post(reply);
  }

  /** The answer will not be public after all: nothing half-written or unanswered stays behind. */
  async discard(): Promise<void> {
    const { thread, root } = this;
    this.thread = undefined;
    this.root = undefined;
    await thread?.abandon();
    if (root !== undefined) await this.deps.poster.remove(root).catch(() => undefined);
  }

  /** `posted` learns of a new "asked" message at once: a restart must answer in its thread, not ask again. */
  private async openThread(posted?: (root: PostedMessage) => void): Promise<ThreadConversation> {
    if (this.thread !== undefined) return this.thread;
    const { channelId, userId, teamId, question } = this.target;
    this.root ??= await this.deps.poster.post(channelId, askedMessage(userId, question), undefined, askedMetadata(userId, question));
    posted?.(this.root);
    this.deps.markThreadActive(channelId, this.root.ts);
    // The "asked" message is the question's place: a stronger-model press after a restart reads it back there.
    this.thread = createThreadReplyChannel({ channelId, threadTs: this.root.ts, questionTs: this.root.ts, userId, ...(teamId ? { teamId } : {}), isDirect: channelId.startsWith('D') }, this.deps);
    return this.thread;
  }
}
