/**
 * Slack's assistant split view through real Bolt (its `Assistant` class) and the real core against
 * the fake Slack: a new thread is greeted with suggested questions drawn from the knowledge base; a
 * question there gets a title, a loading status (no placeholder message) and a streamed answer with
 * native feedback buttons.
 */
import { describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/e2e-world.ts';
import { ALICE, blockTexts, finalReplies, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const DM = 'D0ALICE';
const THREAD = '1760009000.000100';

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

describe("Slack's assistant split view", () => {
  it('greets a new thread with suggested questions from the knowledge base, then answers in it with a status, a title and a stream', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: ANSWER } }));
    slack = own(await startSlackTandem(world));
    await slack.sendEvent({
      type: 'assistant_thread_started',
      assistant_thread: { user_id: ALICE, channel_id: DM, thread_ts: THREAD, context: { channel_id: 'C0GENERAL', team_id: 'T0001' } },
      event_ts: THREAD,
    });
    const [greeting] = await slack.fake.waitForCalls('chat.postMessage');
    expect(greeting!.args).toMatchObject({ channel: DM, thread_ts: THREAD });
    expect(String(greeting!.args.text)).toMatch(/^Hi! I answer from the company's knowledge base/);
    const [prompts] = await slack.fake.waitForCalls('assistant.threads.setSuggestedPrompts');
    expect(prompts!.args).toMatchObject({ channel_id: DM, thread_ts: THREAD, title: 'Try asking' });
    expect((prompts!.args.prompts as Array<{ title: string; message: string }>).map((prompt) => prompt.title).sort()).toEqual(['Time Off', 'VPN Access']);
    expect(prompts!.args.prompts).toContainEqual({ title: 'VPN Access', message: 'What should I know about VPN Access?' });

    const questionTs = '1760009010.000100';
    await slack.sendEvent({ type: 'message', channel: DM, channel_type: 'im', user: ALICE, text: 'how many vacation days do I get?', ts: questionTs, thread_ts: THREAD });
    expect(slack.fake.callsTo('assistant.threads.setTitle')[0]!.args).toMatchObject({ channel_id: DM, thread_ts: THREAD, title: 'how many vacation days do I get?' });
    const [status] = slack.fake.callsTo('assistant.threads.setStatus');
    expect(status!.args).toMatchObject({ channel_id: DM, thread_ts: THREAD, status: 'is thinking…' });
    expect(status!.args.loading_messages).toEqual(expect.arrayContaining(['Searching the knowledge base…']));
    // No "thinking…" placeholder: the greeting is the only chat.postMessage; the answer is streamed.
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.fake.callsTo('chat.startStream')[0]!.args).toMatchObject({ channel: DM, thread_ts: THREAD });
    // Slack echoes the bot's own post in the thread as a message event: no title, no answer for it.
    const titles = slack.fake.callsTo('assistant.threads.setTitle').length;
    await slack.sendEvent({ type: 'message', channel: DM, channel_type: 'im', user: 'UBOT', bot_id: 'BBOT', text: 'Full-time employees accrue…', ts: '1760009020.000100', thread_ts: THREAD });
    expect(slack.fake.callsTo('assistant.threads.setTitle')).toHaveLength(titles);
    expect(slack.fake.callsTo('chat.startStream')).toHaveLength(1);
    const answer = finalReplies(slack.fake, DM, THREAD).at(-1)!;
    expect(blockTexts(answer.blocks)[0]).toBe(ANSWER);
    expect(answer.blocks.some((block) => block.type === 'context_actions')).toBe(true);
  });
});
