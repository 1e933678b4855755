/**
 * A follow-up in a Slack thread is read with the thread, through real Bolt against the fake Slack:
 * the thread (the bot's own answer included) is read with conversations.replies, the local model
 * rewrites the follow-up once, retrieval searches the rewrite, and the model sees the earlier turns.
 */
import { describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/e2e-world.ts';
import { ALICE, finalReplies, GENERAL, mention, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const REWRITE = 'can I carry vacation days over into next year?';

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

interface ChatBody {
  messages: Array<{ role: string; content: string }>;
}

describe('Slack threads carry their conversation', () => {
  it('a follow-up without a mention is answered with the thread as context', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: ANSWER } }));
    world.ollama!.replyFor = (messages) => (messages[0]?.content.includes('standalone question') ? { text: REWRITE } : undefined);
    slack = own(await startSlackTandem(world));
    const root = '1760007000.000100';
    const question = mention({ ts: root, text: 'how many vacation days do I get?' });
    // Slack stores what people post; the fake workspace does too, so the thread can be read back.
    slack.fake.state.addMessage(GENERAL, { ts: root, user: ALICE, text: String(question.text) });
    await slack.sendEvent(question);
    expect(finalReplies(slack.fake, GENERAL, root)).toHaveLength(1);

    const followUpTs = '1760007060.000100';
    const followUp = { type: 'message', channel: GENERAL, channel_type: 'channel', user: ALICE, ts: followUpTs, thread_ts: root, text: 'and can I carry them over into next year?' };
    slack.fake.state.addMessage(GENERAL, { ts: followUpTs, user: ALICE, text: followUp.text, thread_ts: root });
    await slack.sendEvent(followUp);

    const replies = finalReplies(slack.fake, GENERAL, root);
    expect(replies).toHaveLength(2);
    const read = slack.fake.callsTo('conversations.replies').at(-1)!;
    expect(read.args).toMatchObject({ channel: GENERAL, ts: root });

    const chats = world.ollama!.requests.filter((request) => request.path === '/api/chat').map((request) => JSON.parse(request.body) as ChatBody);
    const rewrite = chats.find((chat) => chat.messages[0]!.content.includes('standalone question'))!;
    expect(rewrite.messages[1]!.content).toContain('user: how many vacation days do I get?');
    const answer = chats.at(-1)!;
    expect(answer.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(answer.messages[1]!.content).toBe('how many vacation days do I get?');
    // The bot's own answer comes back as the assistant turn, without its route marker or sources.
    expect(answer.messages[2]!.content).toContain('25 days of paid vacation');
    expect(answer.messages[2]!.content).not.toMatch(/🏠|Sources/);
    expect(answer.messages[3]!.content).toContain('handbook/time-off.md — Time Off > Vacation');
    expect(answer.messages[3]!.content).toContain('Question: and can I carry them over into next year?');
  });
});
