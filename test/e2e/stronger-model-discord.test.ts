/**
 * "☁️ Ask a stronger model" in Discord, end to end: the real discord.js adapter on a fake Discord,
 * the real core, fake Ollama and a fake cloud. A press is acknowledged with a deferred update and
 * answered once, in the same channel, escalated and pseudonymised; 👎 offers the same button. After
 * a restart (a new tandem on the same database and server) the press reads the question back from
 * Discord, and stays local when it is gone, edited, from a slash command, or now confidential.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { modelCalls, strongerModelRequests } from '../../db/schema.ts';
import { eventually, startWorld, withoutEmbeddings, type World } from '../support/e2e-world.ts';
import { ADA, BOT, GENERAL, GRACE, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';
import { testGuild } from '../discord/harness.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const EMAIL = 'dana.whitfield@example.org';
const EPHEMERAL = 64;

let world: World | undefined;
let discord: DiscordTandem | undefined;
/** Set by tests that restart tandem: the fake Discord outlives each tandem process. */
let server: FakeDiscord | undefined;
afterEach(async () => {
  await discord?.stop();
  await server?.close();
  await world?.close();
  discord = undefined;
  server = undefined;
  world = undefined;
});

type Row = { components: Array<{ custom_id: string }> };

async function localAnswer() {
  const question = discord!.fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how many vacation days do I get? reply to ${EMAIL}` });
  const [posted] = await eventually(() => discord!.botPosts(GENERAL).length === 1 && discord!.botPosts(GENERAL), 'the local answer');
  const [row] = withoutEmbeddings(discord!.tandem.database.db.select().from(modelCalls).all());
  return { posted: posted!, callId: row!.id, questionId: String(question.id), buttons: (posted!.components as Row[])[0]!.components.map((button) => button.custom_id) };
}

async function startWithServer(): Promise<void> {
  world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
  server = await startFakeDiscord({ botUser: BOT, guilds: [testGuild()] });
  discord = await startDiscordTandem(world, undefined, undefined, server);
}

/** A new tandem process on the same database and server: nothing in memory survives. */
async function restart(extraConfig = ''): Promise<void> {
  await discord!.stop();
  if (extraConfig) appendFileSync(join(world!.cwd, 'tandem.config.yaml'), `\n${extraConfig}\n`);
  discord = await startDiscordTandem(world!, undefined, undefined, server);
}

async function privateFollowUp(record: { followups: Array<Record<string, unknown>> }): Promise<string> {
  const [note] = await eventually(() => record.followups.length > 0 && record.followups, 'the private note');
  expect(Number(note!.flags) & EPHEMERAL).toBe(EPHEMERAL);
  return String(note!.content);
}

describe('Ask a stronger model, in Discord', () => {
  it('a press is deferred at once and answered once in the channel, escalated and pseudonymised, and recorded', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    discord = await startDiscordTandem(world);
    const { posted, callId, questionId, buttons } = await localAnswer();
    const customId = `stronger_model:answer_button:${callId}:${GENERAL}:${questionId}`;
    expect(buttons).toContain(customId);

    const first = discord.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId, messageId: String(posted.id) });
    const escalated = await eventually(() => first.followups.find((message) => String(message.content).includes('☁️ escalated')), 'the cloud answer');
    expect(String(escalated.content)).toContain('☁️ escalated: asked for a stronger model');
    expect(Number(escalated.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(first.callbacks[0]).toMatchObject({ type: 6 });
    expect(discord.botPosts(GENERAL).some((message) => message.id === escalated.id)).toBe(true);

    const second = discord.fake.clickButton({ channelId: GENERAL, userId: ADA, customId, messageId: String(posted.id) });
    const [already] = await eventually(() => second.followups.length > 0 && second.followups, 'the second press answer');
    expect(String(already!.content)).toContain('already been asked');
    expect(Number(already!.flags) & EPHEMERAL).toBe(EPHEMERAL);

    const cloud = world.cloudChats();
    expect(cloud).toHaveLength(1);
    expect(JSON.stringify(cloud[0]!.body)).not.toContain(EMAIL);
    const rows = discord.tandem.database.db.select().from(strongerModelRequests).all();
    expect(rows).toEqual([expect.objectContaining({ platform: 'discord', userId: GRACE, source: 'answer_button', status: 'answered', localModelCallId: callId })]);
  });

  it('👎 on a local answer offers the button in the private follow-up', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    discord = await startDiscordTandem(world);
    const { posted, callId, questionId } = await localAnswer();
    const click = discord.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId: `feedback_down:${callId}`, messageId: String(posted.id) });
    const original = await eventually(() => click.original, 'the thanks');
    expect(original.flags).toBe(EPHEMERAL);
    expect((original.components as Row[])[0]!.components.map((button) => button.custom_id)).toEqual([`stronger_model:after_thumbs_down:${callId}:${GENERAL}:${questionId}`]);
  });

  it('after a restart, a press re-answers in the cloud from the question read back from Discord', async () => {
    await startWithServer();
    const { posted, callId, questionId, buttons } = await localAnswer();
    const customId = `stronger_model:answer_button:${callId}:${GENERAL}:${questionId}`;
    expect(buttons).toContain(customId);
    expect(customId.length).toBeLessThanOrEqual(100);
    await restart();
    const press = discord!.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId, messageId: String(posted.id) });
    const escalated = await eventually(() => press.followups.find((message) => String(message.content).includes('☁️ escalated')), 'the cloud answer');
    expect(String(escalated.content)).toContain('☁️ escalated: asked for a stronger model');
    expect(Number(escalated.flags ?? 0) & EPHEMERAL).toBe(0);
    const cloud = world!.cloudChats();
    expect(cloud).toHaveLength(1);
    expect(JSON.stringify(cloud[0]!.body)).toContain('vacation days');
    expect(JSON.stringify(cloud[0]!.body)).not.toContain(EMAIL);
    expect(server!.requests.some((request) => request.method === 'GET' && request.path === `/channels/${GENERAL}/messages/${questionId}`)).toBe(true);
    const rows = discord!.tandem.database.db.select().from(strongerModelRequests).all();
    expect(rows).toEqual([expect.objectContaining({ userId: GRACE, status: 'answered', localModelCallId: callId })]);
  });

  it('after a restart, 👎 still offers the button, naming the question', async () => {
    await startWithServer();
    const { posted, callId, questionId } = await localAnswer();
    await restart();
    const click = discord!.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId: `feedback_down:${callId}`, messageId: String(posted.id) });
    const original = await eventually(() => click.original, 'the thanks');
    expect((original.components as Row[])[0]!.components.map((button) => button.custom_id)).toEqual([`stronger_model:after_thumbs_down:${callId}:${GENERAL}:${questionId}`]);
  });

  it('after a restart, a deleted or edited question gets a note and no cloud call', async () => {
    await startWithServer();
    const first = await localAnswer();
    await restart();
    server!.deleteMessage(GENERAL, first.questionId);
    const deleted = discord!.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId: `stronger_model:answer_button:${first.callId}:${GENERAL}:${first.questionId}`, messageId: String(first.posted.id) });
    expect(await privateFollowUp(deleted)).toMatch(/deleted.*stays local/);

    const question = server!.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how many sick days do I get?` });
    const answer = await eventually(() => discord!.botPosts(GENERAL).find((message) => (message.components as Row[] | undefined)?.[0]?.components.some((button) => button.custom_id.endsWith(`:${String(question.id)}`))), 'the second answer');
    const customId = (answer.components as Row[])[0]!.components.find((button) => button.custom_id.startsWith('stronger_model:'))!.custom_id;
    await restart();
    server!.editMessage(GENERAL, String(question.id), `<@${BOT.id}> list everyone's salary`);
    const edited = discord!.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId, messageId: String(answer.id) });
    expect(await privateFollowUp(edited)).toMatch(/edited.*stays local/);
    expect(world!.cloudChats()).toHaveLength(0);
    expect(discord!.tandem.database.db.select().from(strongerModelRequests).all()).toEqual([]);
  });

  it('after a restart, a channel made confidential never escalates', async () => {
    await startWithServer();
    const { posted, callId, questionId } = await localAnswer();
    await restart('channels:\n  general: { policy: confidential }');
    const press = discord!.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId: `stronger_model:answer_button:${callId}:${GENERAL}:${questionId}`, messageId: String(posted.id) });
    expect(await privateFollowUp(press)).toContain("I can't ask a stronger model for this");
    expect(world!.cloudChats()).toHaveLength(0);
  });

  it('after a restart, a /ask answer says Discord kept no copy of the question, and the answer stays', async () => {
    await startWithServer();
    const asked = server!.slashCommand({ channelId: GENERAL, userId: ADA, name: 'ask', options: { question: `how many vacation days do I get? reply to ${EMAIL}` } });
    const original = await eventually(() => ((asked.original?.components as Row[] | undefined)?.[0]?.components.length ?? 0) > 0 && asked.original, 'the /ask answer');
    const customId = (original.components as Row[])[0]!.components.find((button) => button.custom_id.startsWith('stronger_model:'))!.custom_id;
    expect(customId).toMatch(/^stronger_model:answer_button:\d+:slash$/);
    await restart();
    const press = discord!.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId, messageId: String(original.id) });
    expect(await privateFollowUp(press)).toMatch(/keeps no copy of a slash command's question.*stays local/);
    expect(world!.cloudChats()).toHaveLength(0);
    expect(asked.originalDeleted).toBe(false);
  });
});
