import { afterEach, describe, expect, it } from 'vitest';
import { PermissionDeniedError } from '../../src/errors.ts';
import { ADA, BOT, EXISTING_THREAD, GENERAL, GRACE, gate, reply, startHarness, waitFor, type Harness } from './harness.ts';

const EPHEMERAL = 64;

describe('Discord adapter: slash commands and buttons', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('defers /ask before the handler finishes, then fills the deferred reply with the answer', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const hold = gate();
    harness.respondWith(async (_message, channel) => {
      await hold.promise;
      await channel.post(reply('Paris.', { citations: [{ index: 1, source: 'atlas.md', heading: 'France' }] }));
    });
    const interaction = fake.slashCommand({ channelId: GENERAL, userId: ADA, name: 'ask', options: { question: 'capital of France?' } });
    await waitFor(() => interaction.callbacks.length === 1 && harness!.messages.length === 1, 'deferral and handler');
    expect(interaction.callbacks[0]).toMatchObject({ type: 5, data: { flags: 0 } });
    // The handler is still held: the deferral went out before it finished.
    expect(interaction.original).toBeUndefined();
    expect(harness.messages[0]).toMatchObject({
      text: '/ask capital of France?',
      isSlashCommand: true,
      eventId: interaction.id,
      userName: 'Ada',
      userRoles: ['finance'],
      channelId: GENERAL,
      channelName: 'general',
    });
    hold.open();
    await waitFor(() => interaction.original, 'the answer');
    expect(interaction.original).toMatchObject({ content: 'Paris.', flags: 0 });
    expect((interaction.original?.embeds as { title: string }[])[0]?.title).toBe('Sources');
  });

  it('delivers an ephemeral refusal to /spend ephemerally (flags 64)', async () => {
    harness = await startHarness();
    harness.respondWith(async (message, channel) => {
      const allowed = message.userRoles.includes('finance');
      const chart = { filename: 'spend.png', data: Buffer.from('89504e47', 'hex'), title: 'Spend this month' };
      await channel.post(
        allowed
          ? reply('Spend: $3.20', { attachment: chart })
          : reply('You need the finance role for /spend.', { ephemeral: true }),
      );
    });
    const refused = harness.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'spend' });
    await waitFor(() => refused.original, 'the refusal');
    expect(refused.callbacks[0]).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(refused.original).toMatchObject({ content: 'You need the finance role for /spend.', flags: EPHEMERAL });
    expect(harness.fake.messagesIn(GENERAL)).toHaveLength(0);

    // A public spend report after a private deferral is re-routed to a public follow-up.
    const allowed = harness.fake.slashCommand({ channelId: GENERAL, userId: ADA, name: 'spend' });
    await waitFor(() => allowed.followups.length === 1 && allowed.originalDeleted, 'the public report');
    expect(allowed.followups[0]).toMatchObject({
      content: 'Spend: $3.20',
      flags: 0,
      attachments: [{ filename: 'spend.png', size: 4 }],
      embeds: [{ title: 'Spend this month', image: { url: 'attachment://spend.png' } }],
    });
  });

  it('answers /help privately', async () => {
    harness = await startHarness();
    harness.respondWith(async (message, channel) => {
      await channel.post(reply(`Commands: /ask, /summarize, /spend, /help (you said ${message.text})`, { ephemeral: true }));
    });
    const help = harness.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'help' });
    await waitFor(() => help.original, 'help');
    expect(help.original).toMatchObject({ content: 'Commands: /ask, /summarize, /spend, /help (you said /help)', flags: EPHEMERAL });
  });

  it('passes bad options through and delivers the usage hint privately after a public deferral', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (message, channel) => {
      await channel.post(reply(`Usage for: ${message.text}`, { ephemeral: true }));
    });
    const summarize = fake.slashCommand({
      channelId: GENERAL,
      userId: GRACE,
      name: 'summarize',
      options: { length: 'short', messages: 0, since: '24h' },
    });
    await waitFor(() => summarize.followups.length === 1 && summarize.originalDeleted, 'usage');
    expect(summarize.callbacks[0]).toMatchObject({ type: 5, data: { flags: 0 } });
    // Options in the order the core's parser documents, whatever order they were given in.
    expect(summarize.followups[0]).toMatchObject({ content: 'Usage for: /summarize 0 24h short', flags: EPHEMERAL });

    const ask = fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'ask', options: { question: ' ' } });
    await waitFor(() => ask.followups.length === 1 && ask.originalDeleted, 'private usage after public deferral');
    expect(ask.followups[0]).toMatchObject({ content: 'Usage for: /ask', flags: EPHEMERAL });
    // The public placeholder was deleted: nothing stays in the channel.
    expect(fake.messagesIn(GENERAL)).toHaveLength(0);
  });

  it('maps a slash command in a thread to the parent channel and the thread', async () => {
    harness = await startHarness();
    const summarize = harness.fake.slashCommand({ channelId: EXISTING_THREAD, userId: ADA, name: 'summarize' });
    await waitFor(() => summarize.original, 'reply');
    expect(harness.messages[0]).toMatchObject({ text: '/summarize', channelId: GENERAL, threadId: EXISTING_THREAD });
  });

  it('answers a replayed interaction once', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const first = fake.slashCommand({ channelId: GENERAL, userId: ADA, name: 'ask', options: { question: 'once?' } });
    await waitFor(() => first.original, 'first answer');
    const payload = fake.gateway.dispatched.filter((entry) => entry.event === 'INTERACTION_CREATE').at(-1)?.data;
    fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const second = fake.slashCommand({ channelId: GENERAL, userId: ADA, name: 'ask', options: { question: 'twice?' } });
    await waitFor(() => second.original, 'second answer');
    expect(first.callbacks).toHaveLength(1);
    expect(harness.messages.map((message) => message.text)).toEqual(['/ask once?', '/ask twice?']);
  });

  it('shows a refusal privately, as written', async () => {
    harness = await startHarness();
    harness.respondWith(async () => {
      throw new PermissionDeniedError('Only #finance may run /spend.');
    });
    const spend = harness.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'spend' });
    await waitFor(() => spend.original, 'notice');
    expect(String(spend.original?.content)).toBe('Only #finance may run /spend.');
    expect(spend.original?.flags).toBe(EPHEMERAL);
  });

  it('sends a 👍 click to onFeedback and thanks the person privately', async () => {
    harness = await startHarness();
    const { fake } = harness;
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply('An answer.', { modelCallId: 7 }));
    });
    fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> rate me` });
    const answer = await waitFor(() => fake.messagesIn(GENERAL).find((message) => message.content === 'An answer.'), 'answer');
    const click = fake.clickButton({ channelId: GENERAL, userId: GRACE, customId: 'feedback_up:7', messageId: String(answer.id) });
    await waitFor(() => click.original, 'thanks');
    expect(harness.feedback).toEqual([{ platform: 'discord', modelCallId: 7, userId: GRACE, rating: 'up' }]);
    expect(click.callbacks[0]).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(click.original).toMatchObject({ flags: EPHEMERAL });
  });

  it('registers the commands globally when no guild ids are configured', async () => {
    harness = await startHarness({ guildIds: [] });
    const registration = harness.fake.requests.filter((request) => request.method === 'PUT');
    expect(registration.map((request) => request.path)).toEqual([`/applications/${BOT.id}/commands`]);
  });
});
