import { reply, type BotCommand } from '../command.ts';

/** Help is generated from the registry, so it can never list a command that does not exist. */
export function helpCommand(commands: () => readonly BotCommand[]): BotCommand {
  return {
    name: 'help',
    aliases: ['commands', '?'],
    usage: '/help',
    summary: 'List what tandem can do.',
    async run() {
      const lines = commands().map((command) => `• \`${command.usage}\` — ${command.summary}`);
      return reply(
        [
          '*tandem* answers from your company knowledge base with a local model, and escalates to a cloud model only when it must (marked ☁️ escalated).',
          '',
          ...lines,
          '',
          'Just type a question to ask it. Add `--local` to keep a request on-premises, or `--cloud` to ask for a frontier model.',
        ].join('\n'),
        { ephemeral: true },
      );
    },
  };
}
