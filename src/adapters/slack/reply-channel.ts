/**
 * The ReplyChannel for a conversation in a thread (mentions, DMs, follow-ups, the summarize
 * shortcut): replies go in the thread, a "thinking…" placeholder is replaced in place by the answer,
 * and ephemeral replies reach only the asker.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { ConversationMessage, HistoryRequest, OutgoingReply, ReplyChannel, ReplyHandle, ReplyLocation, ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import { noticeMessage, renderReply, type RenderContext, type SlackMessage } from './block-kit.ts';
import type { Attachment, MessageMetadata, PostedMessage, SlackPoster } from './message-poster.ts';
import { finishPublicReply, postMessages } from './posted-reply.ts';
import { requestMetadata } from './request-placeholder.ts';
import type { SlackAdapterLogger } from './options.ts';
import { openLiveAnswer, type LiveAnswer } from './streaming.ts';
import { ThreadLoadingStatus, type LoadingStatusSupport } from './loading-status.ts';

export interface ReplyChannelDeps {
  poster: SlackPoster;
  readHistory(request: HistoryRequest): Promise<ConversationMessage[]>;
  logger: SlackAdapterLogger;
  /** Remembers a thread the bot spoke in, so follow-ups there need no mention. */
  markThreadActive(channelId: string, threadTs: string): void;
  /** Files cannot be ephemeral: private attachments go to the person's DM with the bot. */
  sendAttachmentPrivately(userId: string, attachment: Attachment): Promise<void>;
  /** For streaming answers (chat.startStream…); without it answers are posted when complete. */
  client?: webApi.WebClient;
  /** Shared by every reply channel of the adapter: once Slack refuses the loading status, placeholders from then on. */
  loadingStatus: LoadingStatusSupport;
}

/** What the failure guard needs besides the contract: a way to tell the person privately. */
export interface GuardedReplyChannel extends ReplyChannel {
  /** A short notice; public in the reply's place unless `privately`, falling back to private. */
  notice(text: string, options: { privately: boolean }): Promise<void>;
}

/** A reply channel in one thread, which a caller posting in it on someone's behalf can also take back. */
export interface ThreadConversation extends GuardedReplyChannel {
  /** The answer will not be posted here after all: the streamed or placeholder message goes. */
  abandon(): Promise<void>;
}

export interface ThreadTarget {
  channelId: string;
  /** The thread replies go in; undefined for a top-level direct message (answered top-level). */
  threadTs?: string;
  userId: string;
  /** The workspace, which Slack's text streaming needs outside DMs. */
  teamId?: string;
  /** A thread of Slack's assistant split view (its loading status is all it shows while working). */
  assistantThread?: boolean;
  isDirect: boolean;
  /** Present for interactions (the shortcut): reaches the person even where the bot is not a member. */
  respond?: RespondFn;
  /** The request's delivery key, tagged on the placeholder so a resumed request can find it. */
  deliveryKey?: string;
  /** The ts of the message being answered, which a stronger-model button names to read it back. */
  questionTs?: string;
}

export const PRIVATE_ATTACHMENT_NOTE = 'I sent the attachment to you in a direct message.';

class ThreadReplyChannel implements ThreadConversation {
  private placeholder: PostedMessage | undefined;
  private live: LiveAnswer | undefined;
  /** Slack's loading status under the thread (it replaces the placeholder there). */
  private readonly status: ThreadLoadingStatus;
  private readonly where: { channelId: string; threadTs?: string };
  /**
   * In a thread, for a known request: its messages carry the delivery key and its stream follows the
   * question, so a restart finds what was posted for it.
   */
  readonly repliesFindable: boolean;
  /** The delivery key as metadata, on every message posted for the request. */
  private readonly tag: MessageMetadata | undefined;

  constructor(
    private readonly target: ThreadTarget,
    private readonly deps: ReplyChannelDeps,
    /** A placeholder posted before a restart, which the answer replaces in place. */
    existing?: PostedMessage,
  ) {
    this.where = { channelId: target.channelId, threadTs: target.threadTs };
    this.tag = target.deliveryKey === undefined ? undefined : requestMetadata(target.deliveryKey);
    this.repliesFindable = target.threadTs !== undefined && target.questionTs !== undefined && this.tag !== undefined;
    this.placeholder = existing;
    this.status = new ThreadLoadingStatus(this.where, deps);
  }

  // Arrow properties: the core may pass these methods around detached from the channel.
  readonly readHistory = (request: HistoryRequest): Promise<ConversationMessage[]> => this.deps.readHistory(request);

  readonly progress = async (note: string): Promise<ReplyLocation | void> => {
    // In a thread, Slack's loading status ("tandem is searching the knowledge base…") shows the work
    // without a message to replace; a placeholder posted before a restart is still used in place.
    if (this.placeholder === undefined && (await this.status.show(note))) return;
    const message = noticeMessage(note, 'progress');
    if (this.placeholder !== undefined) await this.deps.poster.update(this.placeholder, message);
    else {
      const { channelId, threadTs } = this.target;
      this.placeholder = await this.deps.poster.post(channelId, message, threadTs, this.tag);
    }
    const { channel, ts } = this.placeholder;
    return { channelId: channel, messageId: ts, ...(this.target.threadTs === undefined ? {} : { threadId: this.target.threadTs }) };
  };

  readonly stream = async (opening: StreamOpening): Promise<ReplyStream> => {
    const client = this.deps.client;
    if (client === undefined) return { append: async () => undefined };
    const { channelId, threadTs, userId, teamId } = this.target;
    this.live = openLiveAnswer({ channelId, threadTs, userId, ...(teamId ? { teamId } : {}), ...(this.tag ? { tag: this.tag } : {}) }, opening, this.placeholder, { client, poster: this.deps.poster, logger: this.deps.logger });
    return this.live;
  };

  readonly post = async (reply: OutgoingReply): Promise<ReplyHandle> => {
    await this.endLiveAnswer();
    if (reply.ephemeral && !this.target.isDirect) {
      const handle = await this.postPrivate(reply);
      await this.status.clear();
      return handle;
    }
    return this.postPublic(reply);
  };

  /** The answer will not be posted here after all: nothing half-written stays behind. */
  readonly abandon = async (): Promise<void> => {
    await this.endLiveAnswer().catch(() => undefined);
    const stale = this.placeholder;
    this.placeholder = undefined;
    if (stale !== undefined) await this.deps.poster.remove(stale).catch(() => undefined);
    await this.status.clear();
  };

  /** The streamed message becomes the one the finished reply replaces in place. */
  private async endLiveAnswer(): Promise<void> {
    const live = this.live;
    this.live = undefined;
    if (live === undefined) return;
    const shown = await live.close();
    if (shown !== undefined) this.placeholder = shown;
  }

  readonly notice = async (text: string, { privately }: { privately: boolean }): Promise<void> => {
    await this.endLiveAnswer().catch(() => undefined);
    const message = noticeMessage(text);
    if (!privately) {
      await this.replaceOrPost([message]);
      return;
    }
    const stale = this.placeholder;
    this.placeholder = undefined;
    await this.sendPrivately([message]);
    await this.status.clear();
    if (stale !== undefined) await this.deps.poster.remove(stale).catch(() => undefined);
  };

  /**
   * Posts in the thread; the first message takes the placeholder's place. A new message clears the
   * loading status (Slack does that itself); an edited placeholder does not, so it is cleared here.
   * Only once posted: after a failed post the failure path still clears it.
   */
  private async replaceOrPost(messages: SlackMessage[]): Promise<PostedMessage[]> {
    const intoPlaceholder = this.placeholder;
    const posted = await postMessages(this.deps.poster, this.where, messages, intoPlaceholder, this.tag);
    // Released only once the answer took its place, so a failure notice can still use it.
    this.placeholder = undefined;
    if (intoPlaceholder !== undefined) await this.status.clear();
    else this.status.clearedBySlack();
    return posted;
  }

  private async postPublic(reply: OutgoingReply): Promise<ReplyHandle> {
    const posted = await this.replaceOrPost(renderReply(reply, this.rendering()));
    const { channelId, threadTs } = this.target;
    if (threadTs !== undefined) this.deps.markThreadActive(channelId, threadTs);
    return finishPublicReply(this.deps.poster, this.where, posted, reply.attachment, this.rendering());
  }

  private async postPrivate(reply: OutgoingReply): Promise<ReplyHandle> {
    const stale = this.placeholder;
    this.placeholder = undefined;
    if (stale !== undefined) await this.deps.poster.remove(stale);
    const withNote = reply.attachment ? { ...reply, notes: [...reply.notes, PRIVATE_ATTACHMENT_NOTE] } : reply;
    await this.sendPrivately(renderReply(withNote, this.rendering()));
    if (reply.attachment) await this.deps.sendAttachmentPrivately(this.target.userId, reply.attachment);
    // Ephemeral messages cannot be edited; an update arrives as a fresh private message.
    return { update: async (next) => this.sendPrivately(renderReply(next, this.rendering())) };
  }

  private rendering(): RenderContext {
    return this.target.questionTs === undefined ? {} : { questionTs: this.target.questionTs };
  }

  private async sendPrivately(messages: SlackMessage[]): Promise<void> {
    const { target, deps } = this;
    // In a DM everything is already private, and ephemeral messages there would be odd.
    if (target.isDirect) {
      await postMessages(deps.poster, this.where, messages, undefined, this.tag);
      return;
    }
    for (const message of messages) {
      try {
        await deps.poster.postEphemeral(target.channelId, target.userId, message, target.threadTs);
      } catch (error) {
        // The shortcut's response_url reaches the person even where the bot is not a member.
        if (target.respond === undefined) throw error;
        await target.respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
      }
    }
  }
}

export function createThreadReplyChannel(target: ThreadTarget, deps: ReplyChannelDeps, existing?: PostedMessage): ThreadConversation {
  return new ThreadReplyChannel(target, deps, existing);
}
