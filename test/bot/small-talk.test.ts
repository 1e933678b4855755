import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage, OutgoingReply, ReplyChannel } from '../../src/core/chat-contract.ts';
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

function say(text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return { platform: 'slack', eventId: text, deliveryKey: `test:${Math.random()}`, userId: 'U1', userName: 'Ana', userRoles: [], channelId: 'C1', channelName: 'eng', threadId: '1.0', text, isDirect: false, isSlashCommand: false, ...overrides };
}

function recorder(): ReplyChannel & { posts: OutgoingReply[] } {
  const posts: OutgoingReply[] = [];
  return { posts, post: async (reply) => (posts.push(reply), { update: async () => undefined }), progress: async () => undefined, readHistory: async () => [] };
}

describe('small talk', () => {
  it('stays quiet when colleagues thank each other in a thread, but greets and answers thanks in a DM', async () => {
    const { handlers } = await bot();
    const thread = recorder();
    await handlers.receive(say('thanks!'), thread);
    await handlers.receive(say('ok'), thread);
    expect(thread.posts).toHaveLength(0);

    const greeted = recorder();
    await handlers.receive(say('hi'), greeted);
    const direct = recorder();
    await handlers.receive(say('thanks', { isDirect: true }), direct);
    expect(greeted.posts.map((post) => post.text)).toEqual(['Hi! Ask me anything about the company handbook, or use `/help` to see what I can do.']);
    expect(direct.posts).toHaveLength(1);
  });
});
