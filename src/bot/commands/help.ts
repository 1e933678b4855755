import type { IncomingMessage, PlatformHelp } from '../../core/chat-contract.ts';
import { reply, type BotCommand } from '../command.ts';

/**
 * Help is generated from the registry and from what the platform really registered: a command the
 * platform does not offer is not listed, and each is shown in that platform's own syntax.
 */
export function helpCommand(commands: () => readonly BotCommand[]): BotCommand {
  return {
    name: 'help',
    aliases: ['commands', '?'],
    usage: '/help',
    summary: 'List what tandem can do.',
    async run({ message }) {
      const help = platformHelp(message, commands());
      const lines = commands().flatMap((command) =>
        help.commands.filter((entry) => entry.command === command.name).map((entry) => `• \`${entry.syntax}\` — ${command.summary}`),
      );
      return reply(
        [
          '**tandem** answers from your company knowledge base with a local model, and escalates to a cloud model only when it must (marked ☁️ escalated).',
          '',
          ...lines,
          '',
          ...help.ways,
          'Add `--local` to keep a request on-premises, or `--cloud` to ask for a frontier model.',
        ].join('\n'),
        { ephemeral: true },
      );
    },
  };
}

/** The platform's own list, or (for callers that give none) the registry's usage lines. */
export function platformHelp(message: IncomingMessage, commands: readonly BotCommand[]): PlatformHelp {
  return message.help ?? { commands: commands.map((command) => ({ command: command.name, syntax: command.usage })), ways: ['Type a question to ask it.'] };
}
