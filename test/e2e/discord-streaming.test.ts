/**
 * Answers appear in Discord while they are written, through real discord.js against the fake
 * Discord: the first words are the reply, then the same message is edited — never more than once a
 * second — until the finished answer (sources embed, marker, buttons) takes its place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ADA, BOT, GENERAL, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';

const LONG_ANSWER = Array.from({ length: 4 }, (_, index) => `Point ${index + 1}: vacation days accrue monthly and are requested in the HR portal [1].`).join(' ');

let world: World | undefined;
let discord: DiscordTandem | undefined;
afterEach(async () => {
  await discord?.stop();
  await world?.close();
  discord = undefined;
  world = undefined;
});

describe('progressive answers in Discord', () => {
  it('replies with the first words, edits at most once a second, and ends with the finished answer in the same message', async () => {
    world = await startWorld({ cloud: false, ollamaReply: { text: LONG_ANSWER } });
    world.ollama!.tokenDelayMs = 40;
    discord = await startDiscordTandem(world);
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
    expect(Math.min(...gaps), `gaps between writes: ${gaps.join(', ')} ms`).toBeGreaterThanOrEqual(990);
  });
});
