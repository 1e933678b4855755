/**
 * "☁️ Ask a stronger model" in Discord, end to end: the real discord.js adapter on a fake Discord,
 * the real core, fake Ollama and a fake cloud. A press is acknowledged with a deferred update and
 * answered once, in the same channel, escalated and pseudonymised; 👎 offers the same button.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { modelCalls, strongerModelRequests } from '../../db/schema.ts';
import { eventually, startWorld, withoutEmbeddings, type World } from '../support/e2e-world.ts';
import { ADA, BOT, GENERAL, GRACE, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const EMAIL = 'dana.whitfield@example.org';
const EPHEMERAL = 64;

let world: World | undefined;
let discord: DiscordTandem | undefined;
afterEach(async () => {
  await discord?.stop();
  await world?.close();
  discord = undefined;
  world = undefined;
});

type Row = { components: Array<{ custom_id: string }> };

async function localAnswer() {
  discord!.fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how many vacation days do I get? reply to ${EMAIL}` });
  const [posted] = await eventually(() => discord!.botPosts(GENERAL).length === 1 && discord!.botPosts(GENERAL), 'the local answer');
  const [row] = withoutEmbeddings(discord!.tandem.database.db.select().from(modelCalls).all());
  return { posted: posted!, callId: row!.id, buttons: (posted!.components as Row[])[0]!.components.map((button) => button.custom_id) };
}

describe('Ask a stronger model, in Discord', () => {
  it('a press is deferred at once and answered once in the channel, escalated and pseudonymised, and recorded', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    discord = await startDiscordTandem(world);
    const { posted, callId, buttons } = await localAnswer();
    const customId = `stronger_model:answer_button:${callId}`;
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
    const { posted, callId } = await localAnswer();
    const click = discord.fake.clickButton({ channelId: GENERAL, userId: GRACE, customId: `feedback_down:${callId}`, messageId: String(posted.id) });
    const original = await eventually(() => click.original, 'the thanks');
    expect(original.flags).toBe(EPHEMERAL);
    expect((original.components as Row[])[0]!.components.map((button) => button.custom_id)).toEqual([`stronger_model:after_thumbs_down:${callId}`]);
  });
});
