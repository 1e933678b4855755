import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationMessage, HistoryRequest } from '../../src/core/chat-contract.ts';
import { ADA, BOT, EXISTING_THREAD, GENERAL, GRACE, GUILD_ID, RANDOM, startHarness, waitFor, reply, type Harness } from './harness.ts';

const MINUTE = 60_000;

describe('Discord adapter: reading history', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  /** Runs `request` through the ReplyChannel a mention in `channelId` receives. */
  async function readThrough(channelId: string, request: HistoryRequest): Promise<ConversationMessage[]> {
    let result: ConversationMessage[] | undefined;
    harness!.respondWith(async (_message, channel) => {
      result = await channel.readHistory(request);
      await channel.post(reply(`read ${result.length}`));
    });
    harness!.fake.userMessage({ channelId, authorId: ADA, content: `<@${BOT.id}> summarize` });
    return waitFor(() => result, 'history');
  }

  it('pages through a long thread oldest first, with display names, real links, and without its own messages', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const start = Date.now() - 300 * MINUTE;
    const seeded = fake.seedMessages(
      EXISTING_THREAD,
      Array.from({ length: 250 }, (_, index) => ({
        authorId: index % 50 === 0 ? BOT.id : index % 2 === 0 ? ADA : GRACE,
        content: index === 1 ? `ping <@${ADA}> about it` : `message ${index}`,
        at: start + index * MINUTE,
      })),
    );
    const history = await readThrough(EXISTING_THREAD, { scope: 'thread', channelId: GENERAL, threadId: EXISTING_THREAD });

    const pages = fake.requests.filter((request) => request.method === 'GET' && request.path === `/channels/${EXISTING_THREAD}/messages`);
    expect(pages.map((page) => page.query.limit)).toEqual(['100', '100', '100']);
    expect(pages[0]?.query.before).toBeUndefined();
    // Page one holds the triggering mention and seeded 249…151; each cursor is a page's oldest id.
    expect(pages[1]?.query.before).toBe(String(seeded[151]?.id));
    expect(pages[2]?.query.before).toBe(String(seeded[51]?.id));

    // 250 seeded, 5 by the bot; the mention that triggered the read is the newest.
    expect(history).toHaveLength(246);
    expect(history.every((message) => message.userId !== BOT.id)).toBe(true);
    expect(history[0]).toEqual({
      userId: GRACE,
      userName: 'Grace Hopper',
      text: 'ping @Ada about it',
      ts: String(seeded[1]?.id),
      link: `https://discord.com/channels/${GUILD_ID}/${EXISTING_THREAD}/${seeded[1]?.id}`,
    });
    expect(history[1]).toMatchObject({ userId: ADA, userName: 'Ada', text: 'message 2' });
    // Grace was not in the member cache: fetched once for 122 of her messages.
    const memberFetches = fake.requests.filter((request) => request.path === `/guilds/${GUILD_ID}/members/${GRACE}`);
    expect(memberFetches).toHaveLength(1);
    expect(history.at(-1)?.text).toBe('@tandem summarize');
    const ids = history.map((message) => BigInt(message.ts));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('reads a channel up to a limit or since a time', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const now = Date.now();
    fake.seedMessages(
      RANDOM,
      Array.from({ length: 30 }, (_, index) => ({ authorId: GRACE, content: `old ${index}`, at: now - (60 - index) * MINUTE })),
    );
    const latest = await readThrough(GENERAL, { scope: 'channel', channelId: RANDOM, limit: 5 });
    expect(latest.map((message) => message.text)).toEqual(['old 25', 'old 26', 'old 27', 'old 28', 'old 29']);

    const recent = await readThrough(GENERAL, { scope: 'channel', channelId: RANDOM, sinceMs: now - 33.5 * MINUTE });
    expect(recent.map((message) => message.text)).toEqual(['old 27', 'old 28', 'old 29']);
  });

  it('includes the message a bot-started thread hangs from', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply('x'.repeat(2500)));
    });
    const question = fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: `<@${BOT.id}> long one please` });
    const threadId = String(question.id);
    await waitFor(() => fake.state.channels.has(threadId) && fake.messagesIn(threadId).length === 2, 'threaded answer');
    fake.seedMessages(threadId, [{ authorId: ADA, content: 'thanks!', at: Date.now() }]);
    const history = await readThrough(GENERAL, { scope: 'thread', channelId: GENERAL, threadId });
    expect(history.map((message) => `${message.userName}: ${message.text}`)).toEqual([
      'Grace Hopper: @tandem long one please',
      'Ada: thanks!',
    ]);
  });
});
