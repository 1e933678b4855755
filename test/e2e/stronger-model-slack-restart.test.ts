/**
 * "☁️ Ask a stronger model" in Slack after tandem restarted: the new process holds no question in
 * memory, so a press reads it back from Slack (the button names the question's message) and the
 * core re-checks everything on what it read. Real Bolt over signed HTTP, the same fake workspace and
 * the same database across the restart, fake Ollama and a fake cloud.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { strongerModelRequests } from '../../db/schema.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { buttonClick, slashCommand } from '../fakes/slack-requests.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ALICE, BOB, finalReplies, GENERAL, mention, SLACK_SEED, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const EMAIL = 'dana.whitfield@example.org';
const QUESTION = `how many vacation days do I get? reply to ${EMAIL}`;

let world: World | undefined;
let fake: FakeSlack | undefined;
let slack: SlackTandem | undefined;
afterEach(async () => {
  await slack?.stop();
  await fake?.close();
  await world?.close();
  slack = fake = world = undefined;
});

type Element = { action_id?: string; value?: string };
type Answer = ReturnType<typeof finalReplies>[number];
const strongerButton = (answer: Answer): Element | undefined =>
  (answer.blocks as Array<{ type: string; elements?: Element[] }>).find((block) => block.type === 'actions')?.elements?.find((element) => element.action_id?.startsWith('stronger_model'));

/**
 * Alice mentions tandem in #general (the message is in Slack, as a person's would be) and gets a local
 * answer. Tests take timestamps from the fake's clock, so a question sorts before its answer as in Slack.
 */
async function askLocally(ts: string): Promise<Answer> {
  fake!.state.addMessage(GENERAL, { ts, user: ALICE, text: `<@UBOT> ${QUESTION}` });
  await slack!.sendEvent(mention({ ts, text: QUESTION }));
  const [answer] = finalReplies(fake!, GENERAL, ts);
  return answer!;
}

/** A new tandem process on the same database and the same workspace: nothing in memory survives. */
async function restart(extraConfig = ''): Promise<void> {
  await slack!.stop();
  if (extraConfig) appendFileSync(join(world!.cwd, 'tandem.config.yaml'), `\n${extraConfig}\n`);
  slack = await startSlackTandem(world!, { fake: fake! });
}

async function press(answer: Answer, threadTs: string): Promise<void> {
  const button = strongerButton(answer)!;
  await slack!.sendInteraction(buttonClick({ userId: BOB, channelId: GENERAL, messageTs: answer.ts, threadTs, responseUrl: fake!.responseUrl(), actionId: button.action_id!, value: button.value! }));
}

async function privateNote(): Promise<string> {
  const [note] = await fake!.waitForCalls('chat.postEphemeral');
  expect(note!.args).toMatchObject({ channel: GENERAL, user: BOB });
  return String(note!.args.text);
}

const cloudAnswerIn = (threadTs: string) =>
  eventually(() => {
    const posted = finalReplies(fake!, GENERAL, threadTs);
    return posted.length >= 2 && JSON.stringify(posted.at(-1)!.blocks).includes('☁️ escalated') && posted;
  }, 'the cloud answer in the thread');

describe('Ask a stronger model in Slack, after a restart', () => {
  it('re-answers in the cloud from the question read back from Slack, pseudonymised, once', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const ts = fake.state.nextTs();
    const answer = await askLocally(ts);
    const button = strongerButton(answer);
    // Ids only: the question's text never travels in the button.
    expect(JSON.parse(button!.value!)).toEqual({ call: expect.any(Number), question: ts });

    await restart();
    await press(answer, ts);
    const replies = await cloudAnswerIn(ts);
    expect(JSON.stringify(replies.at(-1)!.blocks)).toContain('☁️ escalated: asked for a stronger model');
    const cloud = world.cloudChats();
    expect(cloud).toHaveLength(1);
    const sent = JSON.stringify(cloud[0]!.body);
    expect(sent).toContain('vacation days');
    expect(sent).not.toContain(EMAIL);
    expect(fake.callsTo('conversations.replies').some((call) => call.args.ts === ts && call.args.latest === ts)).toBe(true);
    const rows = slack.tandem.database.db.select().from(strongerModelRequests).all();
    expect(rows).toEqual([expect.objectContaining({ userId: BOB, status: 'answered', requestKind: expect.any(String), localTier: 'small' })]);

    // Pressed again after another restart: the recorded press answers, Slack is not read again.
    await restart();
    const reads = fake.callsTo('conversations.replies').length;
    await press(answer, ts);
    expect(await privateNote()).toContain('already been asked');
    expect(fake.callsTo('conversations.replies')).toHaveLength(reads);
    expect(world.cloudChats()).toHaveLength(1);
  });

  it("reads a /ask question back from its 'asked' message", async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    await slack.sendCommand(slashCommand({ command: '/ask', text: QUESTION, userId: ALICE, channelId: GENERAL, responseUrl: fake.responseUrl('ask') }));
    const asked = await eventually(() => fake!.state.history.get(GENERAL)?.find((message) => message.text.includes('asked:')), 'the asked message');
    const answer = await eventually(() => finalReplies(fake!, GENERAL, asked.ts).find((reply) => strongerButton(reply) !== undefined), 'the finished local answer');
    expect(JSON.parse(strongerButton(answer)!.value!)).toMatchObject({ question: asked.ts });

    await restart();
    await press(answer, asked.ts);
    await cloudAnswerIn(asked.ts);
    const sent = JSON.stringify(world.cloudChats()[0]!.body);
    expect(sent).toContain('vacation days');
    expect(sent).not.toContain(EMAIL);
  });

  it('a follow-up in a thread is read back from the thread, with the conversation that came before it', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const root = fake.state.nextTs();
    await askLocally(root);
    const followUpTs = fake.state.nextTs();
    const followUp = `and can I carry them over into next year? ask ${EMAIL}`;
    fake.state.addMessage(GENERAL, { ts: followUpTs, user: ALICE, text: followUp, thread_ts: root });
    await slack.sendEvent({ type: 'message', channel: GENERAL, channel_type: 'channel', user: ALICE, ts: followUpTs, thread_ts: root, text: followUp });
    const answer = finalReplies(fake, GENERAL, root).at(-1)!;
    expect(JSON.parse(strongerButton(answer)!.value!)).toMatchObject({ question: followUpTs });

    await restart();
    await press(answer, root);
    await cloudAnswerIn(root);
    const body = JSON.parse(world.cloudChats()[0]!.body) as { messages: Array<{ role: string; content: string }> };
    // The thread as it stood when the follow-up was asked: the first question and its answer, then the follow-up.
    expect(body.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(body.messages.at(-1)!.content).toContain('carry them over into next year');
    expect(JSON.stringify(body)).not.toContain(EMAIL);
  });

  it('👎 after a restart still offers the button privately, and pressing it re-answers in the cloud', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const ts = fake.state.nextTs();
    const answer = await askLocally(ts);
    await restart();
    const feedback = (answer.blocks.find((block) => block.type === 'context_actions') as unknown as { elements: Array<{ action_id: string; negative_button: { value: string } }> }).elements[0]!;
    await slack.sendInteraction(buttonClick({ userId: BOB, channelId: GENERAL, messageTs: answer.ts, threadTs: ts, responseUrl: fake.responseUrl(), actionId: feedback.action_id, value: feedback.negative_button.value, blocks: answer.blocks }));
    const [offer] = await fake.waitForCalls('chat.postEphemeral');
    const offered = ((offer!.args.blocks as Array<{ type: string; elements?: Element[] }>).find((block) => block.type === 'actions')?.elements ?? [])[0];
    expect(offered?.action_id).toBe('stronger_model:after_thumbs_down');
    expect(JSON.parse(offered!.value!)).toMatchObject({ question: ts });

    const payload = buttonClick({ userId: BOB, channelId: GENERAL, messageTs: 'ephemeral', responseUrl: fake.responseUrl(), actionId: offered!.action_id!, value: offered!.value! });
    delete payload.message;
    await slack.sendInteraction(payload);
    await cloudAnswerIn(ts);
    expect(slack.tandem.database.db.select().from(strongerModelRequests).all()).toEqual([expect.objectContaining({ source: 'after_thumbs_down', status: 'answered' })]);
  });

  it('a deleted question gets a one-line note and no cloud call', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const ts = fake.state.nextTs();
    const answer = await askLocally(ts);
    await restart();
    fake.state.deleteByPerson(GENERAL, ts);
    await press(answer, ts);
    const note = await privateNote();
    expect(note).toMatch(/deleted.*stays local/);
    expect(note.split('\n')).toHaveLength(1);
    expect(world.cloudChats()).toHaveLength(0);
    expect(slack.tandem.database.db.select().from(strongerModelRequests).all()).toEqual([]);
  });

  it('a long /ask is read back whole from its asked message\'s metadata; one posted without it and cut short stays local', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const tail = 'and the ones on parental leave since march';
    const long = `${QUESTION} ${'and what about the rest of the year and the part-time people '.repeat(4)}${tail}`;
    const askedMessages = () => fake!.state.history.get(GENERAL)?.filter((message) => message.text.includes('asked:')) ?? [];
    const askLong = async (id: string) => {
      const before = askedMessages().length;
      await slack!.sendCommand(slashCommand({ command: '/ask', text: long, userId: ALICE, channelId: GENERAL, responseUrl: fake!.responseUrl(id) }));
      const asked = await eventually(() => askedMessages()[before], 'the asked message');
      const answer = await eventually(() => finalReplies(fake!, GENERAL, asked.ts).find((reply) => strongerButton(reply) !== undefined), 'the long answer');
      return { asked, answer };
    };
    const whole = await askLong('whole');
    expect(whole.asked.text.endsWith('…')).toBe(true);
    const cut = await askLong('cut');
    // As an "asked" message posted before it carried the question as metadata.
    delete cut.asked.metadata;

    await restart();
    await press(whole.answer, whole.asked.ts);
    await cloudAnswerIn(whole.asked.ts);
    expect(world.cloudChats()[0]!.body).toContain(tail);
    await press(cut.answer, cut.asked.ts);
    expect(await privateNote()).toMatch(/Only the start of this long question.*stays local/);
    expect(world.cloudChats()).toHaveLength(1);
  });

  it('a question Slack will not let tandem read gets a note and no cloud call', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const ts = fake.state.nextTs();
    const answer = await askLocally(ts);
    await restart();
    fake.failNext('conversations.replies', 'not_in_channel');
    await press(answer, ts);
    expect(await privateNote()).toMatch(/couldn't read the question back.*stays local/);
    expect(world.cloudChats()).toHaveLength(0);
  });

  it('an edited question gets a note and no cloud call', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const ts = fake.state.nextTs();
    const answer = await askLocally(ts);
    await restart();
    fake.state.editByPerson(GENERAL, ts, '<@UBOT> what is the salary of every person in finance?');
    await press(answer, ts);
    expect(await privateNote()).toMatch(/edited.*stays local/);
    expect(world.cloudChats()).toHaveLength(0);
  });

  it('a channel that became confidential while tandem was down never escalates', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    fake = await startFakeSlack(SLACK_SEED);
    slack = await startSlackTandem(world, { fake });
    const ts = fake.state.nextTs();
    const answer = await askLocally(ts);
    await restart('channels:\n  general: { policy: confidential }');
    await press(answer, ts);
    expect(await privateNote()).toContain("I can't ask a stronger model for this");
    expect(world.cloudChats()).toHaveLength(0);
    expect(slack.tandem.database.db.select().from(strongerModelRequests).all()).toEqual([]);
  });
});
