/**
 * "☁️ Ask a stronger model" in Discord: a button beside 👍/👎 on local answers the core marked, and
 * in the private follow-up to a 👎. A press is acknowledged at once with a deferred update (Discord
 * allows 3 s, no "thinking" message) and the core's answer arrives as a follow-up in the same
 * channel or thread; refusals and "already asked" go to the presser only.
 */
import { MessageFlags, type ButtonInteraction, type Client } from 'discord.js';
import type { BotHandlers, OutgoingReply, ReplyChannel, ReplyHandle, StrongerModelPress } from '../../core/chat-contract.ts';
import { readHistory } from './history.ts';
import type { DiscordLogger } from './options.ts';
import { readQuestion } from './question-reader.ts';
import { renderReply } from './reply-rendering.ts';
import { parseStrongerModelId } from './stronger-model-component.ts';

export function isStrongerModelButton(customId: string): boolean {
  return parseStrongerModelId(customId) !== undefined;
}

/** Replies as follow-ups to the press: public ones in the answer's channel or thread, private ones to the presser. */
function followUpChannel(interaction: ButtonInteraction, client: Client): ReplyChannel {
  return {
    async post(reply: OutgoingReply): Promise<ReplyHandle> {
      const ids: string[] = [];
      for (const payload of renderReply(reply)) {
        const message = await interaction.followUp({ ...payload, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
        ids.push(message.id);
      }
      return {
        async update(next) {
          const [first] = renderReply(next);
          if (first && ids[0]) await interaction.editReply({ ...first, message: ids[0] });
        },
      };
    },
    // The deferred update already told Discord we are on it; the answer follows.
    progress: async () => undefined,
    readHistory: (request) => readHistory(client, request, interaction.channelId),
  };
}

export async function handleStrongerModelButton(
  interaction: ButtonInteraction,
  context: { handlers: BotHandlers; logger: DiscordLogger; client: Client },
): Promise<void> {
  const parsed = parseStrongerModelId(interaction.customId);
  const onStrongerModel = context.handlers.onStrongerModel;
  if (!parsed || !onStrongerModel) return;
  await interaction.deferUpdate();
  const question = parsed.question;
  const press: StrongerModelPress = {
    platform: 'discord',
    modelCallId: parsed.modelCallId,
    userId: interaction.user.id,
    source: parsed.source,
    // Buttons posted before the question's place was carried name nothing to read: the core says so.
    ...(question ? { readQuestion: () => readQuestion(context.client, question) } : {}),
  };
  try {
    await onStrongerModel(press, followUpChannel(interaction, context.client));
  } catch (error) {
    // The core answers its own failures; this is a reply Discord would not take.
    context.logger.error('stronger-model answer not delivered', { modelCallId: press.modelCallId, error: String(error) });
    await interaction.followUp({ content: 'Sorry, I could not post the stronger model\'s answer. Please try again in a moment.', flags: MessageFlags.Ephemeral }).catch(() => undefined);
  }
}
