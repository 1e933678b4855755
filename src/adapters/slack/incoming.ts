/**
 * Builds the platform-neutral IncomingMessage: names, user-group handles and channel name are
 * looked up (cached) and Slack markup is turned into readable text.
 */
import type { IncomingMessage } from '../../core/chat-contract.ts';
import type { SlackDirectory } from './directory.ts';
import { SLACK_HELP } from './help-entries.ts';
import { stripBotMention, toCommandText } from './message-fields.ts';
import { slackToPlainText } from './slack-text.ts';

/** Slack's own name for a DM in slash-command payloads; DMs have no channel name of their own. */
export const DIRECT_MESSAGE_CHANNEL_NAME = 'directmessage';

export interface IncomingParts {
  eventId: string;
  deliveryKey: string;
  userId: string;
  channelId: string;
  isDirect: boolean;
  threadId?: string;
  /** Text as Slack sent it (markup, bot mention included). */
  rawText: string;
  isSlashCommand: boolean;
  botUserId?: string;
  /** Channel name Slack already sent (slash commands), used when the lookup fails. */
  channelNameHint?: string;
}

/**
 * A DM by what Slack says it is (channel_type, or the `D` id prefix) — never by its name: a public
 * channel can be *named* "directmessage", and DM-only knowledge must not be quoted there.
 */
export function isDirectChannel(channelId: string, channelType?: string): boolean {
  return channelType === 'im' || (channelType === undefined && channelId.startsWith('D'));
}

/** Names slash-command payloads use for conversations that are not channels: they identify nothing. */
const PLACEHOLDER_NAMES = new Set(['privategroup', DIRECT_MESSAGE_CHANNEL_NAME]);

async function channelNameFor(parts: IncomingParts, directory: SlackDirectory): Promise<string> {
  if (parts.isDirect) return DIRECT_MESSAGE_CHANNEL_NAME;
  const name = await directory.channelName(parts.channelId);
  if (name !== '') return name;
  const hint = parts.channelNameHint?.trim() ?? '';
  return PLACEHOLDER_NAMES.has(hint) || hint.startsWith('mpdm-') ? '' : hint;
}

export async function buildIncomingMessage(parts: IncomingParts, directory: SlackDirectory): Promise<IncomingMessage> {
  const stripped = stripBotMention(parts.rawText, parts.botUserId);
  const [userName, userRoles, channelName, text] = await Promise.all([
    directory.userName(parts.userId),
    directory.userRoles(parts.userId),
    channelNameFor(parts, directory),
    slackToPlainText(stripped, directory.userName, { keepChannelReferences: true }),
  ]);
  const message: IncomingMessage = {
    platform: 'slack',
    eventId: parts.eventId,
    deliveryKey: parts.deliveryKey,
    userId: parts.userId,
    userName,
    userRoles,
    channelId: parts.channelId,
    channelName,
    text: parts.isSlashCommand ? text : toCommandText(text),
    isDirect: parts.isDirect,
    isSlashCommand: parts.isSlashCommand,
    help: SLACK_HELP,
  };
  return parts.threadId === undefined ? message : { ...message, threadId: parts.threadId };
}

/** `/tandem help` → `/help`; `/ask how many days` stays; a bare `/tandem` asks for help. */
export function commandLine(command: string, text: string): string {
  const name = command.replace(/^\//, '').toLowerCase();
  const rest = text.trim();
  if (name === 'tandem') return rest ? `/${rest.replace(/^\//, '')}` : '/help';
  return rest ? `/${name} ${rest}` : `/${name}`;
}
