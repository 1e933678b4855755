/**
 * The `ReplyChannel` for a slash command, acknowledged at once with a deferral. The first reply
 * fills the deferred response (`editReply`); further messages are follow-ups. Discord fixes the
 * original response's visibility at deferral time, so a reply whose visibility differs is re-routed:
 * the placeholder is settled, the reply goes out as follow-ups with the right visibility (the first
 * follow-up after an untouched deferral would inherit the deferral's), and the placeholder is deleted.
 */
import { MessageFlags, type ChatInputCommandInteraction, type Client, type Message } from 'discord.js';
import type { OutgoingReply, ReplyChannel, ReplyHandle } from '../../core/chat-contract.ts';
import { readHistoryOrExplain } from './history.ts';
import type { DiscordLogger } from './options.ts';
import { DiscordPermissionError, discordErrorCode, isMissingPermission, permissionNotice } from './platform-errors.ts';
import { openProgressiveResponse } from './progressive-edit.ts';
import { renderReply, textPayload, type DiscordMessagePayload, type RenderContext } from './reply-rendering.ts';

/** A slash command's question lives in no message tandem can read back: its button says so. */
const SLASH_ANSWER: RenderContext = { question: 'slash' };

/** A sent part of the reply: the original response, a follow-up by message id, or a channel message. */
type SentPart = { kind: 'original' } | { kind: 'followUp'; id: string } | { kind: 'channel'; message: Message };

/**
 * An interaction's token works for 15 minutes from its creation; past 14 a public answer is posted in
 * the channel instead, so an edit that would fail halfway does not lose it.
 */
const TOKEN_SAFE_MS = 14 * 60 * 1000;

export class InteractionConversation {
  readonly replyChannel: ReplyChannel;
  private originalFilled = false;
  /** The answer being written into the deferred response; the finished reply is its last edit. */
  private live: ReturnType<typeof openProgressiveResponse> | undefined;

  constructor(
    private readonly interaction: ChatInputCommandInteraction,
    private readonly context: { client: Client; logger: DiscordLogger },
  ) {
    this.replyChannel = {
      post: (reply) => this.post(reply),
      progress: (note) => this.progress(note),
      stream: async (opening) => {
        // Edits of a deferral about to expire would stop halfway: the answer is posted whole instead.
        if (this.tokenExpiring()) return { append: async () => undefined };
        this.live = openProgressiveResponse(interaction, opening, context.logger);
        return this.live;
      },
      readHistory: (request) => readHistoryOrExplain(context.client, request, context.logger, interaction.channelId ?? ''),
    };
  }

  /** Tell the person, privately, what the pipeline could not post (its reference included). */
  async reportFailure(notice: string): Promise<void> {
    const { interaction, context } = this;
    // The notice replaces a half-written answer: it must not stand as if it were the answer.
    await this.endLiveAnswer().catch(() => undefined);
    await this.send([textPayload(notice)], true).catch((sendError: unknown) => {
      context.logger.error('could not deliver the failure notice', { interactionId: interaction.id, error: String(sendError) });
    });
  }

  /** Settles a deferral the handler never answered, so nobody watches "thinking…" forever. */
  async finish(): Promise<void> {
    if (this.originalFilled) return;
    const { interaction } = this;
    this.context.logger.warn('command finished without a reply', { interactionId: interaction.id, command: interaction.commandName });
    await this.send([textPayload('Done — there was nothing to report.')], Boolean(interaction.ephemeral)).catch(() => undefined);
  }

  private async endLiveAnswer(): Promise<void> {
    const live = this.live;
    this.live = undefined;
    await live?.close();
  }

  private async post(reply: OutgoingReply): Promise<ReplyHandle> {
    await this.endLiveAnswer();
    try {
      const parts = await this.send(renderReply(reply, SLASH_ANSWER), reply.ephemeral);
      return handleFor(this.interaction, parts, (payload) => this.followUp(payload, reply.ephemeral));
    } catch (error) {
      if (!isMissingPermission(error)) throw error;
      const notice = permissionNotice(error, this.context.logger, { interactionId: this.interaction.id });
      await this.followUp(textPayload(notice), true).catch(() => undefined);
      throw new DiscordPermissionError('Discord refused the interaction reply', discordErrorCode(error), true);
    }
  }

  private async progress(note: string): Promise<void> {
    // While the deferral is unanswered its text can show what is happening.
    if (this.originalFilled || this.live !== undefined || !note.trim()) return;
    await this.interaction.editReply(textPayload(`⏳ ${note.trim()}`)).catch((error: unknown) => {
      this.context.logger.debug('progress note not shown', { error: String(error) });
    });
  }

  private tokenExpiring(): boolean {
    return Date.now() - this.interaction.createdTimestamp > TOKEN_SAFE_MS;
  }

  private async send(payloads: DiscordMessagePayload[], ephemeral: boolean): Promise<SentPart[]> {
    if (!ephemeral && this.tokenExpiring()) return this.postInChannel(payloads);
    const parts: SentPart[] = [];
    let rest = payloads;
    if (!this.originalFilled) {
      if (Boolean(this.interaction.ephemeral) !== ephemeral) return this.reroute(payloads, ephemeral);
      const [first, ...others] = payloads;
      await this.interaction.editReply(first ?? textPayload('…'));
      // Only once Discord took it: after a failed edit, the failure notice still fills the response.
      this.originalFilled = true;
      parts.push({ kind: 'original' });
      rest = others;
    }
    for (const payload of rest) parts.push(await this.followUp(payload, ephemeral));
    return parts;
  }

  /** The reply's visibility differs from the deferral's: settle the placeholder, follow up, delete it. */
  private async reroute(payloads: DiscordMessagePayload[], ephemeral: boolean): Promise<SentPart[]> {
    const { interaction } = this;
    await interaction.editReply(textPayload(ephemeral ? '🔒 Answered privately.' : '📣 Answer posted below.'));
    this.originalFilled = true;
    const parts: SentPart[] = [];
    for (const payload of payloads) parts.push(await this.followUp(payload, ephemeral));
    await interaction.deleteReply().catch((error: unknown) => {
      this.context.logger.warn('could not delete the deferral placeholder', { interactionId: interaction.id, error: String(error) });
    });
    return parts;
  }

  /** The token is about to expire: the answer goes in the channel, and the deferral points to it if it still can. */
  private async postInChannel(payloads: DiscordMessagePayload[]): Promise<SentPart[]> {
    const { interaction, context } = this;
    const channel = await context.client.channels.fetch(interaction.channelId);
    if (!channel?.isSendable()) throw new Error(`cannot post in channel ${interaction.channelId}`);
    const parts: SentPart[] = [];
    for (const payload of payloads) parts.push({ kind: 'channel', message: await channel.send(payload) });
    if (!this.originalFilled) {
      this.originalFilled = true;
      await interaction.editReply(textPayload('📣 Answer posted below.')).catch((error: unknown) => {
        context.logger.debug('the expiring deferral could not point to the answer', { interactionId: interaction.id, error: String(error) });
      });
    }
    return parts;
  }

  private async followUp(payload: DiscordMessagePayload, ephemeral: boolean): Promise<SentPart> {
    const message = await this.interaction.followUp({
      ...payload,
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
    return { kind: 'followUp', id: message.id };
  }
}

function handleFor(
  interaction: ChatInputCommandInteraction,
  parts: SentPart[],
  followUp: (payload: DiscordMessagePayload) => Promise<SentPart>,
): ReplyHandle {
  return {
    async update(reply) {
      const payloads = renderReply(reply, SLASH_ANSWER);
      const kept = parts.slice(0, payloads.length);
      const surplus = parts.slice(payloads.length);
      for (const [index, payload] of payloads.entries()) {
        const part = kept[index];
        // `attachments: []` replaces earlier files rather than piling new ones on top.
        const edit = { ...payload, attachments: [] };
        if (!part) kept.push(await followUp(payload));
        else if (part.kind === 'original') await interaction.editReply(edit);
        else if (part.kind === 'channel') part.message = await part.message.edit(edit);
        else await interaction.editReply({ ...edit, message: part.id });
      }
      for (const part of surplus) {
        if (part.kind === 'channel') await part.message.delete();
        else await interaction.deleteReply(part.kind === 'original' ? undefined : part.id);
      }
      parts.splice(0, parts.length, ...kept);
    },
  };
}
