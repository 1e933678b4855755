import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/index.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { eventCallback, slashCommand } from '../fakes/slack-requests.ts';
import { ALICE, BOT_USER_ID, GENERAL, SEED, TestBot, recordingLogger, waitFor } from './harness.ts';

let fake: FakeSlack;
let adapter: SlackAdapter;
let bot: TestBot;

beforeEach(async () => {
  fake = await startFakeSlack(SEED);
  bot = new TestBot();
  adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    appToken: 'xapp-test',
    mode: 'socket',
    apiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    logger: recordingLogger(),
  });
  await adapter.start(bot);
});

afterEach(async () => {
  // stop() resolves once the client reports `disconnected`; only then may the fake go.
  await adapter.stop();
  await fake.close();
});

describe('Slack adapter over Socket Mode (real SocketModeClient against the fake WebSocket)', () => {
  it('connects through apps.connections.open with the app token and verifies the bot token', async () => {
    expect(fake.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test');
    // No bot ids were given, so start() learnt them with auth.test.
    expect(fake.callsTo('auth.test')[0]?.token).toBe('xoxb-test');
    await fake.socket.waitForConnection();
  });

  it('acks an app_mention envelope and answers in the thread', async () => {
    const envelopeId = fake.socket.sendEnvelope('events_api', eventCallback({ type: 'app_mention', user: ALICE, channel: GENERAL, text: `<@${BOT_USER_ID}> ping`, ts: '1700000500.000100' }));
    await fake.socket.waitForAck(envelopeId);
    const [posted] = await fake.waitForCalls('chat.postMessage');
    expect(bot.messages[0]?.text).toBe('ping');
    expect(posted?.args).toMatchObject({ channel: GENERAL, thread_ts: '1700000500.000100', text: 'You said: ping' });
  });

  it('drops a redelivered envelope with the same event id', async () => {
    const event = eventCallback({ type: 'app_mention', user: ALICE, channel: GENERAL, text: `<@${BOT_USER_ID}> once`, ts: '1700000501.000100' }, { eventId: 'EvSOCKET1' });
    await fake.socket.waitForAck(fake.socket.sendEnvelope('events_api', event));
    await fake.socket.waitForAck(fake.socket.sendEnvelope('events_api', event, { retryAttempt: 1 }));
    await fake.waitForCalls('chat.postMessage');
    await waitFor(() => fake.socket.acks.length === 2);
    expect(bot.messages).toHaveLength(1);
  });

  it('acks a slash command envelope and answers via the response_url', async () => {
    bot.behaviour = async (_message, channel) => {
      await channel.post({ text: 'private', citations: [], notes: [], ephemeral: true });
    };
    const payload = slashCommand({ command: '/ask', text: 'hi', userId: ALICE, channelId: GENERAL, responseUrl: fake.responseUrl() });
    await fake.socket.waitForAck(fake.socket.sendEnvelope('slash_commands', payload));
    const [responded] = await fake.waitForCalls('response_url');
    expect(bot.messages[0]).toMatchObject({ text: '/ask hi', isSlashCommand: true });
    expect(responded?.args).toMatchObject({ response_type: 'ephemeral', text: 'private' });
  });

  it('reconnects when Slack sends disconnect, and keeps answering', async () => {
    fake.socket.sendDisconnect();
    await fake.socket.waitForConnection(2, 15_000);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2);
    const envelopeId = fake.socket.sendEnvelope('events_api', eventCallback({ type: 'message', channel_type: 'im', user: ALICE, channel: 'D0ALICE', text: 'still there?', ts: '1700000502.000100' }));
    await fake.socket.waitForAck(envelopeId);
    await fake.waitForCalls('chat.postMessage');
    expect(bot.messages[0]?.isDirect).toBe(true);
  });
});
