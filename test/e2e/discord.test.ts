/**
 * Discord end to end with the real core: people write on a fake Discord (REST + gateway), the real
 * discord.js adapter hands their messages and slash commands to the real bot core, and the answer
 * comes back from the fake Ollama (or, escalated, from the fake OpenAI) through the whole composition.
 */
import { describe, expect, it } from 'vitest';
import { modelCalls } from '../../db/schema.ts';
import { eventually, startWorld, withoutEmbeddings, type World } from '../support/e2e-world.ts';
import { ADA, BOT, FINANCE_ROLE, GENERAL, GRACE, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const EPHEMERAL = 64;

interface EmbedJson {
  title?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  image?: { url: string };
}

let world: World | undefined;
let discord: DiscordTandem | undefined;
const own = closeAfterEach();

describe('Discord, end to end with the real core', () => {
  it('answers a mention with the sources embed carrying the 🏠 local marker, and an escalated one leading with ☁️', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER } }));
    discord = own(await startDiscordTandem(world));
    const question = discord.fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how many vacation days do I get?` });
    const [posted] = await eventually(() => discord!.botPosts(GENERAL).length === 1 && discord!.botPosts(GENERAL), 'the answer');
    expect(posted!.content).toBe(LOCAL_ANSWER);
    expect(posted!.message_reference).toMatchObject({ message_id: question.id });
    const [sources] = posted!.embeds as EmbedJson[];
    expect(sources).toMatchObject({ title: 'Sources', footer: { text: '🏠 local · llama3.2' } });
    expect(sources!.fields![0]!.name).toBe('[1] Time Off > Vacation');
    const [row] = withoutEmbeddings(discord.tandem.database.db.select().from(modelCalls).all());
    expect(row).toMatchObject({ platform: 'discord', channelId: GENERAL, userId: ADA, location: 'local', status: 'ok' });
    const buttons = (posted!.components as Array<{ components: Array<{ custom_id: string }> }>)[0]!.components;
    expect(buttons.map((button) => button.custom_id)).toEqual([`feedback_up:${row!.id}`, `feedback_down:${row!.id}`, expect.stringMatching(new RegExp(`^stronger_model:answer_button:${row!.id}:${GENERAL}:\\d+$`))]);

    discord.fake.userMessage({ channelId: GENERAL, authorId: GRACE, content: `<@${BOT.id}> --cloud how many vacation days do I get?` });
    // It streams (the marker leads from the first edit); the finished answer carries the cost too.
    const escalated = await eventually(() => {
      const post = discord!.botPosts(GENERAL)[1];
      return post !== undefined && String(post.content).includes('$0.02') && post;
    }, 'the finished escalated answer');
    expect(escalated.content).toMatch(/^☁️ escalated: requested with --cloud · nothing to redact · openai\/gpt-5\.4 · \$0\.02\n\n/);
    expect(world.cloudChats()).toHaveLength(1);
  });

  it('/ask is deferred at once, then the deferred reply is edited with the answer', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER } }));
    discord = own(await startDiscordTandem(world));
    const interaction = discord.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'ask', options: { question: 'how many vacation days do I get?' } });
    // Deferred ("tandem is thinking…"), a progress edit, then the answer (written in as it comes): all one reply.
    const original = await eventually(() => interaction.original?.content === LOCAL_ANSWER && interaction.original, 'the edited reply');
    expect(interaction.callbacks).toEqual([expect.objectContaining({ type: 5, data: { flags: 0 } })]);
    // Every edit accounted for: the progress note, the words shown while written (how many depends
    // on how the model's tokens arrive), each a beginning of the answer, and the finished answer.
    const edits = interaction.originalEditLog.map((edit) => edit.content);
    expect(edits[0]).toBe('⏳ Thinking…');
    expect(edits.at(-1)).toBe(LOCAL_ANSWER);
    const partial = edits.slice(1, -1);
    expect(partial.every((content) => content !== undefined && LOCAL_ANSWER.startsWith(content))).toBe(true);
    expect(interaction.originalEdits).toBe(2 + partial.length);
    expect(original).toMatchObject({ content: LOCAL_ANSWER, flags: 0 });
    expect((original.embeds as EmbedJson[])[0]).toMatchObject({ title: 'Sources', footer: { text: '🏠 local · llama3.2' } });
    expect(interaction.followups).toHaveLength(0);
  });

  it('/spend is refused privately without the finance role; with it, the report and its chart arrive privately', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, extraConfig: `report:\n  viewers:\n    roles: ['${FINANCE_ROLE}']` }));
    discord = own(await startDiscordTandem(world));
    const refused = discord.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'spend' });
    const refusal = await eventually(() => refused.original, 'the refusal');
    expect(refused.callbacks[0]).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(refusal).toMatchObject({ content: 'Spend figures are limited to finance and admins. Ask an admin to add you to `report.viewers`.', flags: EPHEMERAL });

    const allowed = discord.fake.slashCommand({ channelId: GENERAL, userId: ADA, name: 'spend' });
    const report = await eventually(() => allowed.original, 'the report');
    expect(report).toMatchObject({ flags: EPHEMERAL });
    expect(String(report.content)).toMatch(/^AI spend — \w+ \d{4} \(UTC\) — month to date/);
    expect((report.embeds as EmbedJson[]).at(-1)).toMatchObject({ image: { url: expect.stringMatching(/^attachment:\/\/ai-spend-\d{4}-\d{2}\.png$/) } });
    expect(report.attachments).toEqual([expect.objectContaining({ filename: expect.stringMatching(/^ai-spend-\d{4}-\d{2}\.png$/) })]);
    // Nothing about spend was posted publicly in the channel.
    expect(discord.botPosts(GENERAL)).toHaveLength(0);
  });
});
