/**
 * The `ReplyChannel` for a message that addressed the bot: typing while it works, the reply (public,
 * threaded when long, or by DM when private), edits in place, history reads, and the failure notice
 * when the handler throws.
 */
import type { Client, Message } from 'discord.js';
import type { OutgoingReply, ReplyChannel, ReplyHandle } from '../../core/chat-contract.ts';
import type { BoundedSet } from '../bounded-set.ts';
import type { ChatMessage } from './chat-message.ts';
import { readHistoryOrExplain } from './history.ts';
import {
  channelLabel,
  deliverPrivately,
  deliverPublicly,
  explainPermissionProblem,
  threadNameFor,
  type Delivery,
} from './message-delivery.ts';
import type { DiscordLogger } from './options.ts';
import {
  DiscordPermissionError,
  discordErrorCode,
  isMissingPermission,
  permissionExplanation,
} from './platform-errors.ts';
import { openProgressiveReply, type ProgressiveReply } from './progressive-edit.ts';
import { renderReply, textPayload, type RenderContext } from './reply-rendering.ts';
import { createTypingIndicator, type TypingIndicator } from './typing-indicator.ts';

export interface MessageReplyContext {
  client: Client;
  logger: DiscordLogger;
  engagedThreads: BoundedSet;
  typingIntervalMs: number;
  typingRegistry: Set<TypingIndicator>;
}

export class MessageConversation {
  readonly replyChannel: ReplyChannel;
  private readonly typing: TypingIndicator;
  private live: ProgressiveReply | undefined;

  constructor(
    private readonly message: ChatMessage,
    private readonly question: string,
    private readonly context: MessageReplyContext,
    /** After a restart: what the old process had shown for this message, removed before answering anew. */
    private leftBehind: readonly Message[] = [],
  ) {
    this.typing = createTypingIndicator(message.channel, context.typingIntervalMs, context.logger, context.typingRegistry);
    this.replyChannel = {
      post: (reply) => this.post(reply),
      stream: async (opening) => {
        await this.clearLeftBehind();
        this.live = openProgressiveReply(message, opening, context.logger, () => this.typing.stop());
        return this.live;
      },
      // A public reply names this message, so a restart finds whatever was shown (`left-behind.ts`).
      repliesFindable: true,
      progress: async () => this.typing.start(),
      readHistory: (request) => readHistoryOrExplain(context.client, request, context.logger, message.channelId),
    };
  }

  /** Tell the person what the pipeline could not post (its reference included), never leaving them in silence. */
  async reportFailure(notice: string): Promise<void> {
    const { message, context } = this;
    this.typing.stop();
    // A half-written answer must not stand as if it were the answer.
    const partial = await this.endLiveAnswer().catch(() => undefined);
    await partial?.delete().catch(() => undefined);
    try {
      await message.reply(textPayload(notice));
    } catch (replyError) {
      if (!isMissingPermission(replyError)) {
        context.logger.error('could not post the failure notice', { eventId: message.id, error: String(replyError) });
        return;
      }
      await explainPermissionProblem(message, replyError, notice, context.logger);
    }
  }

  /** The answer is shown once: the old process's partial or whole reply goes before the new one. */
  private async clearLeftBehind(): Promise<void> {
    const stale = this.leftBehind;
    this.leftBehind = [];
    for (const message of stale) await message.delete();
  }

  private async endLiveAnswer() {
    const live = this.live;
    this.live = undefined;
    return live?.close();
  }

  /** Stops the typing indicator; called when the handler is done, whatever happened. */
  finish(): void {
    this.typing.stop();
  }

  /** The message being answered is the question's place: a press after a restart reads it back. */
  private rendering(): RenderContext {
    return { question: { channelId: this.message.channelId, messageId: this.message.id } };
  }

  private async post(reply: OutgoingReply): Promise<ReplyHandle> {
    const { message, context } = this;
    this.typing.stop();
    const payloads = renderReply(reply, this.rendering());
    const streamed = await this.endLiveAnswer();
    await this.clearLeftBehind();
    try {
      if (streamed !== undefined) {
        // The finished reply takes the partial one's place when it fits one message; otherwise it is
        // delivered as usual (a thread for long answers) and the partial one is removed.
        if (payloads.length === 1 && !reply.ephemeral) return handleFor({ target: message.channel, sent: [await streamed.edit({ ...payloads[0], attachments: [] })] }, this.rendering());
        await streamed.delete().catch(() => undefined);
      }
      const delivery =
        reply.ephemeral && message.inGuild()
          ? await deliverPrivately(message, payloads, context.logger)
          : await deliverPublicly(message, payloads, {
              threadName: threadNameFor(this.question),
              engagedThreads: context.engagedThreads,
              logger: context.logger,
            });
      return handleFor(delivery, this.rendering());
    } catch (error) {
      if (!isMissingPermission(error)) throw error;
      const where = channelLabel(message);
      const explained = await explainPermissionProblem(message, error, permissionExplanation(where), context.logger);
      throw new DiscordPermissionError(`Discord refused the reply in ${where}`, discordErrorCode(error), explained);
    }
  }
}

/** Edits the sent messages in order; sends extra ones if the new reply is longer, deletes surplus. */
function handleFor(delivery: Delivery, where: RenderContext): ReplyHandle {
  return {
    async update(reply) {
      const payloads = renderReply(reply, where);
      const kept = delivery.sent.slice(0, payloads.length);
      const surplus = delivery.sent.slice(payloads.length);
      for (const [index, payload] of payloads.entries()) {
        const existing = kept[index];
        // `attachments: []` replaces earlier files rather than piling new ones on top.
        if (existing) kept[index] = await existing.edit({ ...payload, attachments: [] });
        else kept.push(await delivery.target.send(payload));
      }
      await Promise.all(surplus.map((message) => message.delete()));
      delivery.sent = kept;
    },
  };
}
