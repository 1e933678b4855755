import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, GENERAL, reply, startHttpHarness, waitFor, type Harness } from './harness.ts';
import { messageShortcut, slashCommand } from '../fakes/slack-requests.ts';

let harness: Harness;

beforeEach(async () => {
  harness = await startHttpHarness();
});

afterEach(async () => {
  await harness.stop();
});

const command = (name: string, text: string, extra: Partial<Parameters<typeof slashCommand>[0]> = {}) =>
  slashCommand({ command: name, text, userId: ALICE, channelId: GENERAL, responseUrl: harness.fake.responseUrl(), ...extra });

describe('Slack adapter: slash commands and the summarize shortcut', () => {
  it('acks /ask at once, then answers in the thread of an "asked" message in the channel', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    harness.bot.behaviour = async (message, channel) => {
      await gate; // the answer takes "long": the ack must not wait for it
      await channel.post(reply(`answer to ${message.text}`));
    };
    const response = await harness.sendCommand(command('/ask', 'how many vacation days', { triggerId: 'trig-ask-1' }));
    expect(response.status).toBe(200);
    expect(harness.fake.callsTo('chat.postMessage')).toHaveLength(0);

    release();
    const [asked, answer] = await harness.fake.waitForCalls('chat.postMessage', 2);
    expect(harness.bot.messages[0]).toMatchObject({
      text: '/ask how many vacation days',
      isSlashCommand: true,
      eventId: 'trig-ask-1',
      channelName: 'general',
      userName: 'alice',
    });
    expect(harness.bot.messages[0]?.threadId).toBeUndefined();
    // Top-level, who asked what (nobody else saw the command); the answer in that message's thread.
    expect(asked?.args).toMatchObject({ channel: GENERAL, text: `<@${harness.bot.messages[0]?.userId}> asked: how many vacation days` });
    expect(asked?.args.thread_ts).toBeUndefined();
    expect(answer?.args).toMatchObject({ channel: GENERAL, text: 'answer to /ask how many vacation days' });
    expect(answer?.args.thread_ts).toBeDefined();
  });

  it('sends an ephemeral usage reply for /ask without text through the response_url', async () => {
    harness.bot.behaviour = async (message, channel) => {
      expect(message.text).toBe('/ask');
      await channel.post(reply('Usage: `/ask <question>`', { ephemeral: true, marker: undefined }));
    };
    await harness.sendCommand(command('/ask', ''));
    const [responded] = await harness.fake.waitForCalls('response_url');
    // Slack reads `text` as mrkdwn too, so `<` and `>` travel escaped.
    expect(responded?.args).toMatchObject({ response_type: 'ephemeral', text: 'Usage: `/ask &lt;question&gt;`' });
    expect(harness.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('renders a /spend refusal privately', async () => {
    harness.bot.behaviour = async (message, channel) => {
      await channel.post(reply(`You may not run ${message.text.split(' ')[0]} here.`, { ephemeral: true, marker: undefined }));
    };
    await harness.sendCommand(command('/spend', 'this month'));
    const [responded] = await harness.fake.waitForCalls('response_url');
    expect(harness.bot.messages[0]?.text).toBe('/spend this month');
    expect(responded?.args).toMatchObject({ response_type: 'ephemeral', text: 'You may not run /spend here.' });
    expect(harness.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(harness.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('sends a private attachment to the person’s DM and says so in the ephemeral reply', async () => {
    harness.bot.behaviour = async (_message, channel) => {
      await channel.post(reply('Spend this month: $3.10', { ephemeral: true, attachment: { filename: 'spend.png', data: Buffer.from('png!'), title: 'Spend' } }));
    };
    await harness.sendCommand(command('/spend', ''));
    const [completed] = await harness.fake.waitForCalls('files.completeUploadExternal');
    expect(harness.fake.callsTo('conversations.open')[0]?.args.users).toBe(ALICE);
    expect(completed?.args.channel_id).toBe(`D${ALICE}`);
    expect(JSON.stringify(harness.fake.callsTo('response_url')[0]?.args.blocks)).toContain('I sent the attachment to you in a direct message.');
  });

  it('maps /tandem help to /help and a bare /tandem to /help', async () => {
    await harness.sendCommand(command('/tandem', 'help'));
    await harness.sendCommand(command('/tandem', ''));
    await harness.sendCommand(command('/tandem', 'status'));
    await waitFor(() => harness.bot.messages.length === 3);
    expect(harness.bot.messages.map((message) => message.text).sort()).toEqual(['/help', '/help', '/status']);
  });

  it('replaces the ephemeral progress note with an ephemeral answer', async () => {
    harness.bot.behaviour = async (_message, channel) => {
      await channel.progress('Adding up this month…');
      await channel.post(reply('You spent $1.20.', { ephemeral: true }));
    };
    await harness.sendCommand(command('/spend', ''));
    const responses = await harness.fake.waitForCalls('response_url', 2);
    expect(responses[0]?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'Adding up this month…' });
    expect(responses[1]?.args).toMatchObject({ response_type: 'ephemeral', replace_original: true, text: expect.stringContaining('You spent $1.20.') });
  });

  it('answers the "Summarize thread" shortcut with /summarize for that thread', async () => {
    const root = '1700000200.000100';
    harness.bot.behaviour = async (message, channel) => {
      await channel.post(reply(`summary of ${message.threadId}`));
    };
    const response = await harness.sendInteraction(
      messageShortcut({ callbackId: 'summarize_thread', userId: ALICE, channelId: GENERAL, messageTs: '1700000200.000300', threadTs: root, responseUrl: harness.fake.responseUrl() }),
    );
    expect(response.status).toBe(200);
    const [posted] = await harness.fake.waitForCalls('chat.postMessage');
    expect(harness.bot.messages[0]).toMatchObject({ text: '/summarize', threadId: root, isSlashCommand: true });
    expect(posted?.args).toMatchObject({ channel: GENERAL, thread_ts: root });
  });
});
