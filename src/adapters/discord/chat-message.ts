/**
 * The messages the bot handles: discord.js types `messageCreate` without partial group DMs (bots
 * cannot be in group DMs), which leaves every channel able to send and show typing.
 */
import type { Message, OmitPartialGroupDMChannel } from 'discord.js';

export type ChatMessage = OmitPartialGroupDMChannel<Message>;
