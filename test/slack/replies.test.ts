import { afterEach, describe, expect, it } from 'vitest';
import { SlackApiError } from '../../src/adapters/slack/index.ts';
import { slashCommand } from '../fakes/slack-requests.ts';
import { threadStatus } from '../fakes/slack-streaming.ts';
import { ALICE, BOT_USER_ID, GENERAL, reply, startHttpHarness, waitFor, type Harness } from './harness.ts';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const mentionIn = (h: Harness, ts: string, text = 'tell me everything') =>
  h.sendEvent({ type: 'app_mention', user: ALICE, channel: GENERAL, text: `<@${BOT_USER_ID}> ${text}`, ts });

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: unknown }[] };

describe('Slack adapter: replies', () => {
  it('shows Slack\'s loading status under the thread while working, posts the answer there (which clears it) and updates it via its handle', async () => {
    const h = (harness = await startHttpHarness());
    h.bot.behaviour = async (_message, channel) => {
      await channel.progress('Searching the handbook…');
      const handle = await channel.post(reply('First draft', { modelCallId: 42 }));
      await handle.update(reply('Final answer', { modelCallId: 42 }));
    };
    await mentionIn(h, '1700000300.000100');
    const [update] = await h.fake.waitForCalls('chat.update');
    const [status] = h.fake.callsTo('assistant.threads.setStatus');
    expect(status?.args).toMatchObject({ channel_id: GENERAL, thread_ts: '1700000300.000100', status: 'is searching the handbook…' });
    expect((status?.args.loading_messages as string[]).length).toBeGreaterThan(0);
    // No placeholder message: the answer is the thread's one reply, edited in place.
    const [posted] = h.fake.callsTo('chat.postMessage');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(posted?.args).toMatchObject({ thread_ts: '1700000300.000100', text: 'First draft' });
    expect(update?.args).toMatchObject({ ts: h.fake.state.postedMessages()[0]?.ts, text: 'Final answer' });
    expect(threadStatus(h.fake.state, GENERAL, '1700000300.000100')).toBe('');
    const feedback = (update?.args.blocks as Block[]).find((block) => block.type === 'context_actions');
    expect(feedback).toMatchObject({ elements: [{ type: 'feedback_buttons', positive_button: { value: 'feedback_up:42' }, negative_button: { value: 'feedback_down:42' } }] });
  });

  it('where Slack refuses the loading status, a "thinking…" placeholder shows instead and the answer replaces it in place', async () => {
    const h = (harness = await startHttpHarness());
    h.fake.failNext('assistant.threads.setStatus', 'missing_scope');
    h.bot.behaviour = async (_message, channel) => {
      await channel.progress('Searching the handbook…');
      await channel.post(reply('Final answer', { modelCallId: 42 }));
    };
    await mentionIn(h, '1700000304.000100');
    const [update] = await h.fake.waitForCalls('chat.update');
    const [placeholder] = h.fake.callsTo('chat.postMessage');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(placeholder?.args.text).toBe('Searching the handbook…');
    expect(update?.args).toMatchObject({ ts: h.fake.state.postedMessages()[0]?.ts, text: 'Final answer' });
  });

  it('a private reply does not clear the status the way a thread reply does, so it is cleared explicitly', async () => {
    const h = (harness = await startHttpHarness());
    h.bot.behaviour = async (_message, channel) => {
      await channel.progress('Thinking…');
      await channel.post(reply('Only you can see this.', { ephemeral: true }));
    };
    await mentionIn(h, '1700000305.000100');
    await h.fake.waitForCalls('chat.postEphemeral');
    const statuses = await h.fake.waitForCalls('assistant.threads.setStatus', 2);
    expect(statuses.map((call) => call.args.status)).toEqual(['is thinking…', '']);
    expect(threadStatus(h.fake.state, GENERAL, '1700000305.000100')).toBe('');
  });

  it('when the answer cannot be posted in the thread, the loading status does not stay behind', async () => {
    const h = (harness = await startHttpHarness());
    // The answer and then the failure notice are both refused: the asker is told privately.
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    h.bot.behaviour = async (_message, channel) => {
      await channel.progress('Thinking…');
      await channel.post(reply('Final answer'));
    };
    await mentionIn(h, '1700000306.000100');
    await h.fake.waitForCalls('chat.postEphemeral');
    await waitFor(() => threadStatus(h.fake.state, GENERAL, '1700000306.000100') === '', 5_000, 'the status cleared');
    expect(h.fake.callsTo('assistant.threads.setStatus').map((call) => call.args.status)).toEqual(['is thinking…', '']);
  });

  it('a loading status Slack holds up (rate limited) does not hold up the answer: a placeholder shows instead, and the late status is cleared', async () => {
    const h = (harness = await startHttpHarness({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } }));
    h.fake.rateLimitNext('assistant.threads.setStatus', 4);
    h.bot.behaviour = async (_message, channel) => {
      await channel.progress('Thinking…');
      await channel.post(reply('Final answer'));
    };
    await mentionIn(h, '1700000307.000100');
    const [update] = await h.fake.waitForCalls('chat.update');
    const [placeholder] = h.fake.callsTo('chat.postMessage');
    expect(placeholder?.args.text).toBe('Thinking…');
    expect(update?.args).toMatchObject({ ts: h.fake.state.postedMessages()[0]?.ts, text: 'Final answer' });
    // The status went through after its retry, under an answer already given: it is cleared.
    const statuses = await h.fake.waitForCalls('assistant.threads.setStatus', 3, 10_000);
    expect(statuses.map((call) => call.args.status)).toEqual(['is thinking…', 'is thinking…', '']);
    expect(threadStatus(h.fake.state, GENERAL, '1700000307.000100')).toBe('');
  });

  it('once Slack refuses the loading status, later requests go straight to a placeholder', async () => {
    const h = (harness = await startHttpHarness());
    h.fake.failNext('assistant.threads.setStatus', 'missing_scope');
    h.bot.behaviour = async (_message, channel) => {
      await channel.progress('Thinking…');
      await channel.post(reply('Final answer'));
    };
    await mentionIn(h, '1700000308.000100');
    await mentionIn(h, '1700000309.000100');
    await h.fake.waitForCalls('chat.update', 2);
    expect(h.fake.callsTo('assistant.threads.setStatus')).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage').map((call) => call.args.text)).toEqual(['Thinking…', 'Thinking…']);
  });

  it('splits a long answer into sections of at most 3,000 characters and messages of at most 50 blocks', async () => {
    const h = (harness = await startHttpHarness());
    const paragraph = `${'word '.repeat(500).trim()}.`; // ~2,500 characters
    const long = Array.from({ length: 60 }, (_, index) => `Paragraph ${index + 1}: ${paragraph}`).join('\n\n');
    h.bot.behaviour = async (_message, channel) => {
      await channel.post(reply(long, { citations: [{ index: 1, source: 'handbook.md', heading: 'Leave', link: 'https://wiki.example/leave' }] }));
    };
    await mentionIn(h, '1700000301.000100');
    const posts = await h.fake.waitForCalls('chat.postMessage', 2);
    const allBlocks = posts.flatMap((call) => call.args.blocks as Block[]);
    for (const call of posts) {
      expect((call.args.blocks as Block[]).length).toBeLessThanOrEqual(50);
      expect(call.args.thread_ts).toBe('1700000301.000100');
      expect(String(call.args.text).length).toBeLessThanOrEqual(3_000);
    }
    const sections = allBlocks.filter((block) => block.type === 'section');
    expect(sections.every((block) => (block.text?.text.length ?? 0) <= 3_000)).toBe(true);
    expect(sections.map((block) => block.text?.text).join('\n\n')).toContain('Paragraph 60:');
    expect(JSON.stringify(allBlocks.at(-2))).toContain('<https://wiki.example/leave|handbook.md — Leave>');
  });

  it('never leaves the asker in silence: a handler error becomes a notice with a reference', async () => {
    const h = (harness = await startHttpHarness());
    h.bot.behaviour = async (_message, channel) => {
      await channel.progress('Thinking…');
      throw new Error('model exploded');
    };
    await mentionIn(h, '1700000302.000100');
    const [update] = await h.fake.waitForCalls('chat.postMessage');
    const reference = /reference `([0-9a-f]{8})`/.exec(String(update?.args.text))?.[1];
    expect(update?.args.text).toContain('Sorry, something went wrong');
    expect(reference).toBeDefined();
    const logged = h.logger.lines.find((line) => line.level === 'error' && line.fields?.requestId === reference);
    expect(String(logged?.fields?.error)).toContain('model exploded');
  });

  it('sends an ephemeral reply in a channel thread with chat.postEphemeral', async () => {
    const h = (harness = await startHttpHarness());
    h.bot.behaviour = async (_message, channel) => {
      await channel.post(reply('Only you can see this.', { ephemeral: true }));
    };
    await mentionIn(h, '1700000303.000100');
    const [ephemeral] = await h.fake.waitForCalls('chat.postEphemeral');
    expect(ephemeral?.args).toMatchObject({ channel: GENERAL, user: ALICE, thread_ts: '1700000303.000100', text: 'Only you can see this.' });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('uploads an attachment into the thread: getUploadURLExternal → upload → completeUploadExternal', async () => {
    const h = (harness = await startHttpHarness());
    const png = Buffer.from('\x89PNG fake chart bytes');
    h.bot.behaviour = async (_message, channel) => {
      await channel.post(reply('Spend this month', { attachment: { filename: 'spend.png', data: png, title: 'Spend chart' } }));
    };
    await mentionIn(h, '1700000304.000100', 'spend chart');
    const [completed] = await h.fake.waitForCalls('files.completeUploadExternal');
    const [asked] = h.fake.callsTo('files.getUploadURLExternal');
    const [uploaded] = h.fake.callsTo('upload');
    expect(asked?.args).toMatchObject({ filename: 'spend.png', length: String(png.length) });
    expect(uploaded?.bytes).toBeGreaterThanOrEqual(png.length);
    expect(completed?.args).toMatchObject({ channel_id: GENERAL, thread_ts: '1700000304.000100' });
    expect(completed?.args.files).toEqual([{ id: uploaded?.target, title: 'Spend chart' }]);
  });

  it('posts to a channel outside a conversation, with the attachment', async () => {
    const h = (harness = await startHttpHarness());
    await h.adapter.postToChannel(GENERAL, reply('Monthly spend report', { attachment: { filename: 'm.png', data: Buffer.from('png'), title: 'Monthly' } }));
    expect(h.fake.callsTo('chat.postMessage')[0]?.args).toMatchObject({ channel: GENERAL, text: 'Monthly spend report' });
    expect(h.fake.callsTo('files.completeUploadExternal')[0]?.args.channel_id).toBe(GENERAL);
  });

  it('logs not_in_channel clearly and answers the slash command privately with an invite hint', async () => {
    const h = (harness = await startHttpHarness());
    h.bot.behaviour = async (_message, channel) => {
      await channel.post(reply('You have 25 vacation days.'));
    };
    await h.sendCommand(slashCommand({ command: '/ask', text: 'vacation days', userId: ALICE, channelId: 'C0OUTSIDE', channelName: 'outside', responseUrl: h.fake.responseUrl() }));
    const [responded] = await h.fake.waitForCalls('response_url');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(responded?.args).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(responded?.args.blocks)).toContain('You have 25 vacation days.');
    expect(JSON.stringify(responded?.args.blocks)).toContain('/invite @tandem');
    expect(h.logger.lines.some((line) => line.level === 'warn' && line.fields?.error === 'not_in_channel')).toBe(true);
  });

  it('logs and rethrows when a scheduled post hits not_in_channel (nobody is waiting)', async () => {
    const h = (harness = await startHttpHarness());
    await expect(h.adapter.postToChannel('C0OUTSIDE', reply('report'))).rejects.toBeInstanceOf(SlackApiError);
    expect(h.logger.lines.find((line) => line.level === 'warn')?.message).toContain('/invite @tandem');
  });

  it('tells the asker when a thread cannot be read (missing_scope), privately, with a reference', async () => {
    const h = (harness = await startHttpHarness());
    h.fake.failNext('conversations.replies', 'missing_scope', { needed: 'channels:history' });
    h.bot.behaviour = async (message, channel) => {
      await channel.readHistory({ scope: 'thread', channelId: message.channelId, threadId: message.threadId });
    };
    await mentionIn(h, '1700000305.000100', 'summarize');
    const [ephemeral] = await h.fake.waitForCalls('chat.postEphemeral');
    expect(ephemeral?.args.text).toContain('`channels:history`');
    expect(h.logger.lines.some((line) => line.level === 'warn' && line.fields?.slackError === 'missing_scope')).toBe(true);
  });
});

describe('Slack adapter: rate limits', () => {
  it('waits out a 429 retry-after on chat.postMessage and then posts', async () => {
    const h = (harness = await startHttpHarness({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } }));
    h.fake.rateLimitNext('chat.postMessage', 1);
    await mentionIn(h, '1700000306.000100');
    const posts = await h.fake.waitForCalls('chat.postMessage', 2, 8_000);
    const waited = (posts[1]?.at ?? 0) - (posts[0]?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(950);
    await waitFor(() => h.fake.state.postedMessages().length === 1);
  });
});
