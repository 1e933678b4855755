import { afterEach, describe, expect, it } from 'vitest';
import {
  ADA,
  BOT,
  EXISTING_THREAD,
  GENERAL,
  GRACE,
  GUILD_ID,
  OTHER_BOT,
  botPosts,
  gate,
  reply,
  startHarness,
  waitFor,
  type Harness,
} from './harness.ts';

interface EmbedJson {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

describe('Discord adapter: messages', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('connects and registers the slash commands in the configured guild', async () => {
    harness = await startHarness();
    const { fake } = harness;
    expect(fake.gateway.identifies).toHaveLength(1);
    expect(harness.logs.some((entry) => entry.message === 'connected to Discord')).toBe(true);
    const registration = fake.requests.find((request) => request.method === 'PUT');
    expect(registration?.path).toBe(`/applications/${BOT.id}/guilds/${GUILD_ID}/commands`);
    expect((registration?.body as { name: string }[]).map((command) => command.name)).toEqual([
      'ask',
      'summarize',
      'spend',
      'help',
    ]);
  });

  it('answers a mention as a reply with notes, numbered sources, the marker and feedback buttons', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (_message, channel) => {
      await channel.post(
        reply('Expenses go through **Ramp** [1].', {
          citations: [
            { index: 1, source: 'handbook/expenses.md', heading: 'Expenses', link: 'https://wiki.example.com/expenses' },
            { index: 2, source: 'policies/travel_policy.md', heading: 'Travel' },
          ],
          marker: '🏠 local · llama3.1:8b',
          markerPlacement: 'bottom',
          notes: ['2 older documents were skipped'],
          modelCallId: 42,
        }),
      );
    });
    const question = fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how do I file <@${GRACE}>'s expenses?` });

    const [posted] = await waitFor(() => botPosts(fake, GENERAL).length === 1 && botPosts(fake, GENERAL), 'the reply');
    const incoming = harness.messages[0];
    expect(incoming).toMatchObject({
      platform: 'discord',
      eventId: question.id,
      userId: ADA,
      userName: 'Ada',
      userRoles: ['finance'],
      channelId: GENERAL,
      channelName: 'general',
      text: "how do I file @Grace Hopper's expenses?",
      isDirect: false,
      isSlashCommand: false,
    });
    expect(incoming?.threadId).toBeUndefined();
    expect(posted?.content).toBe('Expenses go through **Ramp** [1].');
    expect(posted?.message_reference).toMatchObject({ message_id: question.id });
    const [notes, sources] = posted?.embeds as EmbedJson[];
    expect(notes?.description).toContain('2 older documents were skipped');
    expect(sources?.title).toBe('Sources');
    expect(sources?.fields).toEqual([
      { name: '[1] Expenses', value: '[handbook/expenses.md](https://wiki.example.com/expenses)' },
      { name: '[2] Travel', value: 'policies/travel\\_policy.md' },
    ]);
    expect(sources?.footer?.text).toBe('🏠 local · llama3.1:8b');
    const buttons = (posted?.components as { components: { custom_id: string }[] }[])[0]?.components;
    expect(buttons?.map((button) => button.custom_id)).toEqual(['feedback_up:42', 'feedback_down:42']);
  });

  it('puts an escalation marker at the top of the reply', async () => {
    harness = await startHarness();
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply('The answer.', { marker: '☁️ escalated to claude: long context', markerPlacement: 'top' }));
    });
    harness.fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> big question` });
    const [posted] = await waitFor(() => botPosts(harness!.fake, GENERAL).length === 1 && botPosts(harness!.fake, GENERAL), 'reply');
    expect(posted?.content).toBe('☁️ escalated to claude: long context\n\nThe answer.');
    expect(posted?.embeds).toEqual([]);
  });

  it('ignores other bots, its own echoed messages, and messages that do not address it', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.userMessage({ channelId: GENERAL, authorId: OTHER_BOT, content: `<@${BOT.id}> I am a bot`, bot: true });
    fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: 'just chatting, no mention' });
    fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: `<@${BOT.id}> a real question` });
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'the one reply');
    // The echo of the bot's own reply has been dispatched too; give it a round-trip to be (not) handled.
    fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: `<@${BOT.id}> second` });
    await waitFor(() => botPosts(fake, GENERAL).length === 2, 'second reply');
    expect(harness.messages.map((message) => message.text)).toEqual(['a real question', 'second']);
  });

  it('shows typing while working and stops when the reply is posted', async () => {
    harness = await startHarness({ typingIntervalMs: 30 });
    const { fake } = harness;
    const hold = gate();
    harness.respondWith(async (_message, channel) => {
      await channel.progress('thinking');
      await hold.promise;
      await channel.post(reply('done'));
    });
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> slow one` });
    const typing = () => fake.requests.filter((request) => request.path === `/channels/${GENERAL}/typing`).length;
    await waitFor(() => typing() >= 3, 'repeated typing indicators');
    hold.open();
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'reply');
    const afterReply = typing();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(typing()).toBe(afterReply);
  });

  it('answers DMs without a mention and marks them direct', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.userMessage({ direct: true, authorId: GRACE, content: 'hello from a DM' });
    const dm = fake.dmChannelId(GRACE);
    await waitFor(() => botPosts(fake, dm).length === 1, 'DM reply');
    expect(harness.messages[0]).toMatchObject({ isDirect: true, text: 'hello from a DM', userName: 'Grace Hopper', userRoles: [] });
  });

  it('follows up in a thread it answered in without a re-mention', async () => {
    harness = await startHarness();
    const { fake } = harness;
    // Before the bot has taken part, a thread needs a mention like any channel.
    fake.userMessage({ channelId: EXISTING_THREAD, authorId: GRACE, content: 'not for the bot yet' });
    fake.userMessage({ channelId: EXISTING_THREAD, authorId: ADA, content: `<@${BOT.id}> first question` });
    await waitFor(() => botPosts(fake, EXISTING_THREAD).length === 1, 'first reply in thread');
    fake.userMessage({ channelId: EXISTING_THREAD, authorId: GRACE, content: 'and a follow-up' });
    await waitFor(() => botPosts(fake, EXISTING_THREAD).length === 2, 'follow-up reply');
    expect(harness.messages.map((message) => message.text)).toEqual(['first question', 'and a follow-up']);
    expect(harness.messages[1]).toMatchObject({
      channelId: GENERAL,
      channelName: 'general',
      threadId: EXISTING_THREAD,
      userName: 'Grace Hopper',
    });
  });

  it('keys a replayed message event like the original, so the journal answers it once', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const original = fake.state.messageJson({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> once` });
    fake.state.storeMessage(GENERAL, original);
    fake.gateway.dispatch('MESSAGE_CREATE', fake.state.gatewayMessage(original));
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'reply');
    // A gateway RESUME replays the same event.
    fake.gateway.dispatch('MESSAGE_CREATE', fake.state.gatewayMessage(original));
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> new` });
    await waitFor(() => botPosts(fake, GENERAL).length === 2, 'second reply');
    expect(harness.messages.map((incoming) => incoming.text)).toEqual(['once', 'new']);
    expect(harness.messages[0]!.deliveryKey).toBe(`discord:message:${String(original.id)}`);
  });

  it('sends a private reply to a server message by DM, with a pointer in the channel', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply('Only you may see the salary bands.', { ephemeral: true }));
    });
    fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: `<@${BOT.id}> salary bands?` });
    const dm = fake.dmChannelId(GRACE);
    await waitFor(() => botPosts(fake, GENERAL).length === 1, 'pointer');
    expect(botPosts(fake, dm).map((message) => message.content)).toEqual(['Only you may see the salary bands.']);
    expect(String(botPosts(fake, GENERAL)[0]?.content)).toContain('direct message');
  });

  it('never falls back to posting a private reply publicly when DMs are closed', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply('secret', { ephemeral: true }));
    });
    const dm = fake.dmChannelId(GRACE);
    fake.failNext({ method: 'POST', path: new RegExp(`^/channels/${dm}/messages$`), status: 403, code: 50007, message: 'Cannot send messages to this user' });
    fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: `<@${BOT.id}> secret?` });
    const [notice] = await waitFor(() => botPosts(fake, GENERAL).length === 1 && botPosts(fake, GENERAL), 'notice');
    expect(String(notice?.content)).toContain('direct messages are closed');
    expect(botPosts(fake, GENERAL).map((message) => message.content)).not.toContain('secret');
  });

  it('turns a handler error into a short failure notice naming the request reference', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async () => {
      throw new Error('database is locked');
    });
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> break` });
    const [notice] = await waitFor(() => botPosts(fake, GENERAL).length === 1 && botPosts(fake, GENERAL), 'notice');
    const reference = /reference `([0-9a-f]{8})`/.exec(String(notice?.content))?.[1];
    expect(reference).toBeDefined();
    expect(String(notice?.content)).not.toContain('database is locked');
    const logged = harness.logs.find((entry) => entry.level === 'error' && entry.fields?.requestId === reference);
    expect(String(logged?.fields?.error)).toContain('database is locked');
  });

  it('edits a posted reply in place through the handle', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (_message, channel) => {
      const handle = await channel.post(reply('⏳ working…'));
      await handle.update(reply('final answer'));
    });
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> edit me` });
    await waitFor(() => fake.requests.some((request) => request.method === 'PATCH'), 'the edit');
    expect(botPosts(fake, GENERAL).map((message) => message.content)).toEqual(['final answer']);
  });
});
