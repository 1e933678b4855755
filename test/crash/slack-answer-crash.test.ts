/**
 * A tandem killed while an answer was on its way into Slack. A stream's location reaches the journal
 * as soon as Slack gives it a ts, and every message posted for a request carries its delivery key, so
 * the next start finishes the request in whatever message already shows it — the thread ends with one
 * complete answer, not a half-written one beside a new one — and posts it only if nothing arrived.
 * For a mention, and for /ask, whose answer streams in the thread of its "asked" message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { eventCallback, sendSignedEvent, sendSignedForm, slashCommand } from '../fakes/slack-requests.ts';
import { freePort } from '../support/cli-process.ts';
import { LONG_ANSWER, journalStatuses as readJournalStatuses } from '../support/crash-run.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ALICE, BOT_TOKEN, BOT_USER_ID, GENERAL, SIGNING_SECRET, SLACK_SEED, mention } from '../support/slack-tandem.ts';
import { spawnTandem, type TandemProcess } from '../support/tandem-process.ts';

/** The restarted tandem's model: fast, yet still writing word by word (about 0.3 s for the answer). */
const RESUMED_TOKEN_DELAY_MS = 5;

let world: World | undefined;
let fake: FakeSlack | undefined;
let tandem: TandemProcess | undefined;
afterEach(async () => {
  await tandem?.kill();
  await fake?.close();
  await world?.close();
  tandem = world = fake = undefined;
});

async function startScene() {
  const port = await freePort();
  world = await startWorld({ ollamaReply: { text: LONG_ANSWER }, cloud: false, extraConfig: `slack:\n  port: ${port}\nrequests:\n  leaseSeconds: 1` });
  world.ollama!.tokenDelayMs = 50;
  fake = await startFakeSlack(SLACK_SEED);
  const environment = { ...world.environment, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl };
  const start = async () => {
    tandem = spawnTandem(['start'], { cwd: world!.cwd, environment });
    await tandem.waitFor('Connected: slack.');
  };
  await start();
  /**
   * Starts tandem again after the kill. Only the first run's answer has to be slow enough to be cut
   * off; the resumed one is still streamed in pieces, but need not take three seconds to land.
   */
  const restart = async () => {
    world!.ollama!.tokenDelayMs = RESUMED_TOKEN_DELAY_MS;
    await start();
  };
  return { url: `http://127.0.0.1:${port}/slack/events`, fake, restart };
}

/** Kills tandem once the answer has started streaming (text appended after the stream's first words). */
async function killMidStream(scene: { fake: FakeSlack }): Promise<void> {
  await eventually(() => scene.fake.callsTo('chat.appendStream').length > 0, 'the answer streaming', 20_000);
  await tandem!.kill();
}

/** The bot's messages in a thread, the thread's own parent left out. */
function botReplies(scene: { fake: FakeSlack }, threadTs: string) {
  return (scene.fake.state.threads.get(`${GENERAL}:${threadTs}`) ?? []).filter((message) => message.user === BOT_USER_ID && message.ts !== threadTs);
}

const journalStatuses = () => readJournalStatuses(world!.dbPath);

/** Restarts tandem and expects the thread to end with the one complete answer, the request answered. */
async function expectFinishedOnceAfterRestart(scene: { fake: FakeSlack; restart: () => Promise<void> }, threadTs: string): Promise<void> {
  await scene.restart();
  await eventually(() => botReplies(scene, threadTs).some((message) => message.text === LONG_ANSWER), 'the finished answer after the restart', 30_000);
  expect(await tandem!.stop()).toBe(0);
  tandem = undefined;
  expect(botReplies(scene, threadTs).map((message) => message.text)).toEqual([LONG_ANSWER]);
  expect(journalStatuses()).toEqual(['answered']);
}

describe('crash safety: killed while an answer streams into Slack', () => {
  it('a mention: the restarted tandem finishes it as one complete message in the thread', async () => {
    const scene = await startScene();
    const ts = '1760009000.000100';
    await sendSignedEvent(scene.url, eventCallback(mention({ ts, text: 'how many vacation days do I get?' }), { eventId: 'EvSTREAMCRASH' }), { signingSecret: SIGNING_SECRET });
    await killMidStream(scene);
    const partial = botReplies(scene, ts);
    expect(partial).toHaveLength(1);
    expect(partial[0]!.text.length).toBeLessThan(LONG_ANSWER.length);

    await expectFinishedOnceAfterRestart(scene, ts);
  }, 60_000);

  it('a mention killed after Slack started its stream but before tandem heard the stream\'s ts: the restart finishes that message', async () => {
    const scene = await startScene();
    // From the fake's clock, so the question sorts before the bot's reply as it does in Slack.
    const ts = scene.fake.state.nextTs();
    // Slack creates the streamed message, but its reply (with the ts) never reaches tandem.
    scene.fake.leaveUnansweredNext('chat.startStream');
    await sendSignedEvent(scene.url, eventCallback(mention({ ts, text: 'how many vacation days do I get?' }), { eventId: 'EvSTREAMWINDOW' }), { signingSecret: SIGNING_SECRET });
    await eventually(() => botReplies(scene, ts).length === 1, 'the stream started in the thread', 20_000);
    await tandem!.kill();

    await expectFinishedOnceAfterRestart(scene, ts);
  }, 60_000);

  it('/ask: the restarted tandem finishes it in the thread of its "asked" message, once', async () => {
    const scene = await startScene();
    await sendSignedForm(scene.url, slashCommand({ command: '/ask', text: 'how many vacation days do I get?', userId: ALICE, channelId: GENERAL, responseUrl: scene.fake.responseUrl('crash') }), { signingSecret: SIGNING_SECRET });
    await killMidStream(scene);
    const asked = (scene.fake.state.history.get(GENERAL) ?? []).filter((message) => message.user === BOT_USER_ID);
    expect(asked.map((message) => message.text)).toEqual([`<@${ALICE}> asked: how many vacation days do I get?`]);
    const rootTs = asked[0]!.ts;

    await scene.restart();
    await eventually(() => botReplies(scene, rootTs).some((message) => message.text === LONG_ANSWER), 'the finished answer after the restart', 30_000);
    expect(await tandem!.stop()).toBe(0);
    tandem = undefined;
    expect(botReplies(scene, rootTs).map((message) => message.text)).toEqual([LONG_ANSWER]);
    // Still one "asked" message at the top: the resumed request did not ask again.
    expect((scene.fake.state.history.get(GENERAL) ?? []).filter((message) => message.user === BOT_USER_ID)).toHaveLength(1);
    expect(journalStatuses()).toEqual(['answered']);
  }, 60_000);

  it('/ask killed once its "asked" message is up but before the answer streams: the restart answers in that thread', async () => {
    const scene = await startScene();
    // Slack holds the stream back (rate limited), so tandem dies with only the "asked" message posted.
    scene.fake.rateLimitNext('chat.startStream', 30);
    await sendSignedForm(scene.url, slashCommand({ command: '/ask', text: 'how many vacation days do I get?', userId: ALICE, channelId: GENERAL, responseUrl: scene.fake.responseUrl('held') }), { signingSecret: SIGNING_SECRET });
    await eventually(() => scene.fake.callsTo('chat.startStream').length > 0, 'the stream asked for', 20_000);
    await tandem!.kill();
    const rootTs = askedMessages(scene)[0]!.ts;
    expect(botReplies(scene, rootTs)).toHaveLength(0);

    await scene.restart();
    await eventually(() => botReplies(scene, rootTs).some((message) => message.text === LONG_ANSWER), 'the answer in the asked thread after the restart', 30_000);
    expect(await tandem!.stop()).toBe(0);
    tandem = undefined;
    expect(botReplies(scene, rootTs).map((message) => message.text)).toEqual([LONG_ANSWER]);
    expect(askedMessages(scene)).toHaveLength(1);
    expect(journalStatuses()).toEqual(['answered']);
  }, 60_000);

  it('/ask killed before anything was posted: the restart asks it as /ask does, and answers in that thread', async () => {
    const scene = await startScene();
    // The model has not written a word yet when tandem dies.
    world!.ollama!.tokenDelayMs = 10_000;
    await sendSignedForm(scene.url, slashCommand({ command: '/ask', text: 'how many vacation days do I get?', userId: ALICE, channelId: GENERAL, responseUrl: scene.fake.responseUrl('early') }), { signingSecret: SIGNING_SECRET });
    await eventually(() => world!.ollama!.requests.some((request) => request.path === '/api/chat'), 'the model asked', 20_000);
    await tandem!.kill();
    expect(askedMessages(scene)).toHaveLength(0);

    await scene.restart();
    const [asked] = await eventually(() => askedMessages(scene).length > 0 && askedMessages(scene), 'the asked message after the restart', 30_000);
    expect(asked!.text).toBe(`<@${ALICE}> asked: how many vacation days do I get?`);
    await eventually(() => botReplies(scene, asked!.ts).some((message) => message.text === LONG_ANSWER), 'the answer in its thread', 30_000);
    expect(await tandem!.stop()).toBe(0);
    tandem = undefined;
    // Nothing top-level but the "asked" message: no placeholder, no unannounced answer.
    expect(askedMessages(scene)).toHaveLength(1);
    expect(journalStatuses()).toEqual(['answered']);
  }, 60_000);
});

describe('crash safety: killed while an answer is posted into Slack as a new message', () => {
  // A greeting is answered without the model: one chat.postMessage in the mention's thread.
  const GREETING_REPLY = /^Hi! Ask me anything about the company handbook/;

  async function killWhilePosting(scene: { url: string; fake: FakeSlack }, ts: string): Promise<void> {
    // Slack takes the message, but its reply never reaches tandem: the journal cannot know where it is.
    scene.fake.leaveUnansweredNext('chat.postMessage');
    await sendSignedEvent(scene.url, eventCallback(mention({ ts, text: 'hi' }), { eventId: `EvPOST${ts}` }), { signingSecret: SIGNING_SECRET });
    await eventually(() => scene.fake.callsTo('chat.postMessage').length > 0, 'the reply posted', 20_000);
    await tandem!.kill();
  }

  async function expectOneReplyAfterRestart(scene: { fake: FakeSlack; restart: () => Promise<void> }, ts: string): Promise<void> {
    await scene.restart();
    await eventually(() => journalStatuses()[0] === 'answered', 'the request answered after the restart', 30_000);
    expect(await tandem!.stop()).toBe(0);
    tandem = undefined;
    const replies = botReplies(scene, ts);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(GREETING_REPLY);
  }

  it('the post reached Slack: the restart finds it by its delivery key and posts nothing more', async () => {
    const scene = await startScene();
    const ts = scene.fake.state.nextTs();
    await killWhilePosting(scene, ts);
    expect(botReplies(scene, ts)).toHaveLength(1);

    await expectOneReplyAfterRestart(scene, ts);
  }, 60_000);

  it('the post never reached Slack: the restart posts the reply rather than losing it', async () => {
    const scene = await startScene();
    const ts = scene.fake.state.nextTs();
    await killWhilePosting(scene, ts);
    // As if the connection died before Slack stored the message.
    for (const message of botReplies(scene, ts)) scene.fake.state.removeMessage(GENERAL, message.ts);

    await expectOneReplyAfterRestart(scene, ts);
  }, 60_000);

  it('a mention whose answer had not started: the restart streams it, naming the workspace Slack needs for a channel stream', async () => {
    const scene = await startScene();
    world!.ollama!.tokenDelayMs = 10_000;
    const ts = scene.fake.state.nextTs();
    await sendSignedEvent(scene.url, eventCallback(mention({ ts, text: 'how many vacation days do I get?' }), { eventId: 'EvNOTSTARTED' }), { signingSecret: SIGNING_SECRET });
    await eventually(() => world!.ollama!.requests.some((request) => request.path === '/api/chat'), 'the model asked', 20_000);
    await tandem!.kill();
    expect(scene.fake.callsTo('chat.startStream')).toHaveLength(0);

    await expectFinishedOnceAfterRestart(scene, ts);
    // The restart learned the workspace (no event told it) and streamed, rather than falling back.
    const streams = scene.fake.callsTo('chat.startStream');
    expect(streams.length).toBeGreaterThan(0);
    expect(streams.every((call) => call.args.recipient_team_id === scene.fake.state.teamId)).toBe(true);
  }, 60_000);
});

/** The bot's top-level messages in the channel. */
function askedMessages(scene: { fake: FakeSlack }) {
  return (scene.fake.state.history.get(GENERAL) ?? []).filter((message) => message.user === BOT_USER_ID);
}
