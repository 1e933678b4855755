import { afterEach, describe, expect, it } from 'vitest';
import type { ReplyChannel } from '../../src/core/chat-contract.ts';
import type { FakeSlackMessage, FakeSlackSeed } from '../fakes/slack.ts';
import { ALICE, BOB, BOT_ID, BOT_USER_ID, GENERAL, SEED, startHttpHarness, waitFor, type Harness } from './harness.ts';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const ROOT = '1690000000.000000';
const authors = [ALICE, BOB, 'U0CAROL'];

/** A 300-message thread: the parent, 297 replies by three people and two of the bot's own. */
function bigThread(): FakeSlackMessage[] {
  const messages: FakeSlackMessage[] = [{ ts: ROOT, user: ALICE, text: 'Kick-off: planning the offsite', thread_ts: ROOT }];
  for (let index = 1; index < 300; index += 1) {
    const ts = `${1690000000 + index}.000000`;
    if (index % 100 === 0) messages.push({ ts, user: BOT_USER_ID, bot_id: BOT_ID, text: 'bot progress note', thread_ts: ROOT });
    else messages.push({ ts, user: authors[index % 3], text: `message ${index} about <@${BOB}>`, thread_ts: ROOT });
  }
  return messages;
}

/** Captures the ReplyChannel of the first message the bot receives. */
async function channelFor(h: Harness): Promise<ReplyChannel> {
  let captured: ReplyChannel | undefined;
  h.bot.behaviour = async (_message, channel) => {
    captured = channel;
  };
  await h.sendEvent({ type: 'app_mention', user: ALICE, channel: GENERAL, text: `<@${BOT_USER_ID}> summarize`, ts: `${1690000000 + 400}.000000`, thread_ts: ROOT });
  return waitFor(() => captured, 5_000, 'the reply channel');
}

describe('Slack adapter: reading history', () => {
  it('reads a 300-message thread through paginated conversations.replies, names resolved once per person', async () => {
    const seed: FakeSlackSeed = { ...SEED, threads: [{ channel: GENERAL, ts: ROOT, messages: bigThread() }] };
    const h = (harness = await startHttpHarness({}, seed));
    const channel = await channelFor(h);
    const usersInfoBefore = h.fake.callsTo('users.info').length;

    const history = await channel.readHistory({ scope: 'thread', channelId: GENERAL, threadId: ROOT });

    const pages = h.fake.callsTo('conversations.replies');
    expect(pages.length).toBeGreaterThanOrEqual(3); // the fake serves at most 100 per page
    expect(pages.slice(1).every((call) => typeof call.args.cursor === 'string' && call.args.cursor !== '')).toBe(true);
    expect(history).toHaveLength(298); // 300 minus the bot's two
    expect(history[0]).toMatchObject({ userId: ALICE, userName: 'alice', text: 'Kick-off: planning the offsite', ts: ROOT });
    expect(history.some((message) => message.userId === BOT_USER_ID)).toBe(false);
    expect(history[1]?.text).toBe('message 1 about @Bob Brown');
    expect(history.map((message) => message.ts)).toEqual([...history.map((message) => message.ts)].sort());
    const lookedUp = h.fake.callsTo('users.info').slice(usersInfoBefore).map((call) => call.args.user);
    expect(new Set(lookedUp).size).toBe(lookedUp.length);
    expect(h.fake.callsTo('users.info').filter((call) => call.args.user === BOB)).toHaveLength(1);
    expect(history[5]?.link).toBe(`https://fake-workspace.slack.com/archives/${GENERAL}/p1690000005000000?thread_ts=${ROOT}&cid=${GENERAL}`);
    expect(h.fake.callsTo('chat.getPermalink')).toHaveLength(1);
  });

  it('keeps the newest messages when a limit is given', async () => {
    const seed: FakeSlackSeed = { ...SEED, threads: [{ channel: GENERAL, ts: ROOT, messages: bigThread() }] };
    const h = (harness = await startHttpHarness({}, seed));
    const channel = await channelFor(h);
    const history = await channel.readHistory({ scope: 'thread', channelId: GENERAL, threadId: ROOT, limit: 10 });
    expect(history).toHaveLength(10);
    expect(history.at(-1)?.ts).toBe('1690000299.000000');
  });

  it('reads channel history newer than sinceMs, oldest first, stopping once the limit is met', async () => {
    const history: FakeSlackMessage[] = Array.from({ length: 250 }, (_, index) => ({ ts: `${1690000000 + index}.000000`, user: authors[index % 3], text: `top ${index}` }));
    history.push({ ts: '1690000300.000000', user: ALICE, text: 'joined', subtype: 'channel_join' });
    const h = (harness = await startHttpHarness({}, { ...SEED, history: { [GENERAL]: history } }));
    const channel = await channelFor(h);

    const recent = await channel.readHistory({ scope: 'channel', channelId: GENERAL, sinceMs: (1690000000 + 100) * 1000 });
    expect(recent).toHaveLength(149);
    expect(recent[0]?.text).toBe('top 101');
    expect(h.fake.callsTo('conversations.history').every((call) => call.args.oldest === '1690000100.000000')).toBe(true);

    const before = h.fake.callsTo('conversations.history').length;
    const lastFive = await channel.readHistory({ scope: 'channel', channelId: GENERAL, limit: 5 });
    expect(lastFive.map((message) => message.text)).toEqual(['top 245', 'top 246', 'top 247', 'top 248', 'top 249']);
    expect(h.fake.callsTo('conversations.history').length - before).toBe(1);
  });

  it('lists member names across pages, people only, and caches them', async () => {
    const many = Array.from({ length: 150 }, (_, index) => ({ id: `U1${index}`, name: `p${index}`, realName: `Person ${index}`, displayName: index === 0 ? 'Zero' : '' }));
    const h = (harness = await startHttpHarness({}, { ...SEED, users: [...(SEED.users ?? []), ...many] }));
    const names = await h.adapter.memberNames();
    expect(names).toEqual(expect.arrayContaining(['Alice Anders', 'alice', 'Bob Brown', 'Carol', 'Person 0', 'Zero', 'Person 149']));
    expect(names).not.toContain('tandem');
    expect(names).not.toContain('Gone Person');
    expect(h.fake.callsTo('users.list').length).toBeGreaterThanOrEqual(2);
    const calls = h.fake.callsTo('users.list').length;
    await h.adapter.memberNames();
    expect(h.fake.callsTo('users.list')).toHaveLength(calls);
  });
});
