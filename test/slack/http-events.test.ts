import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendSignedEvent } from '../fakes/slack-requests.ts';
import { ALICE, BOT_ID, BOT_USER_ID, GENERAL, SIGNING_SECRET, reply, startHttpHarness, waitFor, type Harness } from './harness.ts';

let harness: Harness;

beforeEach(async () => {
  harness = await startHttpHarness();
});

afterEach(async () => {
  await harness.stop();
});

const channelMessage = (text: string, ts: string) => ({ type: 'message', channel_type: 'channel', channel: GENERAL, user: ALICE, text, ts });

const mention = (ts: string, text = `<@${BOT_USER_ID}> how many vacation days do I get?`) => ({
  type: 'app_mention',
  user: ALICE,
  text,
  ts,
  channel: GENERAL,
});

describe('Slack adapter over HTTP: Events API', () => {
  it('answers a signed app_mention in its thread, with Block Kit and the route marker', async () => {
    harness.bot.behaviour = async (_message, channel) => {
      await channel.post(reply('**20** days, see [the policy](https://wiki.example/leave).', { marker: '🏠 local' }));
    };
    const response = await harness.sendEvent(mention('1700000100.000100'));
    expect(response.status).toBe(200);

    const [posted] = await harness.fake.waitForCalls('chat.postMessage');
    const [message] = harness.bot.messages;
    expect(message).toMatchObject({
      platform: 'slack',
      text: 'how many vacation days do I get?',
      userId: ALICE,
      userName: 'alice',
      userRoles: ['hr-team'],
      channelId: GENERAL,
      channelName: 'general',
      threadId: '1700000100.000100',
      isDirect: false,
      isSlashCommand: false,
    });
    expect(posted?.token).toBe('xoxb-test');
    expect(posted?.args).toMatchObject({ channel: GENERAL, thread_ts: '1700000100.000100' });
    const blocks = posted?.args.blocks as { type: string; text?: { text: string }; elements?: { text: string }[] }[];
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*20* days, see <https://wiki.example/leave|the policy>.' } });
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '🏠 local' }] });
    expect(posted?.args.text).toContain('*20* days');
  });

  it('answers once when Slack retries the same event id', async () => {
    const event = mention('1700000101.000100');
    await harness.sendEvent(event, { eventId: 'EvRETRY1' });
    const retry = await harness.sendEvent(event, { eventId: 'EvRETRY1', retryNum: 1 });
    expect(retry.status).toBe(200);
    await harness.fake.waitForCalls('chat.postMessage');
    expect(harness.bot.messages).toHaveLength(1);
    expect(harness.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('collapses the message.channels copy of a mention into one answer', async () => {
    const ts = '1700000102.000100';
    await harness.sendEvent(mention(ts), { eventId: 'EvMENTION' });
    await harness.sendEvent({ ...mention(ts), type: 'message', channel_type: 'channel' }, { eventId: 'EvMESSAGE' });
    await harness.fake.waitForCalls('chat.postMessage');
    expect(harness.bot.messages).toHaveLength(1);
  });

  it('rejects a bad signature with 401 and never calls the bot', async () => {
    const response = await harness.sendEvent(mention('1700000103.000100'), { signature: 'v0=deadbeef' });
    expect(response.status).toBe(401);
    expect(harness.bot.messages).toHaveLength(0);
  });

  it('rejects a request signed more than five minutes ago', async () => {
    const response = await harness.sendEvent(mention('1700000104.000100'), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    expect(harness.bot.messages).toHaveLength(0);
  });

  it('answers a direct message without a mention, top-level in the DM', async () => {
    await harness.sendEvent({ type: 'message', channel_type: 'im', channel: 'D0ALICE', user: ALICE, text: 'hello there, what is the wifi password?', ts: '1700000105.000100' });
    const [posted] = await harness.fake.waitForCalls('chat.postMessage');
    expect(harness.bot.messages[0]).toMatchObject({ isDirect: true, channelName: 'directmessage', text: 'hello there, what is the wifi password?' });
    expect(harness.bot.messages[0]?.threadId).toBeUndefined();
    expect(posted?.args.channel).toBe('D0ALICE');
    expect(posted?.args.thread_ts).toBeUndefined();
    // A DM needs no channel lookup.
    expect(harness.fake.callsTo('conversations.info')).toHaveLength(0);
  });

  it('ignores its own messages, other bots and system subtypes', async () => {
    const base = { type: 'message', channel_type: 'im', channel: 'D0ALICE', text: 'noise' };
    await harness.sendEvent({ ...base, user: BOT_USER_ID, ts: '1700000106.000100' });
    await harness.sendEvent({ ...base, bot_id: BOT_ID, subtype: 'bot_message', ts: '1700000106.000150' });
    await harness.sendEvent({ ...base, bot_id: 'B0OTHER', subtype: 'bot_message', ts: '1700000106.000200' });
    await harness.sendEvent({ ...base, user: ALICE, subtype: 'message_changed', ts: '1700000106.000300' });
    await harness.sendEvent({ ...base, user: ALICE, subtype: 'channel_join', ts: '1700000106.000400' });
    await harness.sendEvent(channelMessage('just chatting', '1700000106.000500'));
    expect(harness.bot.messages).toHaveLength(0);
    expect(harness.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a follow-up in a thread it took part in, without a new mention', async () => {
    const root = '1700000107.000100';
    await harness.sendEvent(mention(root));
    await harness.fake.waitForCalls('chat.postMessage', 1);
    await harness.sendEvent({ ...channelMessage('and for part-timers?', '1700000107.000300'), thread_ts: root });
    const posts = await harness.fake.waitForCalls('chat.postMessage', 2);
    expect(harness.bot.messages[1]).toMatchObject({ text: 'and for part-timers?', threadId: root });
    expect(posts[1]?.args.thread_ts).toBe(root);

    // A thread the bot never joined stays quiet.
    await harness.sendEvent({ ...channelMessage('unrelated', '1700000108.000300'), thread_ts: '1700000108.000100' });
    expect(harness.bot.messages).toHaveLength(2);
  });

  it('answers in a thread the bot started (parent_user_id), even when it was not remembered', async () => {
    await harness.sendEvent({
      ...channelMessage('what does this report mean?', '1700000109.000300'),
      thread_ts: '1700000109.000100',
      parent_user_id: BOT_USER_ID,
    });
    await harness.fake.waitForCalls('chat.postMessage');
    expect(harness.bot.messages[0]?.threadId).toBe('1700000109.000100');
  });

  it('turns "@tandem summarize" in a thread into /summarize for that thread', async () => {
    const root = '1700000110.000100';
    await harness.sendEvent({ ...mention('1700000110.000300', `<@${BOT_USER_ID}> summarize please`), thread_ts: root });
    await waitFor(() => harness.bot.messages.length === 1);
    expect(harness.bot.messages[0]).toMatchObject({ text: '/summarize please', threadId: root });
  });

  it('shows other people by name, not as live pings', async () => {
    await harness.sendEvent(mention('1700000111.000100', `<@${BOT_USER_ID}>: what did <@U0BOB> decide?`));
    await waitFor(() => harness.bot.messages.length === 1);
    expect(harness.bot.messages[0]?.text).toBe('what did @Bob Brown decide?');
  });
});

describe('Slack adapter over HTTP with the production default (ack before processing)', () => {
  let fast: Harness;

  beforeEach(async () => {
    fast = await startHttpHarness({ processBeforeResponse: false });
  });

  afterEach(async () => {
    await fast.stop();
  });

  it('acks at once and answers once, even when a retry arrives while the first delivery is still being answered', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    fast.bot.behaviour = async (_message, channel) => {
      await gate;
      await channel.post(reply('done'));
    };
    const event = { type: 'app_mention', user: ALICE, channel: GENERAL, text: `<@${BOT_USER_ID}> slow one`, ts: '1700000120.000100' };
    expect((await fast.sendEvent(event, { eventId: 'EvSLOW' })).status).toBe(200);
    expect((await fast.sendEvent(event, { eventId: 'EvSLOW', retryNum: 1 })).status).toBe(200);
    expect(fast.fake.callsTo('chat.postMessage')).toHaveLength(0);
    release();
    await fast.fake.waitForCalls('chat.postMessage');
    expect(fast.bot.messages).toHaveLength(1);
  });

  it('answers Slack’s url_verification challenge', async () => {
    const response = await sendSignedEvent(fast.eventsUrl, { type: 'url_verification', challenge: 'challenge-123', token: 'x' }, { signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(response.body).toContain('challenge-123');
  });
});
