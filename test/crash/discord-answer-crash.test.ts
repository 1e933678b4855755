/**
 * A tandem killed while its answer to a Discord message was already showing: the journal never heard
 * where (Discord gives no placeholder to record), but the reply names the message it answers, so the
 * next start finds it, removes it and answers once — the channel ends with one complete answer, not a
 * half-written one left standing, and the journal records the request as answered.
 */
import { appendFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { requestJournal } from '../../db/schema.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';
import { ADA, BOT, GENERAL, GUILD_ID, testGuild } from '../discord/harness.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { spawnTandem, type TandemProcess } from '../support/tandem-process.ts';

/** About 56 words: at one word per 50 ms, three seconds of writing — long enough to be cut off. */
const LONG_ANSWER = Array.from({ length: 4 }, (_, index) => `Point ${index + 1}: vacation days accrue monthly and are requested in the HR portal [1].`).join(' ');

let world: World | undefined;
let fake: FakeDiscord | undefined;
let tandem: TandemProcess | undefined;
afterEach(async () => {
  await tandem?.kill();
  await fake?.close();
  await world?.close();
  tandem = world = fake = undefined;
});

function journalStatuses(dbPath: string): string[] {
  const database = openDatabase(dbPath);
  try {
    return database.db.select().from(requestJournal).all().map((row) => row.status);
  } finally {
    database.close();
  }
}

describe('crash safety: killed while an answer shows in Discord', () => {
  it('a mention killed mid-answer: the restart replaces the half-written reply with one complete answer', async () => {
    world = await startWorld({ ollamaReply: { text: LONG_ANSWER }, cloud: false, extraConfig: 'requests:\n  leaseSeconds: 1' });
    world.ollama!.tokenDelayMs = 50;
    const discord = (fake = await startFakeDiscord({ botUser: BOT, guilds: [testGuild()] }));
    world.environment.DISCORD_TOKEN = ['crash', 'discord', 'token'].join('-');
    appendFileSync(`${world.cwd}/tandem.config.yaml`, `\ndiscord:\n  restApiUrl: ${discord.restUrl}\n  guildIds: ['${GUILD_ID}']\n`);
    const start = async () => {
      tandem = spawnTandem(['start'], { cwd: world!.cwd, environment: world!.environment });
      await tandem.waitFor('Connected: discord.');
    };
    await start();
    const question = String(discord.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how many vacation days do I get?` }).id);
    const replies = () =>
      discord.messagesIn(GENERAL).filter((posted) => (posted.author as { id: string }).id === BOT.id && (posted.message_reference as { message_id?: string } | undefined)?.message_id === question);
    await eventually(() => replies().length === 1, 'the answer showing', 20_000);
    await tandem!.kill();
    expect(String(replies()[0]!.content).length).toBeLessThan(LONG_ANSWER.length);

    world.ollama!.tokenDelayMs = 5;
    await start();
    await eventually(() => journalStatuses(world!.dbPath)[0] === 'answered', 'the request answered after the restart', 30_000);
    expect(await tandem!.stop()).toBe(0);
    tandem = undefined;
    expect(replies().map((posted) => String(posted.content))).toEqual([expect.stringContaining(LONG_ANSWER)]);
  }, 60_000);
});
