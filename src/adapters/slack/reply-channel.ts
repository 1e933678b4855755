/**
 * The ReplyChannel for a conversation in a thread (mentions, DMs, follow-ups, the summarize
 * shortcut): replies go in the thread, a "thinking…" placeholder is replaced in place by the answer,
 * and ephemeral replies reach only the asker.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { ConversationMessage, HistoryRequest, OutgoingReply, ReplyChannel, ReplyHandle, ReplyLocation, ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import { noticeMessage, renderReply, type SlackMessage } from './block-kit.ts';
import type { Attachment, PostedMessage, SlackPoster } from './message-poster.ts';
import { postMessages, publicHandle } from './posted-reply.ts';
import { placeholderMetadata } from './request-placeholder.ts';
import type { SlackAdapterLogger } from './options.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';
import { openLiveAnswer, type LiveAnswer } from './streaming.ts';

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

export interface LoadingStatusSupport {
  refused: boolean;
}

/** What the failure guard needs besides the contract: a way to tell the person privately. */
export interface GuardedReplyChannel extends ReplyChannel {
  /** A short notice; public in the reply's place unless `privately`, falling back to private. */
  notice(text: string, options: { privately: boolean }): Promise<void>;
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
}

/**
 * A status held up (Slack rate-limiting the method, the WebClient waiting out its retry-after) must
 * not hold up the answer: past this, a placeholder shows the work instead.
 */
export const STATUS_WAIT_MS = 1_500;

/** Rotated by Slack while the status shows: what tandem is doing, in the order it does it. */
const LOADING_MESSAGES = ['Reading the conversation…', 'Searching the knowledge base…', 'Writing the answer…'];

/** Slack shows the status after the app's name ("tandem is thinking…"). */
function statusText(note: string): string {
  return `is ${note.replace(/^[A-Z]/, (first) => first.toLowerCase())}`;
}

export const PRIVATE_ATTACHMENT_NOTE = 'I sent the attachment to you in a direct message.';

class ThreadReplyChannel implements GuardedReplyChannel {
  private placeholder: PostedMessage | undefined;
  private live: LiveAnswer | undefined;
  /** Slack's loading status is showing under the thread (it replaces the placeholder there). */
  private statusShown = false;
  /** The reply is out: a status that lands late must be cleared, not left under the answer. */
  private settled = false;
  private readonly where: { channelId: string; threadTs?: string };

  constructor(
    private readonly target: ThreadTarget,
    private readonly deps: ReplyChannelDeps,
    /** A placeholder posted before a restart, which the answer replaces in place. */
    existing?: PostedMessage,
  ) {
    this.where = { channelId: target.channelId, threadTs: target.threadTs };
    this.placeholder = existing;
  }

  // Arrow properties: the core may pass these methods around detached from the channel.
  readonly readHistory = (request: HistoryRequest): Promise<ConversationMessage[]> => this.deps.readHistory(request);

  readonly progress = async (note: string): Promise<ReplyLocation | void> => {
    // In a thread, Slack's loading status ("tandem is searching the knowledge base…") shows the work
    // without a message to replace; a placeholder posted before a restart is still used in place.
    if (this.placeholder === undefined && (await this.showStatus(note))) return;
    const message = noticeMessage(note, 'progress');
    if (this.placeholder !== undefined) await this.deps.poster.update(this.placeholder, message);
    else {
      const { channelId, threadTs, deliveryKey } = this.target;
      this.placeholder = await this.deps.poster.post(channelId, message, threadTs, deliveryKey ? placeholderMetadata(deliveryKey) : undefined);
    }
    const { channel, ts } = this.placeholder;
    return { channelId: channel, messageId: ts, ...(this.target.threadTs === undefined ? {} : { threadId: this.target.threadTs }) };
  };

  readonly stream = async (opening: StreamOpening): Promise<ReplyStream> => {
    const client = this.deps.client;
    if (client === undefined) return { append: async () => undefined };
    const { channelId, threadTs, userId, teamId } = this.target;
    this.live = openLiveAnswer({ channelId, threadTs, userId, ...(teamId ? { teamId } : {}) }, opening, this.placeholder, { client, poster: this.deps.poster, logger: this.deps.logger });
    return this.live;
  };

  readonly post = async (reply: OutgoingReply): Promise<ReplyHandle> => {
    await this.endLiveAnswer();
    if (reply.ephemeral && !this.target.isDirect) {
      const handle = await this.postPrivate(reply);
      this.settled = true;
      await this.clearStatus();
      return handle;
    }
    const intoPlaceholder = this.placeholder !== undefined;
    const handle = await this.postPublic(reply);
    this.settled = true;
    // A new reply in the thread clears the status: Slack does that itself. An edited placeholder is
    // no new reply, so a status that landed late is cleared explicitly. Only once posted: a failed
    // post leaves the status for the failure path to clear.
    if (intoPlaceholder) await this.clearStatus();
    else this.statusShown = false;
    return handle;
  };

  /**
   * Slack's loading status under the thread (`assistant.threads.setStatus`, allowed in any channel
   * thread with chat:write since March 2026, not only in the assistant view).
   */
  private async showStatus(note: string): Promise<boolean> {
    const { client, logger, loadingStatus } = this.deps;
    const { channelId, threadTs } = this.target;
    if (client === undefined || threadTs === undefined || loadingStatus.refused) return false;
    const setting = callSlack('assistant.threads.setStatus', () =>
      client.assistant.threads.setStatus({ channel_id: channelId, thread_ts: threadTs, status: statusText(note), loading_messages: LOADING_MESSAGES }),
    ).then(
      () => 'shown' as const,
      (error: unknown) => {
        loadingStatus.refused = true;
        logger.warn('Slack loading status refused; showing placeholders instead from now on', { error: slackErrorCode(error) ?? String(error) });
        return 'refused' as const;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), STATUS_WAIT_MS)));
    const outcome = await Promise.race([setting, late]).finally(() => clearTimeout(timer));
    if (outcome === 'late') {
      void setting.then((landed) => this.statusLanded(landed === 'shown'));
      return false;
    }
    this.statusShown = outcome === 'shown';
    return this.statusShown;
  }

  /** A status that arrived after the placeholder took over: it shows too, unless the reply is already out. */
  private statusLanded(shown: boolean): void {
    if (!shown) return;
    this.statusShown = true;
    if (this.settled) void this.clearStatus();
  }

  /** Slack clears the status when the app replies in the thread; a private reply is no such reply. */
  private async clearStatus(): Promise<void> {
    const { client, logger } = this.deps;
    const { channelId, threadTs } = this.target;
    if (!this.statusShown || client === undefined || threadTs === undefined) return;
    this.statusShown = false;
    await callSlack('assistant.threads.setStatus', () => client.assistant.threads.setStatus({ channel_id: channelId, thread_ts: threadTs, status: '' })).catch((error: unknown) => {
      logger.debug('could not clear the loading status (Slack drops it after two minutes)', { error: slackErrorCode(error) ?? String(error) });
    });
  }

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
      this.statusShown = false;
      this.settled = true;
      return;
    }
    const stale = this.placeholder;
    this.placeholder = undefined;
    await this.sendPrivately([message]);
    this.settled = true;
    await this.clearStatus();
    if (stale !== undefined) await this.deps.poster.remove(stale).catch(() => undefined);
  };

  /** Posts in the thread; the first message takes the placeholder's place. */
  private async replaceOrPost(messages: SlackMessage[]): Promise<PostedMessage[]> {
    const posted = await postMessages(this.deps.poster, this.where, messages, this.placeholder);
    // Released only once the answer took its place, so a failure notice can still use it.
    this.placeholder = undefined;
    return posted;
  }

  private async postPublic(reply: OutgoingReply): Promise<ReplyHandle> {
    const posted = await this.replaceOrPost(renderReply(reply));
    const { channelId, threadTs } = this.target;
    if (threadTs !== undefined) this.deps.markThreadActive(channelId, threadTs);
    if (reply.attachment) await this.deps.poster.upload(channelId, reply.attachment, threadTs);
    return publicHandle(this.deps.poster, this.where, posted);
  }

  private async postPrivate(reply: OutgoingReply): Promise<ReplyHandle> {
    const stale = this.placeholder;
    this.placeholder = undefined;
    if (stale !== undefined) await this.deps.poster.remove(stale);
    const withNote = reply.attachment ? { ...reply, notes: [...reply.notes, PRIVATE_ATTACHMENT_NOTE] } : reply;
    await this.sendPrivately(renderReply(withNote));
    if (reply.attachment) await this.deps.sendAttachmentPrivately(this.target.userId, reply.attachment);
    // Ephemeral messages cannot be edited; an update arrives as a fresh private message.
    return { update: async (next) => this.sendPrivately(renderReply(next)) };
  }

  private async sendPrivately(messages: SlackMessage[]): Promise<void> {
    const { target, deps } = this;
    // In a DM everything is already private, and ephemeral messages there would be odd.
    if (target.isDirect) {
      await postMessages(deps.poster, this.where, messages);
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

export function createThreadReplyChannel(target: ThreadTarget, deps: ReplyChannelDeps, existing?: PostedMessage): GuardedReplyChannel {
  return new ThreadReplyChannel(target, deps, existing);
}
