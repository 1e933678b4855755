/**
 * Crash safety on Discord: `tandem start` as a child process on a fake Discord, killed with SIGKILL
 * at random points while messages arrive, restarted on the same database. Discord has no per-event
 * ack; a gateway event a dead session never handled is delivered again (here, as the fake replays it)
 * — so every message the journal claimed must be answered by whichever tandem comes next, exactly once,
 * as a reply to that message.
 */
import { appendFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/client.ts';
import { requestJournal } from '../../db/schema.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';
import { ADA, BOT, GENERAL, GUILD_ID, testGuild } from '../discord/harness.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { spawnTandem, type TandemProcess } from '../support/tandem-process.ts';

const ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const QUESTIONS = 24;
const IN_FLIGHT = 4;

let world: World | undefined;
let fake: FakeDiscord | undefined;
let tandem: TandemProcess | undefined;
let journal: OpenedDatabase | undefined;
afterEach(async () => {
  journal?.close();
  await tandem?.kill();
  await fake?.close();
  await world?.close();
  tandem = world = fake = journal = undefined;
});

/**
 * The delivery keys the journal holds, read on one connection kept open for the test: four senders
 * poll it every 5 ms, and opening the file each time (integrity check, migrations: about 8 ms) kept
 * the test's own process busy beside the tandem under test.
 */
function claimedKeys(database: OpenedDatabase): Set<string> {
  return new Set(database.db.select({ key: requestJournal.deliveryKey }).from(requestJournal).all().map((row) => row.key));
}

describe('crash safety: Discord', () => {
  it('killed with SIGKILL at random points while messages arrive and restarted, it answers every claimed message exactly once', async () => {
    world = await startWorld({ ollamaReply: { text: ANSWER }, cloud: false, extraConfig: 'requests:\n  leaseSeconds: 1' });
    const discord = (fake = await startFakeDiscord({ botUser: BOT, guilds: [testGuild()] }));
    world.environment.DISCORD_TOKEN = ['crash', 'discord', 'token'].join('-');
    const yaml = `\ndiscord:\n  restApiUrl: ${discord.restUrl}\n  guildIds: ['${GUILD_ID}']\n`;
    appendFileSync(`${world.cwd}/tandem.config.yaml`, yaml);
    const start = async () => {
      tandem = spawnTandem(['start'], { cwd: world!.cwd, environment: world!.environment });
      await tandem.waitFor('Connected: discord.');
      return tandem;
    };
    await start();
    // The first start created the database; later starts open the same file.
    const claims = (journal = openDatabase(world.dbPath));

    const killAfter = [1 + Math.floor(Math.random() * 8), 9 + Math.floor(Math.random() * 8)];
    const questions: string[] = [];
    let next = 0;
    let delivered = 0;
    let restarting: Promise<unknown> | undefined;
    const worker = async () => {
      while (next < QUESTIONS) {
        const index = next++;
        // A message whose event no live session took is delivered again once a session is up.
        for (;;) {
          await eventually(() => discord.gateway.isLive(), 'a live gateway session', 30_000);
          const message = discord.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> how many vacation days do I get? (${index})` });
          const key = `discord:message:${String(message.id)}`;
          const claimed = await eventually(() => claimedKeys(claims).has(key), 'the claim', 1_500).then(() => true, () => false);
          if (claimed) {
            questions.push(String(message.id));
            break;
          }
        }
        delivered += 1;
        if (killAfter.includes(delivered) && restarting === undefined) {
          restarting = (async () => {
            await tandem!.kill();
            await start();
            restarting = undefined;
          })();
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    while (restarting) await restarting;

    const context = `killed after ${killAfter.join(' and ')} claimed messages`;
    const repliesTo = (id: string) =>
      discord.messagesIn(GENERAL).filter((posted) => (posted.author as { id: string }).id === BOT.id && (posted.message_reference as { message_id?: string } | undefined)?.message_id === id);
    await eventually(() => questions.every((id) => repliesTo(id).length > 0), `every claimed message answered (${context})`, 60_000);
    expect(await tandem!.stop(), tandem!.stderr()).toBe(0);
    tandem = undefined;
    // One reply each, and a whole one: a half-written answer left by a kill does not count.
    for (const id of questions) expect(repliesTo(id).map((posted) => String(posted.content ?? '')), `message ${id}, ${context}`).toEqual([expect.stringContaining(ANSWER)]);
    // Every claim ended answered: also those of messages sent again because their first claim came
    // late (each is a new Discord message, so the journal can hold more rows than `questions`).
    const statuses = claims.db.select({ status: requestJournal.status }).from(requestJournal).all().map((row) => row.status);
    expect(statuses.length, context).toBeGreaterThanOrEqual(questions.length);
    expect(statuses.filter((status) => status !== 'answered'), context).toEqual([]);
  }, 180_000);
});
