/**
 * 👍/👎 buttons: the custom id carries the ledger's model-call id (`feedback_up:42`), so a click
 * maps straight to `onFeedback` without any state in the adapter.
 */
import { ComponentType, MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotHandlers } from '../../core/chat-contract.ts';
import { strongerModelButton, strongerModelButtonIn } from './stronger-model-component.ts';
import type { DiscordLogger } from './options.ts';

const FEEDBACK_ID = /^feedback_(up|down):(\d+)$/;

export function feedbackCustomId(rating: 'up' | 'down', modelCallId: number): string {
  return `feedback_${rating}:${modelCallId}`;
}

export function parseFeedbackCustomId(customId: string): { rating: 'up' | 'down'; modelCallId: number } | undefined {
  const match = FEEDBACK_ID.exec(customId);
  if (!match) return undefined;
  return { rating: match[1] === 'up' ? 'up' : 'down', modelCallId: Number(match[2]) };
}

export async function handleFeedbackButton(
  interaction: ButtonInteraction,
  handlers: BotHandlers,
  logger: DiscordLogger,
): Promise<void> {
  const feedback = parseFeedbackCustomId(interaction.customId);
  if (!feedback) {
    logger.debug('ignoring a button that is not ours', { customId: interaction.customId });
    return;
  }
  // Acknowledge first: the handler writes to the ledger and must not race Discord's 3-second limit.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    // The rated message comes with the interaction: the answer's own button, if it shows one.
    const shown = strongerModelButtonIn(interaction.message.components);
    const ack = await handlers.onFeedback({ platform: 'discord', userId: interaction.user.id, ...feedback, ...(shown ? { strongerModelShown: true } : {}) });
    if (ack?.offerStrongerModel) {
      const row = { type: ComponentType.ActionRow, components: [strongerModelButton(feedback.modelCallId, 'after_thumbs_down', shown?.question)] } as const;
      await interaction.editReply({ content: 'Thanks — noted 👎. Want a stronger model to try this one?', components: [row] });
      return;
    }
    await interaction.editReply({ content: feedback.rating === 'up' ? 'Thanks for the 👍!' : 'Thanks — noted 👎.' });
  } catch (error) {
    // The model call id names the answer in the log; the person only needs to know to click again.
    logger.error('recording feedback failed', { modelCallId: feedback.modelCallId, error: String(error) });
    await interaction.editReply({ content: 'Sorry, I could not record that feedback. Please try again in a moment.' });
  }
}
