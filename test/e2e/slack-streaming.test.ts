/**
 * Answers stream into Slack through real Bolt and the real WebClient's ChatStreamer against the fake
 * Slack's chat.startStream / appendStream / stopStream: the first words show while the model is still
 * writing, the finished reply replaces the stream in place, an escalated answer leads with its marker
 * and never shows a placeholder — not even one cut in half between two chunks — and where streaming
 * is refused the placeholder is edited with chat.update instead.
 */
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/slack.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { blockTexts, finalReplies, GENERAL, mention, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

/** About 56 words: at one word per 50 ms the whole answer takes about three seconds to write. */
const LONG_ANSWER = Array.from({ length: 4 }, (_, index) => `Point ${index + 1}: vacation days accrue monthly and are requested in the HR portal [1].`).join(' ');

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

const STREAM_METHODS = new Set(['chat.startStream', 'chat.appendStream', 'chat.stopStream']);

function streamedText(call: RecordedCall): string {
  const chunks = Array.isArray(call.args.chunks) ? (call.args.chunks as Array<{ text?: string }>) : [];
  return String(call.args.markdown_text ?? '') + chunks.map((chunk) => chunk.text ?? '').join('');
}

describe('streaming answers into Slack', () => {
  it('the first words are visible within a second while a 50 ms-per-token model is still writing; the finished reply replaces the stream', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 50;
    slack = own(await startSlackTandem(world));
    const ts = '1760008000.000100';
    const sentAt = Date.now();
    const answered = slack.sendEvent(mention({ ts, text: 'how many vacation days do I get?' }));

    const first = await eventually(() => slack!.fake.calls.find((call) => STREAM_METHODS.has(call.method) && streamedText(call).length > 0), 'the first streamed text', 10_000);
    await answered;
    const timeToFirstToken = first.at - sentAt;
    expect(timeToFirstToken, `first visible text after ${timeToFirstToken} ms`).toBeLessThan(1_000);
    // Visible before the model had finished: more text followed in later appends.
    const streamCalls = slack.fake.calls.filter((call) => STREAM_METHODS.has(call.method));
    expect(streamCalls[0]).toMatchObject({ method: 'chat.startStream', args: { channel: GENERAL, thread_ts: ts, recipient_user_id: 'U0ALICE', recipient_team_id: 'T0001' } });
    expect(streamCalls.filter((call) => call.method === 'chat.appendStream').length).toBeGreaterThanOrEqual(1);
    expect(streamCalls.at(-1)!.method).toBe('chat.stopStream');
    expect(streamCalls.map(streamedText).join('')).toBe(LONG_ANSWER);

    // One message in the thread: the stream, finished in place with sources, marker and buttons.
    const [reply, ...others] = finalReplies(slack.fake, GENERAL, ts);
    expect(others).toHaveLength(0);
    const texts = blockTexts(reply!.blocks);
    expect(texts[0]).toContain('Point 1: vacation days accrue monthly');
    expect(texts).toContain('🏠 local · llama3.2');
    expect(reply!.blocks.some((block) => block.type === 'context_actions')).toBe(true);
    expect(slack.fake.callsTo('chat.update').at(-1)!.args.ts).toBe(reply!.ts);
  });

  it('an escalated answer streams with the marker first, re-identified on the fly: a placeholder cut between chunks never shows', async () => {
    world = own(await startWorld({ ollamaReply: { text: 'unused' } }));
    // The cloud writes "<PERSON_1>" in three deltas, as tokenizers do.
    world.openai.reply = { ...world.openai.reply, text: 'Ask <PERSON_1> to approve it.', pieces: ['Ask <PER', 'SON', '_1> to approve it.'] };
    slack = own(await startSlackTandem(world));
    const ts = '1760008100.000100';
    await slack.sendEvent(mention({ ts, text: 'who approves vacation for Ngozi Okafor? --cloud' }));

    const streamCalls = slack.fake.calls.filter((call) => STREAM_METHODS.has(call.method));
    const pieces = streamCalls.map(streamedText).filter((text) => text.length > 0);
    expect(pieces[0]).toMatch(/^☁️ escalated: requested with --cloud · redacted 1 person · openai\/gpt-5\.4/);
    for (const piece of pieces) expect(piece).not.toMatch(/<|PER|SON_|_1>/);
    expect(pieces.join('')).toContain('Ask Ngozi Okafor to approve it.');
    const [reply] = finalReplies(slack.fake, GENERAL, ts);
    expect(blockTexts(reply!.blocks)[0]).toMatch(/^☁️ escalated: .* · \$0\.02$/);
    // The notification text leads with the marker too, so previews show it was escalated.
    expect(String(slack.fake.callsTo('chat.update').at(-1)!.args.text)).toMatch(/^☁️ escalated: requested with --cloud/);
    expect(world.cloudChats().map((chat) => chat.body).join('')).not.toMatch(/Ngozi|Okafor/);
  });

  it('where Slack refuses streaming, the placeholder is edited with chat.update instead', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 20;
    slack = own(await startSlackTandem(world));
    slack.fake.failNext('chat.startStream', 'unknown_method');
    const ts = '1760008200.000100';
    await slack.sendEvent(mention({ ts, text: 'how many vacation days do I get?' }));

    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    const updates = slack.fake.callsTo('chat.update');
    // The partial answer, then the finished reply: all edits of the one placeholder message.
    expect(updates.length).toBeGreaterThanOrEqual(2);
    const [reply, ...others] = finalReplies(slack.fake, GENERAL, ts);
    expect(others).toHaveLength(0);
    expect(new Set(updates.map((call) => call.args.ts))).toEqual(new Set([reply!.ts]));
    expect(slack.fake.callsTo('chat.appendStream')).toHaveLength(0);
    expect(blockTexts(reply!.blocks)).toContain('🏠 local · llama3.2');
  });

  it('a stream Slack ends mid-answer is stopped and the rest is written into the same message with chat.update', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 20;
    slack = own(await startSlackTandem(world));
    // The first words start the stream; the next append finds it no longer streaming.
    slack.fake.failNext('chat.appendStream', 'message_not_in_streaming_state');
    const ts = '1760008300.000100';
    await slack.sendEvent(mention({ ts, text: 'how many vacation days do I get?' }));

    const [reply, ...others] = finalReplies(slack.fake, GENERAL, ts);
    expect(others).toHaveLength(0);
    expect(blockTexts(reply!.blocks)[0]).toBe(LONG_ANSWER);
    const [started] = slack.fake.callsTo('chat.startStream');
    expect(reply!.ts).toBe(slack.fake.state.postedMessages().find((message) => message.thread_ts === ts)?.ts);
    expect(started).toBeDefined();
    const updates = slack.fake.callsTo('chat.update');
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(new Set(updates.map((call) => call.args.ts))).toEqual(new Set([reply!.ts]));
  });
});
