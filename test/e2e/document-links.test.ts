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

  it('tandem ask --json gives a citation link only for http(s), without credentials, and no control characters', async () => {
    world = own(await startWorld({ ollama: 'down', cloud: false }));
    const page = (url: string) => `---\ntitle: Announcements\nurl: "${url}"\n---\n# Announcements\n\n## Parking ${ESC}]0;pwned${BEL}\n\nParking permits ${ESC}[2Jfor the garage are requested in the HR portal every quarter.\n`;
    const ask = async (url: string) => {
      writeFileSync(join(world!.cwd, 'kb', 'announcements.md'), page(url));
      expect((await runTandem(['ingest'], { cwd: world!.cwd, environment: world!.environment })).code).toBe(0);
      const run = await runTandem(['ask', '--json', 'how do I get a parking permit for the garage?'], { cwd: world!.cwd, environment: world!.environment });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(/\\u001b|\\u0007/);
      const { citations } = JSON.parse(run.stdout) as { citations: Array<{ source: string; link?: string }> };
      const cited = citations.find((citation) => citation.source.endsWith('announcements.md'));
      expect(cited).toBeDefined();
      return { stdout: run.stdout, link: cited!.link };
    };

    const withCredentials = await ask('https://alice:s3cretPW@wiki.example/parking');
    expect(withCredentials.link).toBe('https://wiki.example/parking');
    expect(withCredentials.stdout).not.toContain('s3cretPW');
    expect((await ask('javascript:alert(document.cookie)')).link).toBeUndefined();
    // Bidirectional overrides and C1 controls, which JSON leaves as they are, do not reach the output either.
    const reordered = await ask('https://wiki.example/parking\u202egnp.exe\u009b2J');
    expect(reordered.stdout).not.toMatch(/[\u202a-\u202e\u0080-\u009f]/u);
  });

  it("the stale-index note names a new file without its escape sequences or a token in its name", async () => {
    world = own(await startWorld({ ollama: 'down', cloud: false }));
    const question = ['ask', 'how many vacation days do I get?'];
    expect((await runTandem(question, { cwd: world.cwd, environment: world.environment })).code).toBe(0);
    const token = ['ghp', 'abcdefghijklmnopqrstuvwxyz0123456789'].join('_');
    writeFileSync(join(world.cwd, 'kb', `wombat-${ESC}[2J${ESC}]0;NEWFILE${BEL}.md`), '# Wombats\n\nWombat photos go in the shared drive.\n');
    writeFileSync(join(world.cwd, 'kb', `${token}.md`), '# Quokkas\n\nQuokka photos go in the shared drive.\n');

    const run = await runTandem(question, { cwd: world.cwd, environment: world.environment });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('is older than its files');
    expect(run.stderr).not.toContain(ESC);
    expect(run.stderr).not.toContain(BEL);
    expect(run.stderr).not.toContain('abcdefghijklmnop');
  });

  it('the terminal chat streams an answer quoting escape sequences inert', async () => {
    const answer = `Parking permits ${ESC}[2J${ESC}[Hare requested ${ESC}]8;;https://evil.example/${ESC}\\in the HR portal${ESC}]8;;${ESC}\\ every quarter${BEL} [1].`;
    world = own(await startWorld({ ollamaReply: { text: answer }, cloud: false }));
    world.ollama!.tokenDelayMs = 5;

    const run = await runTandem(['start'], { cwd: world.cwd, environment: world.environment, stdin: 'how do I get a parking permit for the garage?\n' });

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
