/**
 * The "only the newest N messages were read" note: said when the history reader stopped at its limit,
 * not when a reader holding the whole conversation (the CLI's thread file) hands over more.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationMessage, IncomingMessage, OutgoingReply, ReplyChannel } from '../../src/core/chat-contract.ts';
import { composeTandem, type Tandem } from '../../src/app/compose.ts';
import { createBot } from '../../src/bot/bot.ts';
import { loadConfig } from '../../src/config/load.ts';
import { silentLogger } from '../../src/logger.ts';

let tandem: Tandem | undefined;
afterEach(() => tandem?.close());

async function bot() {
  const { config } = loadConfig({ environment: { TANDEM_DB: ':memory:', OLLAMA_HOST: 'http://127.0.0.1:9' }, cwd: process.cwd() });
  tandem = await composeTandem({ config: { ...config, knowledge: { ...config.knowledge, includeSample: false } }, logger: silentLogger, baseDir: process.cwd() });
  return createBot(tandem.services, { memberNames: async () => [] });
}

const request: IncomingMessage = { platform: 'slack', eventId: 'Ev1', deliveryKey: 'slack:message:C1:1.0', userId: 'U1', userName: 'Ana', userRoles: [], channelId: 'C1', channelName: 'eng', text: '/summarize', isDirect: false, isSlashCommand: true };

function chatter(count: number): ConversationMessage[] {
  return Array.from({ length: count }, (_, index) => ({ userId: `U${index % 3}`, userName: ['ana', 'ben', 'chen'][index % 3]!, text: `deploy ${index}: we agreed to ship the billing fix on thursday`, ts: String(index + 1) }));
}

async function summaryNotes(reader: ReplyChannel['readHistory']): Promise<string[]> {
  const posts: OutgoingReply[] = [];
  await (await bot()).handlers.receive({ ...request }, { post: async (reply) => (posts.push(reply), { update: async () => undefined }), progress: async () => undefined, readHistory: reader });
  return posts[0]!.notes;
}

describe('the cut-history note', () => {
  it('is said when the reader stopped at the limit it was given', async () => {
    const notes = await summaryNotes(async (history) => chatter(500).slice(-(history.limit ?? 500)));
    expect(notes).toEqual(expect.arrayContaining([expect.stringContaining('Only the newest 200 messages were read')]));
  });

  it('is not said when the reader handed over the whole conversation, past the limit', async () => {
    const notes = await summaryNotes(async () => chatter(500));
    expect(notes.some((note) => note.includes('Only the newest'))).toBe(false);
  });
});
