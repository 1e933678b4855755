/**
 * Help tells the truth on each platform: it lists what that platform really registered, in its own
 * syntax — Slack's /status and /help belong to Slack, Discord shows its option syntax and has no
 * /status, and neither claims that plain channel messages are answered.
 */
import { describe, expect, it } from 'vitest';
import { slashCommand } from '../fakes/slack-requests.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { GRACE, GENERAL as DISCORD_GENERAL, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { ALICE, GENERAL, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

let world: World | undefined;
let slack: SlackTandem | undefined;
let discord: DiscordTandem | undefined;
const own = closeAfterEach();

describe('help per platform', () => {
  it('Slack: /tandem help lists the registered slash commands, status and help under /tandem', async () => {
    world = own(await startWorld({ cloud: false }));
    slack = own(await startSlackTandem(world));
    await slack.sendCommand(slashCommand({ command: '/tandem', text: 'help', userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('help') }));
    const [help] = await slack.fake.waitForCalls('response_url');
    const text = String(help!.args.text);
    expect(help!.args.response_type).toBe('ephemeral');
    expect(text).toContain('*tandem* answers');
    for (const syntax of ['/ask &lt;question&gt;', '/summarize [thread link | #channel]', '/spend [YYYY-MM]', '/tandem status', '/tandem help']) expect(text).toContain(syntax);
    expect(text).not.toMatch(/`\/status`|`\/help`/);
    expect(text).toContain('*Summarize thread* message shortcut');
  });

  it('Discord: /help shows option syntax, no /status, and says unmentioned channel messages are not answered', async () => {
    world = own(await startWorld({ cloud: false }));
    discord = own(await startDiscordTandem(world));
    const interaction = discord.fake.slashCommand({ channelId: DISCORD_GENERAL, userId: GRACE, name: 'help' });
    const original = await eventually(() => interaction.original?.content !== undefined && interaction.original, 'the help reply');
    const text = String(original.content);
    expect(text).toContain('**tandem** answers');
    expect(text).toContain('`/ask question:<text>`');
    expect(text).toContain('`/summarize [messages:<N>] [since:24h|7d] [length:short|detailed]`');
    expect(text).toContain('`/spend`');
    expect(text).toContain('`/help`');
    expect(text).not.toContain('/status');
    expect(text).not.toContain('[thread link');
    expect(text).not.toMatch(/just type a question/i);
    expect(text).toContain('Channel messages that do not mention it are not answered.');
  });
});
