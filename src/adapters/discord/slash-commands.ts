/**
 * The slash commands tandem registers, how each is acknowledged, and how an invocation becomes the
 * same text a mention would carry (`/summarize 50 24h short`), so one parser in the core serves
 * every platform. Validation of the values stays in the core; the adapter passes them through.
 */
import { Routes, SlashCommandBuilder, type ChatInputCommandInteraction, type Client } from 'discord.js';
import type { DiscordLogger } from './options.ts';
import { describePermissionProblem, isMissingPermission } from './platform-errors.ts';

export type SlashCommandName = 'ask' | 'summarize' | 'spend' | 'help';

/**
 * Visibility of the deferral ("tandem is thinking…"), which Discord fixes for the original response.
 * It is a guess at the reply's visibility, matching what the core sends today: answers and summaries
 * are public, spend reports and help are private. When the core decides otherwise (a usage hint, a
 * refusal) the reply is re-routed with the right visibility (see interaction-reply-channel.ts).
 */
export const DEFERRAL_IS_EPHEMERAL: Record<SlashCommandName, boolean> = {
  ask: false,
  summarize: false,
  spend: true,
  help: true,
};

export const slashCommandDefinitions = [
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask tandem a question')
    .addStringOption((option) =>
      option.setName('question').setDescription('What do you want to know?').setRequired(true).setMaxLength(1800),
    ),
  new SlashCommandBuilder()
    .setName('summarize')
    .setDescription('Summarize this channel or thread')
    .addIntegerOption((option) =>
      option.setName('messages').setDescription('How many recent messages (default: the whole thread, or the last 200 in a channel)'),
    )
    .addStringOption((option) =>
      option
        .setName('since')
        .setDescription('Only messages from the last…')
        .addChoices({ name: '24 hours', value: '24h' }, { name: '7 days', value: '7d' }),
    )
    .addStringOption((option) =>
      option
        .setName('length')
        .setDescription('Summary length')
        .addChoices({ name: 'short', value: 'short' }, { name: 'detailed', value: 'detailed' }),
    ),
  new SlashCommandBuilder().setName('spend').setDescription("This month's model spend and savings"),
  new SlashCommandBuilder().setName('help').setDescription('What tandem can do'),
].map((builder) => builder.toJSON());

export function isSlashCommandName(name: string): name is SlashCommandName {
  return name in DEFERRAL_IS_EPHEMERAL;
}

/** `/ask <question>`, `/summarize [messages] [since] [length]`, `/spend`, `/help`. */
export function slashCommandText(interaction: ChatInputCommandInteraction): string {
  // Summarize's options are optional and may be given in any order; the core expects this order.
  const names =
    interaction.commandName === 'summarize'
      ? ['messages', 'since', 'length']
      : interaction.options.data.map((option) => option.name);
  const values = names.map((name) => String(interaction.options.get(name)?.value ?? '').trim());
  return [`/${interaction.commandName}`, ...values.filter(Boolean)].join(' ');
}

/**
 * Registers the commands through REST: per guild when guild ids are configured (available at once),
 * otherwise globally (Discord may take up to an hour to show them). Failure is logged, not fatal:
 * mentions keep working without slash commands.
 */
export async function registerSlashCommands(
  client: Client<true>,
  options: { applicationId?: string; guildIds?: string[]; logger: DiscordLogger },
): Promise<void> {
  const applicationId = options.applicationId ?? client.application.id;
  const targets = options.guildIds?.length
    ? options.guildIds.map((guildId) => ({ route: Routes.applicationGuildCommands(applicationId, guildId), guildId }))
    : [{ route: Routes.applicationCommands(applicationId), guildId: undefined }];
  for (const { route, guildId } of targets) {
    try {
      await client.rest.put(route, { body: slashCommandDefinitions });
      options.logger.info('slash commands registered', { scope: guildId ? `guild ${guildId}` : 'global' });
    } catch (error) {
      const where = guildId ? `guild ${guildId}` : 'the application';
      const hint = isMissingPermission(error)
        ? `${describePermissionProblem(error, where)} Invite the bot with the applications.commands scope.`
        : `could not register slash commands in ${where}`;
      options.logger.error(hint, { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
