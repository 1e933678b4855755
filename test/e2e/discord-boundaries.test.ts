/**
 * Discord's privacy boundaries with the real core and real discord.js over the fake Discord:
 * `summarize <link>` reads only the channel it was asked in (or a thread of it), and `/spend`
 * trusts role ids, never role names someone could create in a server of their own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ADA, BOT, FINANCE_ROLE, GENERAL, GRACE, GUILD_ID, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { botPosts, reply, startHarness, testGuild, waitFor, type Harness } from '../discord/harness.ts';
import type { FakeGuild } from '../fakes/discord.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const LOCAL_SUMMARY = 'TL;DR: the launch moves to Friday.';
const HR_CHANNEL = '1300000000000000010';
const HR_THREAD = '1300000000000000011';
const GENERAL_THREAD = '1300000000000000012';
const GENERAL_PRIVATE_THREAD = '1300000000000000013';
/** A thread whose parent channel Discord did not tell us about; the thread itself is called "general". */
const ORPHAN_THREAD = '1300000000000000014';
const OTHER_GUILD = '1200000000000000099';
const MALLORY = '1400000000000000099';
const SELF_MADE_FINANCE = '1500000000000000099';
const SECRET_LINE = 'salary review: mira gets 20% raise, do not share';
const EPHEMERAL = 64;

/** Acme with an HR channel (and a thread in it), a public and a private thread in #general; and Mallory's own server. */
function guilds(): FakeGuild[] {
  const acme = testGuild();
  acme.channels.push(
    { id: HR_CHANNEL, name: 'hr-private' },
    { id: HR_THREAD, name: 'raises', type: 11, parentId: HR_CHANNEL, ownerId: ADA },
    { id: GENERAL_THREAD, name: 'launch notes', type: 11, parentId: GENERAL, ownerId: ADA },
    { id: GENERAL_PRIVATE_THREAD, name: 'quiet', type: 12, parentId: GENERAL, ownerId: ADA },
    { id: ORPHAN_THREAD, name: 'general', type: 11, parentId: '1300000000000000777', ownerId: ADA },
  );
  const mallorys: FakeGuild = {
    id: OTHER_GUILD,
    name: 'Mallory’s server',
    channels: [{ id: '1300000000000000098', name: 'lobby' }],
    members: [{ user: { id: MALLORY, username: 'mallory' }, roles: [SELF_MADE_FINANCE] }],
    roles: [{ id: SELF_MADE_FINANCE, name: 'finance' }],
  };
  return [acme, mallorys];
}

const link = (channelId: string, last?: string) => `https://discord.com/channels/${GUILD_ID}/${channelId}${last ? `/${last}` : ''}`;

let world: World | undefined;
let discord: DiscordTandem | undefined;
const own = closeAfterEach();

async function summarizeIn(channelId: string, argument: string): Promise<string> {
  const before = discord!.botPosts(channelId).length;
  discord!.fake.userMessage({ channelId, authorId: GRACE, content: `<@${BOT.id}> /summarize ${argument}` });
  const posted = await eventually(() => discord!.botPosts(channelId)[before], 'the reply');
  // A refusal is private: on a message it goes to the asker's DMs, and the channel only says so.
  if (!String(posted.content).startsWith('📬')) return String(posted.content);
  const direct = await eventually(() => discord!.botPosts(discord!.fake.dmChannelId(GRACE)).at(-1), 'the private reply');
  return String(direct.content);
}

function readsOf(channelId: string): number {
  return discord!.fake.requests.filter((request) => request.method === 'GET' && request.path.startsWith(`/channels/${channelId}/messages`)).length;
}

function modelSaw(text: string): boolean {
  return (world!.ollama?.requests ?? []).some((request) => request.body.includes(text));
}

describe('Discord /summarize reads only where it was asked', () => {
  it.each([
    ['another channel as the last part of a link to this channel', () => link(GENERAL, HR_CHANNEL), HR_CHANNEL],
    ['a thread of another channel as the last part of a link to this channel', () => link(GENERAL, HR_THREAD), HR_THREAD],
    ['a private thread of this channel asked from the channel itself', () => link(GENERAL, GENERAL_PRIVATE_THREAD), GENERAL_PRIVATE_THREAD],
    ['a link naming another guild and channel', () => `https://discord.com/channels/${OTHER_GUILD}/${HR_CHANNEL}`, HR_CHANNEL],
  ])('refuses %s, and nothing there is read or summarized', async (_label, target, leakedChannel) => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_SUMMARY } }));
    discord = own(await startDiscordTandem(world, guilds()));
    discord.fake.seedMessages(leakedChannel, [{ authorId: ADA, content: SECRET_LINE, at: Date.now() - 60_000 }]);

    const answer = await summarizeIn(GENERAL, target());

    expect(answer).toMatch(/this channel|another channel|run \/summarize there/i);
    expect(answer).not.toContain(LOCAL_SUMMARY);
    expect(readsOf(leakedChannel)).toBe(0);
    expect(modelSaw('mira gets')).toBe(false);
  });

  it('summarizes a public thread of this channel named by its link', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_SUMMARY } }));
    discord = own(await startDiscordTandem(world, guilds()));
    discord.fake.seedMessages(GENERAL_THREAD, [
      { authorId: ADA, content: 'launch moves to friday because QA found two blockers', at: Date.now() - 120_000 },
      { authorId: GRACE, content: 'ok, I will tell the customers tomorrow morning', at: Date.now() - 60_000 },
    ]);

    const answer = await summarizeIn(GENERAL, link(GENERAL, GENERAL_THREAD));

    expect(answer).toContain(LOCAL_SUMMARY);
    expect(readsOf(GENERAL_THREAD)).toBeGreaterThan(0);
    expect(modelSaw('QA found two blockers')).toBe(true);
  });

  it('summarizes a private thread from inside it', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_SUMMARY } }));
    discord = own(await startDiscordTandem(world, guilds()));
    discord.fake.seedMessages(GENERAL_PRIVATE_THREAD, [{ authorId: ADA, content: 'the offsite moves to the lake house in june', at: Date.now() - 60_000 }]);

    const answer = await summarizeIn(GENERAL_PRIVATE_THREAD, '');

    expect(answer).toContain(LOCAL_SUMMARY);
    expect(modelSaw('lake house')).toBe(true);
  });
});

// No discord.guildIds here: the bot answers in every server it is in, Mallory's included.
describe('Discord /spend checks role ids', () => {
  it('allows the configured role id and refuses a role with the same name made in another server', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_SUMMARY }, extraConfig: `report:\n  viewers:\n    roles: ['${FINANCE_ROLE}']` }));
    discord = own(await startDiscordTandem(world, guilds(), []));

    const allowed = discord.fake.slashCommand({ channelId: GENERAL, userId: ADA, name: 'spend' });
    const report = await eventually(() => allowed.original, 'the report');
    expect(String(report.content)).toMatch(/^AI spend — /);

    const impostor = discord.fake.slashCommand({ channelId: '1300000000000000098', userId: MALLORY, name: 'spend' });
    const refusal = await eventually(() => impostor.original, 'the refusal');
    expect(refusal).toMatchObject({ content: expect.stringMatching(/^Spend figures are limited/), flags: EPHEMERAL });
  });

  it('a role *name* in report.viewers.roles never lets a Discord member in', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_SUMMARY }, extraConfig: 'report:\n  viewers:\n    roles: [finance]' }));
    discord = own(await startDiscordTandem(world, guilds(), []));

    const impostor = discord.fake.slashCommand({ channelId: '1300000000000000098', userId: MALLORY, name: 'spend' });
    const refusal = await eventually(() => impostor.original, 'the refusal');
    expect(refusal).toMatchObject({ content: expect.stringMatching(/^Spend figures are limited/), flags: EPHEMERAL });
  });
});

describe('Discord channel policies when the channel name is unknown', () => {
  it('a thread whose parent is unknown is not taken for a channel of its own name: a name-keyed confidential policy keeps it local', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_SUMMARY }, extraConfig: 'channels:\n  legal: { policy: confidential }' }));
    discord = own(await startDiscordTandem(world, guilds()));

    discord.fake.userMessage({ channelId: ORPHAN_THREAD, authorId: ADA, content: `<@${BOT.id}> --cloud how many vacation days do I get?` });
    const posted = await eventually(() => discord!.botPosts(ORPHAN_THREAD)[0], 'the answer');

    expect(JSON.stringify(posted)).toContain('channel policy cannot be checked (channel name unknown)');
    expect(world.cloudChats()).toHaveLength(0);
  });
});

describe('Discord report channels given by name', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  /** Acme and Mallory's server each have a channel called "finance". */
  function twoFinanceChannels(): FakeGuild[] {
    const [acme, mallorys] = guilds();
    acme!.channels.push({ id: '1300000000000000020', name: 'finance' });
    mallorys!.channels.push({ id: '1300000000000000097', name: 'finance' });
    return [acme!, mallorys!];
  }

  it('are looked up only in the configured server, never in another server the bot was invited to', async () => {
    harness = await startHarness({ guildIds: [GUILD_ID] }, twoFinanceChannels());
    await harness.adapter.postToChannel('finance', reply('Monthly spend report'));
    expect(botPosts(harness.fake, '1300000000000000020').map((message) => message.content)).toEqual(['Monthly spend report']);
    expect(botPosts(harness.fake, '1300000000000000097')).toHaveLength(0);
  });

  it('messages and commands from a server that is not configured are not answered at all', async () => {
    harness = await startHarness({ guildIds: [GUILD_ID] }, guilds());
    const impostor = harness.fake.slashCommand({ channelId: '1300000000000000098', userId: MALLORY, name: 'ask', options: { question: 'what are the salary bands?' } });
    harness.fake.userMessage({ channelId: '1300000000000000098', authorId: MALLORY, content: `<@${BOT.id}> what are the salary bands?` });
    harness.fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> and here?` });
    await waitFor(() => harness!.messages.some((message) => message.channelId === GENERAL), 'the configured server’s message');
    expect(harness.messages.map((message) => message.channelId)).toEqual([GENERAL]);
    expect(impostor.callbacks).toHaveLength(0);
  });

  it('DMs are answered only for members of the configured server', async () => {
    harness = await startHarness({ guildIds: [GUILD_ID] }, guilds());
    harness.fake.userMessage({ direct: true, authorId: MALLORY, content: 'what are the salary bands?' });
    await waitFor(() => harness!.fake.requests.some((request) => request.path === `/guilds/${GUILD_ID}/members/${MALLORY}`), 'the membership lookup');
    harness.fake.userMessage({ direct: true, authorId: GRACE, content: 'and for me?' });
    await waitFor(() => harness!.messages.some((message) => message.userId === GRACE), 'the member’s DM');
    expect(harness.messages.map((message) => message.userId)).toEqual([GRACE]);
  });

  it('are refused while no server is configured and the bot is in several', async () => {
    harness = await startHarness({ guildIds: [] }, twoFinanceChannels());
    await expect(harness.adapter.postToChannel('finance', reply('Monthly spend report'))).rejects.toThrow(/use the channel id, or set discord.guildIds/);
    expect(botPosts(harness.fake, '1300000000000000097')).toHaveLength(0);
    expect(botPosts(harness.fake, '1300000000000000020')).toHaveLength(0);
  });
});
