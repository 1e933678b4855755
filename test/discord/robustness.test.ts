import { afterEach, describe, expect, it } from 'vitest';
import { ADA, BOT, GENERAL, GRACE, RANDOM, botPosts, reply, startHarness, waitFor, type Harness } from './harness.ts';

const EPHEMERAL = 64;

describe('Discord adapter: robustness', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('resumes after the gateway connection drops and still answers a mention', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.gateway.dropConnection();
    await waitFor(() => fake.gateway.resumes.length === 1 && fake.gateway.isLive(), 'RESUME');
    expect(fake.gateway.identifies).toHaveLength(1);
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> still there?` });
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'reply after resume');
    expect(harness.logs.some((entry) => entry.message === 'gateway resumed')).toBe(true);
  });

  it('replays what was dispatched while disconnected, on RESUME', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.gateway.dropConnection();
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> sent while you were away` });
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'reply to the replayed event');
    expect(harness.messages.map((message) => message.text)).toEqual(['sent while you were away']);
  });

  it('identifies afresh when the session cannot be resumed, and still answers', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.gateway.dropConnection({ resumable: false });
    // discord.js spaces identifies 5 s apart (Discord's limit), so this reconnect takes a few seconds.
    await waitFor(() => fake.gateway.identifies.length === 2 && fake.gateway.isLive(), 're-IDENTIFY', 15_000);
    await waitFor(() => fake.gateway.sent.at(-1) === 'GUILD_CREATE', 'guilds after re-identify');
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> after re-identify` });
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'reply after re-identify');
  }, 20_000);

  it('waits out a 429 on posting and then posts (discord.js queue)', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.failNext({ method: 'POST', path: new RegExp(`^/channels/${GENERAL}/messages$`), status: 429, retryAfterSeconds: 0.2 });
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> rate limited` });
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'reply after the rate limit');
    const posts = fake.requests.filter((request) => request.method === 'POST' && request.path === `/channels/${GENERAL}/messages`);
    expect(posts.map((request) => request.status)).toEqual([429, 200]);
    expect(harness.logs.some((entry) => entry.message.startsWith('Discord rate limit'))).toBe(true);
  });

  it('logs a missing permission (50013) on posting and explains it to the waiting person by DM', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const outcomes: string[] = [];
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply('answer')).then(
        () => outcomes.push('posted'),
        (error: Error) => outcomes.push(`${error.name}: ${error.message}`),
      );
    });
    fake.failNext({ method: 'POST', path: new RegExp(`^/channels/${GENERAL}/messages$`), status: 403, code: 50013 });
    fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: `<@${BOT.id}> answer me` });
    const dm = await waitFor(() => botPosts(fake, fake.dmChannelId(GRACE))[0], 'DM explanation');
    expect(String(dm.content)).toContain("I'm missing a Discord permission there");
    expect(String(dm.content)).toContain('#general');
    const logged = harness.logs.find((entry) => entry.level === 'error' && entry.message.includes('Missing Permissions (50013)'));
    expect(logged?.message).toContain(`#general (${GENERAL})`);
    // `post` rejects, so the core knows the reply was not delivered.
    await waitFor(() => outcomes.length === 1, 'post to settle');
    expect(outcomes).toEqual([`DiscordPermissionError: Discord refused the reply in #general (${GENERAL})`]);
  });

  it('falls back to consecutive replies when it may not create threads', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply(`${'a'.repeat(1500)}\n\n${'b'.repeat(1500)}`));
    });
    fake.failNext({ method: 'POST', path: /\/threads$/, status: 403, code: 50013 });
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> long please` });
    await waitFor(() => botPosts(fake, GENERAL).length === 2, 'two replies in the channel');
    expect(harness.logs.some((entry) => entry.level === 'warn' && entry.message.includes('50013'))).toBe(true);
  });

  it('explains a missing read permission (50001) privately when a slash command needs history', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (message, channel) => {
      const history = await channel.readHistory({ scope: 'channel', channelId: message.channelId });
      await channel.post(reply(`${history.length} messages`));
    });
    fake.failNext({ method: 'GET', path: new RegExp(`^/channels/${GENERAL}/messages$`), status: 403, code: 50001, message: 'Missing Access' });
    const summarize = fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'summarize' });
    // /summarize defers publicly; the explanation is for the asker only.
    const explanation = await waitFor(() => summarize.originalDeleted && summarize.followups[0], 'explanation');
    expect(explanation.flags).toBe(EPHEMERAL);
    expect(String(explanation.content)).toMatch(/missing a Discord permission/);
    expect(harness.logs.some((entry) => entry.level === 'error' && entry.message.includes('Missing Access (50001)'))).toBe(true);
  });

  it('posts to a channel by name, with the attachment as a file and an image embed', async () => {
    harness = await startHarness();
    const { fake, adapter } = harness;
    const chart = Buffer.from('89504e470d0a1a0a', 'hex');
    await adapter.postToChannel(
      '#random',
      reply('Monthly spend report', { attachment: { filename: 'spend.png', data: chart, title: 'Spend by day' } }),
    );
    const post = fake.requests.find((request) => request.method === 'POST' && request.path === `/channels/${RANDOM}/messages`);
    expect(post?.files).toEqual([{ name: 'spend.png', size: chart.length }]);
    expect(post?.body).toMatchObject({
      content: 'Monthly spend report',
      embeds: [{ title: 'Spend by day', image: { url: 'attachment://spend.png' } }],
    });
    await adapter.postToChannel(GENERAL, reply('by id'));
    expect(botPosts(fake, GENERAL).map((message) => message.content)).toEqual(['by id']);
    await expect(adapter.postToChannel('no-such-channel', reply('x'))).rejects.toThrow(/not found/);
  });

  it('lists member display names seen so far, without bots', async () => {
    harness = await startHarness();
    const { fake, adapter } = harness;
    expect(await adapter.memberNames()).toEqual([]);
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> hi` });
    fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'help' });
    await waitFor(() => harness!.messages.length === 2, 'both handled');
    expect(await adapter.memberNames()).toEqual(['Ada', 'Grace Hopper']);
  });

  it('lists every member when fetchAllMembers is on (GuildMembers intent)', async () => {
    harness = await startHarness({ fetchAllMembers: true });
    const intents = Number(harness.fake.gateway.identifies[0]?.intents);
    expect(intents & (1 << 1)).toBe(1 << 1);
    expect(await harness.adapter.memberNames()).toEqual(['Ada', 'Grace Hopper']);
  });
});
