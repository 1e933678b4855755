/**
 * Interactions: slash commands are deferred at once (Discord allows 3 seconds; a model call takes
 * longer), turned into `IncomingMessage`s and answered through the deferred response; feedback
 * buttons go to `onFeedback`.
 */
import { DISCORD_HELP } from './help-entries.ts';
import { ChannelType, MessageFlags, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { IncomingMessage } from '../../core/chat-contract.ts';
import { handleFeedbackButton } from './feedback.ts';
import { handleStrongerModelButton, isStrongerModelButton } from './stronger-model-button.ts';
import { InteractionConversation } from './interaction-reply-channel.ts';
import type { MessageRoutingContext } from './message-routing.ts';
import { reportUndelivered, roleIds } from './message-routing.ts';
import { DEFERRAL_IS_EPHEMERAL, isSlashCommandName, slashCommandText } from './slash-commands.ts';

export async function routeInteraction(interaction: Interaction, context: MessageRoutingContext): Promise<void> {
  if (interaction.isButton()) {
    if (isStrongerModelButton(interaction.customId)) await handleStrongerModelButton(interaction, context);
    else await handleFeedbackButton(interaction, context.handlers, context.logger);
    return;
  }
  if (!interaction.isChatInputCommand() || !isSlashCommandName(interaction.commandName)) return;
  const ephemeral = DEFERRAL_IS_EPHEMERAL[interaction.commandName];
  try {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    // Past the 3-second window the token is dead (10062): nothing can reach the person any more.
    context.logger.error('could not acknowledge a slash command', { eventId: interaction.id, error: String(error) });
    return;
  }
  const incoming = toIncomingMessage(interaction);
  if (incoming.threadId) context.engagedThreads.add(incoming.threadId);
  const conversation = new InteractionConversation(interaction, context);
  try {
    await context.handlers.receive(incoming, conversation.replyChannel);
  } catch (error) {
    await reportUndelivered(error, conversation, context, incoming.eventId);
  } finally {
    await conversation.finish();
  }
}

function toIncomingMessage(interaction: ChatInputCommandInteraction): IncomingMessage {
  const channel = interaction.channel;
  const thread = channel?.isThread() ? channel : undefined;
  // With a thread's parent unknown the channel name is unknown too (see message-routing.ts).
  const baseChannel = thread ? thread.parent : channel;
  const member = interaction.inCachedGuild() ? interaction.member : undefined;
  return {
    platform: 'discord',
    eventId: interaction.id,
    deliveryKey: `discord:interaction:${interaction.id}`,
    userId: interaction.user.id,
    userName: member?.displayName ?? interaction.user.displayName,
    userRoles: member ? roleIds(member.roles.cache.values(), interaction.guildId) : [],
    channelId: thread?.parentId ?? interaction.channelId ?? '',
    channelName: baseChannel && 'name' in baseChannel && baseChannel.name ? baseChannel.name : '',
    ...(thread ? { threadId: thread.id } : {}),
    text: slashCommandText(interaction),
    isDirect: channel?.type === ChannelType.DM || !interaction.inGuild(),
    isSlashCommand: true,
    help: DISCORD_HELP,
  };
}
