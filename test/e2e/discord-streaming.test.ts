/**
 * Answers appear in Discord while they are written, through real discord.js against the fake
 * Discord: the first words are the reply, then the same message is edited — never more than once a
 * second — until the finished answer (sources embed, marker, buttons) takes its place. A slash
 * command's answer is written the same way into its deferred response, through the interaction webhook.
 */
import { describe, expect, it } from 'vitest';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ADA, BOT, GENERAL, GRACE, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

/**
 * Edits are sent at most once a second but timed where the fake receives them: on a loaded machine
 * one can arrive a few hundred ms late, shortening the gap after it. Each gap must clear the first
 * floor and their average the second (unthrottled, the 40–50 ms tokens would make them ~50 ms apart;
 * throttled to every half second, the average would be ~500 ms).
 */
const ARRIVAL_GAP_FLOOR_MS = 500;
const AVERAGE_GAP_FLOOR_MS = 800;
const averageGap = (gaps: readonly number[]) => gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;

const LONG_ANSWER = Array.from({ length: 4 }, (_, index) => `Point ${index + 1}: vacation days accrue monthly and are requested in the HR portal [1].`).join(' ');

let world: World | undefined;
let discord: DiscordTandem | undefined;
const own = closeAfterEach();

describe('progressive answers in Discord', () => {
  it('replies with the first words, edits at most once a second, and ends with the finished answer in the same message', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 40;
    discord = own(await startDiscordTandem(world));
    discord.fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how many vacation days do I get?` });
    const finished = await eventually(() => {
      const [posted] = discord!.botPosts(GENERAL);
      return posted !== undefined && Array.isArray(posted.embeds) && posted.embeds.length > 0 && posted;
    }, 'the finished answer');

    expect(discord.botPosts(GENERAL)).toHaveLength(1);
    expect(finished.content).toBe(LONG_ANSWER);
    const writes = discord.fake.requests.filter((request) => request.path.startsWith(`/channels/${GENERAL}/messages`) && (request.method === 'POST' || request.method === 'PATCH'));
    expect(writes[0]!.method).toBe('POST');
    // The first post was a partial answer: the model had not finished writing.
    expect(String((writes[0]!.body as { content?: string }).content).length).toBeLessThan(LONG_ANSWER.length);
    const edits = writes.filter((request) => request.method === 'PATCH');
    expect(edits.length).toBeGreaterThanOrEqual(2);
    const times = writes.map((request) => request.at);
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    expect(Math.min(...gaps), `gaps between writes: ${gaps.join(', ')} ms`).toBeGreaterThanOrEqual(ARRIVAL_GAP_FLOOR_MS);
    expect(averageGap(gaps), `gaps between writes: ${gaps.join(', ')} ms`).toBeGreaterThanOrEqual(AVERAGE_GAP_FLOOR_MS);
  });

  it('/ask writes the answer into its deferred response as it comes: first words within a second, edits at most once a second, one finished reply', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 50;
    discord = own(await startDiscordTandem(world));
    const sentAt = Date.now();
    const interaction = discord.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'ask', options: { question: 'how many vacation days do I get?' } });
    const firstWords = await eventually(() => interaction.originalEditLog.find((edit) => edit.content?.startsWith('Point')), 'the first words in the response');
    expect(firstWords.at - sentAt, `first visible words after ${firstWords.at - sentAt} ms`).toBeLessThan(1_000);
    const finished = await eventually(() => {
      const original = interaction.original;
      return original !== undefined && Array.isArray(original.embeds) && original.embeds.length > 0 && original;
    }, 'the finished answer');

    expect(finished).toMatchObject({ content: LONG_ANSWER, flags: 0 });
    const partial = interaction.originalEditLog.filter((edit) => edit.content !== undefined && edit.content.length < LONG_ANSWER.length && edit.content.startsWith('Point'));
    expect(partial.length).toBeGreaterThanOrEqual(1);
    // Answer edits (the partial ones and the finished one) keep Discord's pace: at most one a second.
    const answerEdits = interaction.originalEditLog.filter((edit) => edit.content?.startsWith('Point'));
    const gaps = answerEdits.slice(1).map((edit, index) => edit.at - answerEdits[index]!.at);
    expect(Math.min(...gaps), `gaps between edits: ${gaps.join(', ')} ms`).toBeGreaterThanOrEqual(ARRIVAL_GAP_FLOOR_MS);
    expect(averageGap(gaps), `gaps between edits: ${gaps.join(', ')} ms`).toBeGreaterThanOrEqual(AVERAGE_GAP_FLOOR_MS);
    // One message: no follow-ups, nothing else posted in the channel.
    expect(interaction.followups).toHaveLength(0);
    expect(discord.botPosts(GENERAL)).toHaveLength(1);
  });

  it('an escalated /ask response leads with its marker from the first words, once', async () => {
    world = own(await startWorld({ ollamaReply: { text: 'unused' } }));
    world.openai.reply = { ...world.openai.reply, text: 'Expenses are filed in the finance portal within 30 days [1].', pieces: ['Expenses are filed ', 'in the finance portal ', 'within 30 days [1].'] };
    discord = own(await startDiscordTandem(world));
    const interaction = discord.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'ask', options: { question: 'how do I file expenses? --cloud' } });
    const finished = await eventually(() => {
      const original = interaction.original;
      return original !== undefined && String(original.content).includes('$0.02') && original;
    }, 'the finished escalated answer');

    // Every edit after the progress note, from the first one on, leads with the marker.
    const shown = interaction.originalEditLog.map((edit) => edit.content ?? '').filter((content) => !content.startsWith('⏳'));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const content of shown) expect(content).toMatch(/^☁️ escalated: requested with --cloud · nothing to redact · openai\/gpt-5\.4/);
    expect(String(finished.content)).toContain('Expenses are filed in the finance portal within 30 days [1].');
    expect(String(finished.content).match(/☁️ escalated/g)).toHaveLength(1);
  });

  it('/ask whose finished edit Discord refuses: the answer still reaches the asker, and the half-written one does not stay', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    world.ollama!.tokenDelayMs = 20;
    discord = own(await startDiscordTandem(world));
    // The edit carrying the finished answer (its sources embed) is refused once.
    discord.fake.failNext({ method: 'PATCH', path: /\/messages\/@original$/, status: 404, code: 10015, message: 'Unknown Webhook', bodyIncludes: '"embeds":[{' });
    const interaction = discord.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'ask', options: { question: 'how many vacation days do I get?' } });
    const [answer] = await eventually(() => interaction.followups.length > 0 && interaction.followups, 'the answer delivered another way');

    // The response was never filled by the refused edit, so it is settled and removed, not left half-written.
    expect(answer).toMatchObject({ content: LONG_ANSWER, flags: 64 });
    await eventually(() => interaction.originalDeleted, 'the half-written response removed');
    expect(interaction.followups).toHaveLength(1);
  });

  it('/ask answered after 14 minutes: posted in the channel (the token is about to expire), the deferral pointing to it', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } }));
    discord = own(await startDiscordTandem(world));
    const interaction = discord.fake.slashCommand({ channelId: GENERAL, userId: GRACE, name: 'ask', options: { question: 'how many vacation days do I get?' }, createdAt: Date.now() - 14.5 * 60 * 1000 });
    const posted = await eventually(() => discord!.botPosts(GENERAL).find((message) => message.content === LONG_ANSWER && message.webhook_id === undefined), 'the answer in the channel');

    expect(Array.isArray(posted.embeds) && posted.embeds.length > 0).toBe(true);
    await eventually(() => interaction.original?.content === '📣 Answer posted below.', 'the deferral pointing to the answer');
    expect(interaction.originalEditLog.filter((edit) => edit.content?.startsWith('Point'))).toHaveLength(0);
    expect(interaction.followups).toHaveLength(0);
  });
});
