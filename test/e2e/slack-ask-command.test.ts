/**
 * /ask in a channel, through real Bolt, the real WebClient's ChatStreamer and the real core against
 * the fake Slack: a short top-level "@alice asked: …" message (Slack shows nobody the command), and
 * the answer streamed into its thread while the model writes, finished in place — one message, the
 * marker leading an escalated answer once.
 */
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/slack.ts';
import { slashCommand } from '../fakes/slack-requests.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ALICE, BOB, blockTexts, finalReplies, GENERAL, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

/** About 56 words: at one word per 50 ms the whole answer takes about three seconds to write. */
const LONG_ANSWER = Array.from({ length: 4 }, (_, index) => `Point ${index + 1}: vacation days accrue monthly and are requested in the HR portal [1].`).join(' ');
interface ChatBody {
  messages: Array<{ role: string; content: string }>;
}

const STREAM_METHODS = new Set(['chat.startStream', 'chat.appendStream', 'chat.stopStream']);

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

function streamedText(call: RecordedCall): string {
  const chunks = Array.isArray(call.args.chunks) ? (call.args.chunks as Array<{ text?: string }>) : [];
  return String(call.args.markdown_text ?? '') + chunks.map((chunk) => chunk.text ?? '').join('');
}

/** The top-level message the answer hangs from, and the finished answer (feedback buttons shown) in its thread. */
async function answeredThread(tandem: SlackTandem) {
  const root = await eventually(() => tandem.fake.callsTo('chat.postMessage').find((call) => call.args.thread_ts === undefined), 'the asked message', 15_000);
  const rootTs = String(tandem.fake.state.history.get(GENERAL)?.find((message) => message.text === root.args.text)?.ts);
  const replies = await eventually(() => {
    // The thread's parent is the bot's own "asked" message; the replies are what follows it.
    const all = finalReplies(tandem.fake, GENERAL, rootTs).filter((reply) => reply.ts !== rootTs);
    return all.some((reply) => reply.blocks.some((block) => block.type === 'context_actions')) && all;
  }, 'the finished answer in the thread', 15_000);
  return { root, rootTs, replies };
}

describe('/ask in Slack', () => {
  it('says who asked what at the top, streams the answer into its thread within a second, and finishes it in place', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 50;
    slack = own(await startSlackTandem(world));
    const sentAt = Date.now();
    const acked = await slack.sendCommand(slashCommand({ command: '/ask', text: 'how many vacation days do I get?', userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('ask') }));
    expect(acked.status).toBe(200);

    const first = await eventually(() => slack!.fake.calls.find((call) => STREAM_METHODS.has(call.method) && streamedText(call).length > 0), 'the first streamed words', 15_000);
    expect(first.at - sentAt, `first visible words after ${first.at - sentAt} ms`).toBeLessThan(1_000);
    const { root, rootTs, replies } = await answeredThread(slack);

    expect(root.args).toMatchObject({ channel: GENERAL, text: `<@${ALICE}> asked: how many vacation days do I get?` });
    const streamCalls = slack.fake.calls.filter((call) => STREAM_METHODS.has(call.method));
    expect(streamCalls[0]).toMatchObject({ method: 'chat.startStream', args: { channel: GENERAL, thread_ts: rootTs, recipient_user_id: ALICE } });
    expect(streamCalls.filter((call) => call.method === 'chat.appendStream').length).toBeGreaterThanOrEqual(1);
    expect(streamCalls.map(streamedText).join('')).toBe(LONG_ANSWER);

    // One answer in the thread: the streamed message, finished with the whole text, marker and buttons.
    expect(replies).toHaveLength(1);
    const texts = blockTexts(replies[0]!.blocks);
    expect(texts[0]).toBe(LONG_ANSWER);
    expect(texts.filter((text) => text.includes('🏠 local · llama3.2'))).toHaveLength(1);
    expect(slack.fake.callsTo('chat.update').at(-1)!.args.ts).toBe(replies[0]!.ts);
    // Nothing else top-level: the thread holds the answer.
    expect(slack.fake.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === undefined)).toHaveLength(1);
  });

  it('an escalated /ask answer leads with its marker from the first streamed words, once', async () => {
    world = own(await startWorld({ ollamaReply: { text: 'unused' } }));
    world.openai.reply = { ...world.openai.reply, text: 'Expenses are filed in the finance portal within 30 days [1].', pieces: ['Expenses are filed ', 'in the finance portal ', 'within 30 days [1].'] };
    slack = own(await startSlackTandem(world));
    await slack.sendCommand(slashCommand({ command: '/ask', text: 'how do I file expenses? --cloud', userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('cloud') }));
    const { replies } = await answeredThread(slack);

    const pieces = slack.fake.calls.filter((call) => STREAM_METHODS.has(call.method)).map(streamedText).filter((text) => text.length > 0);
    expect(pieces[0]).toMatch(/^☁️ escalated: requested with --cloud/);
    expect(pieces.join('')).toContain('Expenses are filed in the finance portal within 30 days [1].');
    expect(replies).toHaveLength(1);
    const texts = blockTexts(replies[0]!.blocks);
    expect(texts[0]).toMatch(/^☁️ escalated: requested with --cloud/);
    expect(texts.join('\n').match(/☁️ escalated/g)).toHaveLength(1);
    expect(String(slack.fake.callsTo('chat.update').at(-1)!.args.text)).toMatch(/^☁️ escalated: requested with --cloud/);
  });

  it('where Slack refuses streaming, the answer is written into the thread with chat.update instead', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 20;
    slack = own(await startSlackTandem(world));
    slack.fake.failNext('chat.startStream', 'unknown_method');
    await slack.sendCommand(slashCommand({ command: '/ask', text: 'how many vacation days do I get?', userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('fallback') }));
    const { rootTs, replies } = await answeredThread(slack);

    expect(replies).toHaveLength(1);
    expect(blockTexts(replies[0]!.blocks)[0]).toBe(LONG_ANSWER);
    const updates = slack.fake.callsTo('chat.update');
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(updates.map((call) => call.args.ts))).toEqual(new Set([replies[0]!.ts]));
    expect(slack.fake.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === rootTs)).toHaveLength(1);
  });

  it('a follow-up in the /ask thread is read with the question asked there, and retrieves its page', async () => {
    const answer = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
    world = own(await startWorld({ cloud: false, ollamaReply: { text: answer } }));
    world.ollama!.replyFor = (messages) => (messages[0]?.content.includes('standalone question') ? { text: 'how many unused vacation days carry over into next year?' } : undefined);
    slack = own(await startSlackTandem(world));
    await slack.sendCommand(slashCommand({ command: '/ask', text: 'how many vacation days do I get?', userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('first') }));
    const { rootTs } = await answeredThread(slack);

    // Someone else follows up in the thread without a mention, as people do.
    const followUpTs = slack.fake.state.nextTs();
    const followUp = { type: 'message', channel: GENERAL, channel_type: 'channel', user: BOB, ts: followUpTs, thread_ts: rootTs, text: 'and how many of them carry over?' };
    slack.fake.state.addMessage(GENERAL, { ts: followUpTs, user: BOB, text: followUp.text, thread_ts: rootTs });
    await slack.sendEvent(followUp);
    await eventually(() => finalReplies(slack!.fake, GENERAL, rootTs).filter((reply) => reply.ts !== rootTs).length === 2, 'the answer to the follow-up');

    const chats = world.ollama!.requests.filter((request) => request.path === '/api/chat').map((request) => JSON.parse(request.body) as ChatBody);
    const rewrite = chats.find((chat) => chat.messages[0]!.content.includes('standalone question'));
    expect(rewrite?.messages[1]!.content).toContain('user: how many vacation days do I get?');
    const last = chats.at(-1)!;
    // The asked message is the asker's turn (the question as typed), the streamed answer the bot's.
    expect(last.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(last.messages[1]!.content).toBe('how many vacation days do I get?');
    expect(last.messages[2]!.content).toContain('25 days of paid vacation');
    expect(last.messages[3]!.content).toContain('handbook/time-off.md — Time Off > Vacation');
    expect(last.messages[3]!.content).toContain('Question: and how many of them carry over?');
  });
});
