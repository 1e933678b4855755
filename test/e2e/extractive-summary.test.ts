/**
 * With no model reachable, a summary still arrives on Slack and Discord: the structured extractive
 * one, citing the platform's own permalinks for the messages it quotes.
 */
import { describe, expect, it } from 'vitest';
import type { FakeSlackMessage } from '../fakes/slack.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ADA, BOT, GENERAL as DISCORD_GENERAL, GRACE, GUILD_ID, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { ALICE, BOB, blockTexts, CAROL, finalReplies, GENERAL, mention, SLACK_SEED, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

let world: World | undefined;
let slack: SlackTandem | undefined;
let discord: DiscordTandem | undefined;
const own = closeAfterEach();

const ROOT = '1760007000.000100';
const LINES: Array<[string, string]> = [
  [ALICE, 'the staging db ran out of connections again during the load test. what do we do before friday?'],
  [BOB, 'we could bump max_connections to 400 and add pgbouncer in front'],
  [CAROL, '+1'],
  [ALICE, 'ok decided: pgbouncer in front of staging, max_connections stays at 200'],
  [BOB, "i'll set up pgbouncer tomorrow morning"],
  [CAROL, 'does prod need the same change before the launch?'],
];

describe('extractive summaries on the platforms', () => {
  it('Slack: @tandem summarize with the model down posts TL;DR, decisions, action items and open questions with Slack permalinks', async () => {
    world = own(await startWorld({ cloud: false, ollama: 'down' }));
    const thread: FakeSlackMessage[] = LINES.map(([user, text], index) => ({ ts: `${1_760_007_000 + index}.000100`, user, text, thread_ts: ROOT }));
    slack = own(await startSlackTandem(world, { seed: { ...SLACK_SEED, threads: [{ channel: GENERAL, ts: ROOT, messages: thread }] } }));
    await slack.sendEvent({ ...mention({ ts: '1760007999.000100', text: 'summarize', user: BOB }), thread_ts: ROOT });
    const [reply] = finalReplies(slack.fake, GENERAL, ROOT);
    const text = blockTexts(reply!.blocks).join('\n');
    for (const heading of ['*TL;DR*', '*Decisions*', '*Action items*', '*Open questions*']) expect(text).toContain(heading);
    expect(text).toContain("Bob Brown — i'll set up pgbouncer tomorrow morning (due: tomorrow morning)");
    const links = [...text.matchAll(/<(https:[^|>]+)\|link>/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThanOrEqual(4);
    const real = new Set(thread.map((message) => `https://fake-workspace.slack.com/archives/${GENERAL}/p${message.ts.replace('.', '')}`));
    expect(links.every((link) => real.has(link.replace(/\?.*$/, '').replace(/&amp;/g, '&')))).toBe(true);
    expect(text).toContain('📚 extractive summary, no model available');
  });

  it('Discord: the same summary cites discord.com message links of the channel', async () => {
    world = own(await startWorld({ cloud: false, ollama: 'down' }));
    discord = own(await startDiscordTandem(world));
    const authors = [ADA, GRACE, ADA, ADA, GRACE, ADA];
    const posted = LINES.map(([, text], index) => discord!.fake.userMessage({ channelId: DISCORD_GENERAL, authorId: authors[index]!, content: text }));
    discord.fake.userMessage({ channelId: DISCORD_GENERAL, authorId: GRACE, content: `<@${BOT.id}> summarize` });
    const replies = await eventually(() => discord!.botPosts(DISCORD_GENERAL).length > 0 && discord!.botPosts(DISCORD_GENERAL), 'the summary');
    const text = replies.map((reply) => String(reply.content)).join('\n');
    for (const heading of ['**TL;DR**', '**Decisions**', '**Action items**', '**Open questions**']) expect(text).toContain(heading);
    // The "@tandem summarize" request is not quoted, nor taken as the answer to the last question.
    expect(text).toContain('- Ada: does prod need the same change before the launch?');
    expect(text).not.toMatch(/summarize \(\[link/);
    const ids = [...text.matchAll(new RegExp(`https://discord\\.com/channels/${GUILD_ID}/${DISCORD_GENERAL}/(\\d+)`, 'g'))].map((match) => match[1]);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const real = new Set(posted.map((message) => String(message.id)));
    expect(ids.every((id) => real.has(id!))).toBe(true);
  });
});
