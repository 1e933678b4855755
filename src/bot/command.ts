/**
 * Commands are data, as in Hubot: help text, usage hints and permission checks all come from the
 * same record, so `/help` can never drift from what the bot actually does.
 */
import type { IncomingMessage, OutgoingReply, ReplyChannel } from '../core/chat-contract.ts';
import type { RouteFlags } from './parse-command.ts';

export interface CommandInput {
  message: IncomingMessage;
  channel: ReplyChannel;
  args: string;
  flags: RouteFlags;
  /** Correlation id shared with the ledger rows and any failure notice. */
  requestId: string;
}

export interface BotCommand {
  name: string;
  aliases: string[];
  /** One-line usage, e.g. `/ask <question> [--cloud|--local]`. */
  usage: string;
  summary: string;
  /** Who may run it; absent = everyone. Returns a refusal message when not allowed. */
  refuse?(message: IncomingMessage): string | undefined;
  run(input: CommandInput): Promise<OutgoingReply>;
}

export function reply(text: string, extra: Partial<OutgoingReply> = {}): OutgoingReply {
  return { text, citations: [], notes: [], ephemeral: false, ...extra };
}

export function usageReply(command: Pick<BotCommand, 'usage'>, problem: string): OutgoingReply {
  return reply(`${problem}\nUsage: \`${command.usage}\``, { ephemeral: true });
}
