/**
 * A tandem killed while its answer to a Discord message was already showing: the journal never heard
 * where (Discord gives no placeholder to record), but the reply names the message it answers, so the
 * next start finds it, removes it and answers once — the channel ends with one complete answer, not a
 * half-written one left standing, and the journal records the request as answered.
 */
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFakeDiscord } from '../fakes/discord.ts';
import { ADA, BOT, GENERAL, GUILD_ID, testGuild } from '../discord/harness.ts';
import { LONG_ANSWER, journalStatuses } from '../support/crash-run.ts';
import { closeAfterEach } from '../support/close-after-each.ts';
import { eventually, startWorld } from '../support/e2e-world.ts';
import { spawnTandem, type TandemProcess } from '../support/tandem-process.ts';

const own = closeAfterEach();
let tandem: TandemProcess | undefined;

describe('crash safety: killed while an answer shows in Discord', () => {
  it('a mention killed mid-answer: the restart replaces the half-written reply with one complete answer', async () => {
    const world = own(await startWorld({ ollamaReply: { text: LONG_ANSWER }, cloud: false, extraConfig: 'requests:\n  leaseSeconds: 1' }));
    world.ollama!.tokenDelayMs = 50;
    const discord = own(await startFakeDiscord({ botUser: BOT, guilds: [testGuild()] }));
    // Closed first (newest first): the tandem under test stops before the fakes it talks to.
    own({ close: () => tandem?.kill() });
    world.environment.DISCORD_TOKEN = ['crash', 'discord', 'token'].join('-');
    appendFileSync(`${world.cwd}/tandem.config.yaml`, `\ndiscord:\n  restApiUrl: ${discord.restUrl}\n  guildIds: ['${GUILD_ID}']\n`);
    const start = async () => {
      tandem = spawnTandem(['start'], { cwd: world.cwd, environment: world.environment });
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
    await eventually(() => journalStatuses(world.dbPath)[0] === 'answered', 'the request answered after the restart', 30_000);
    expect(await tandem!.stop()).toBe(0);
    tandem = undefined;
    expect(replies().map((posted) => String(posted.content))).toEqual([expect.stringContaining(LONG_ANSWER)]);
  }, 60_000);
});
