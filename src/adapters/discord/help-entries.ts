/**
 * tandem's ways in on Discord, generated from the slash-command definitions the adapter registers:
 * each option appears as Discord shows it (`name:`), optional ones in brackets.
 */
import type { PlatformHelp } from '../../core/chat-contract.ts';
import { slashCommandDefinitions } from './slash-commands.ts';

interface OptionJson {
  name: string;
  required?: boolean;
  choices?: Array<{ value: string | number }>;
}

function optionSyntax(option: OptionJson): string {
  const value = option.choices?.length ? option.choices.map((choice) => String(choice.value)).join('|') : `<${option.name === 'messages' ? 'N' : 'text'}>`;
  const text = `${option.name}:${value}`;
  return option.required ? text : `[${text}]`;
}

export const DISCORD_HELP: PlatformHelp = {
  commands: slashCommandDefinitions.map((definition) => ({
    command: definition.name,
    syntax: [`/${definition.name}`, ...((definition.options ?? []) as OptionJson[]).map(optionSyntax)].join(' '),
  })),
  ways: [
    'Mention **@tandem** in a channel, or send it a direct message: it replies to your message, and in a thread it answered in, follow-ups need no new mention. Channel messages that do not mention it are not answered.',
  ],
};
