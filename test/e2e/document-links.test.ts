/**
 * Documents are written by anyone, and what they say reaches chats and terminals: only http(s)
 * targets become links in Slack and Discord (a `!channel` target must not ping a whole channel, a
 * `)` must not smuggle in a second link), and escape sequences in a document never reach the
 * terminal. Real Bolt, real discord.js and the real CLI, over the fakes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/cli-harness.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { finalReplies, GENERAL, mention, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { ADA, BOT, GENERAL as DISCORD_GENERAL, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);

/** A page whose front-matter link and body were written to cause trouble. */
function writeHostileDocument(current: World, url: string, body: string): void {
  writeFileSync(join(current.cwd, 'kb', 'announcements.md'), `---\ntitle: Announcements\nurl: "${url}"\n---\n# Announcements\n\n## Parking\n\n${body}\n`);
}

let world: World | undefined;
let slack: SlackTandem | undefined;
let discord: DiscordTandem | undefined;
const own = closeAfterEach();

describe('Slack renders only http(s) link targets', () => {
  it.each([['!channel'], ['!here'], ['javascript:alert(1)']])('a document link %s and an answer link to it never become Slack markup', async (target) => {
    world = own(await startWorld({ ollamaReply: { text: `Parking permits are in the HR portal; see [the parking page](${target}) [1].` } }));
    writeHostileDocument(world, target, 'Parking permits for the garage are requested in the HR portal every quarter.');
    slack = own(await startSlackTandem(world));
    const ts = '1760007000.000100';

    await slack.sendEvent(mention({ ts, text: 'how do I get a parking permit for the garage?' }));
    const [posted] = await eventually(() => finalReplies(slack!.fake, GENERAL, ts).length === 1 && finalReplies(slack!.fake, GENERAL, ts), 'the reply');

    const everything = JSON.stringify(posted);
    expect(everything).toContain('the parking page');
    expect(everything).not.toMatch(/<!(channel|here)/);
    expect(everything).not.toContain('<javascript:');
  });
});

describe('Discord renders only well-formed http(s) link targets', () => {
  it('a ")" in a document link cannot close the link early and add one of its own', async () => {
    world = own(await startWorld({ ollamaReply: { text: 'Parking permits are in the HR portal [1].' } }));
    writeHostileDocument(world, 'https://wiki.example/parking)[verify your account](https://evil.example/login', 'Parking permits for the garage are requested in the HR portal every quarter.');
    discord = own(await startDiscordTandem(world));

    discord.fake.userMessage({ channelId: DISCORD_GENERAL, authorId: ADA, content: `<@${BOT.id}> how do I get a parking permit for the garage?` });
    const [posted] = await eventually(() => discord!.botPosts(DISCORD_GENERAL).length === 1 && discord!.botPosts(DISCORD_GENERAL), 'the answer');

    const fields = ((posted!.embeds as Array<{ fields?: Array<{ value: string }> }>)[0]?.fields ?? []).map((field) => field.value);
    const link = fields.find((value) => value.includes('announcements'));
    expect(link).toBeDefined();
    // Exactly one masked link, whose target is the whole (encoded) URL.
    expect(link!.match(/\]\(/g)).toHaveLength(1);
    expect(link).toBe('[handbook/announcements.md](https://wiki.example/parking%29[verify%20your%20account]%28https://evil.example/login)');
  });
});

describe('the terminal never receives escape sequences from documents', () => {
  it('tandem ask quoting a document with ANSI and OSC sequences prints them inert', async () => {
    world = own(await startWorld({ ollama: 'down', cloud: false }));
    const hostile = `Parking permits ${ESC}[2J${ESC}[Hfor the garage are requested ${ESC}]8;;https://evil.example${BEL}in the HR portal${ESC}]8;;${BEL} every quarter.${ESC}]0;pwned${BEL}`;
    writeHostileDocument(world, `https://wiki.example/parking${ESC}[31m`, hostile);

    const run = await runTandem(['ask', 'how do I get a parking permit for the garage?'], { cwd: world.cwd, environment: world.environment });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('in the HR portal');
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain(BEL);
  });

  it('tandem summarize quoting chat messages with escape sequences prints them inert', async () => {
    world = own(await startWorld({ ollama: 'down', cloud: false }));
    const thread = [
      { user: 'ada', text: `We decided to ship on friday ${ESC}[2J${ESC}]0;pwned${BEL}after the QA sign-off.`, ts: '1' },
      { user: 'grace', text: `Action: grace updates the release notes ${ESC}[8mhidden${ESC}[0m by thursday.`, ts: '2' },
    ];
    writeFileSync(join(world.cwd, 'thread.json'), JSON.stringify(thread));

    const run = await runTandem(['summarize', 'thread.json'], { cwd: world.cwd, environment: world.environment });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('ship on friday after the QA sign-off');
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain(BEL);
  });
});
