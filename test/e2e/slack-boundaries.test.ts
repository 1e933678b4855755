/**
 * Slack's privacy boundaries with the real core, real Bolt and the fake Slack Web API: channel
 * policies match names whatever their case, a failed channel lookup keeps the request local, a
 * channel merely *named* "directmessage" is not a DM, and /summarize reads only where it is asked.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { slashCommand } from '../fakes/slack-requests.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ALICE, blockTexts, finalReplies, GENERAL, LEGAL, mention, SLACK_SEED, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const COMPLEX = 'Write a detailed Python script that reconciles the vendor contract clauses step by step, then compare it with last year';
const NAMED_DM = 'C0DMNAMED';
const DM_ONLY_FACT = 'Salary bands for 2026: band four tops out at ninety thousand';

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

async function mentionIn(channel: string, ts: string, text: string): Promise<string[]> {
  await slack!.sendEvent(mention({ ts, channel, text }));
  const replies = await eventually(() => finalReplies(slack!.fake, channel, ts).length === 1 && finalReplies(slack!.fake, channel, ts), 'the reply');
  return blockTexts(replies[0]!.blocks);
}

describe('channel policies on Slack', () => {
  it.each([['Legal'], ["'#Legal'"], ['LEGAL']])('a confidential policy keyed %s applies in #legal: --cloud and complex requests stay local', async (key) => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, extraConfig: `channels:\n  ${key}: { policy: confidential }` }));
    slack = own(await startSlackTandem(world));

    const forced = await mentionIn(LEGAL, '1760009000.000100', '--cloud how many vacation days do I get?');
    expect(forced).toContain(':information_source: --cloud refused: confidential channel never escalates');
    await mentionIn(LEGAL, '1760009001.000100', COMPLEX);
    expect(world.cloudChats()).toHaveLength(0);
  });

  it('when conversations.info fails the name is unknown, so a policy keyed by name cannot be checked: it stays local and says why', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, extraConfig: 'channels:\n  legal: { policy: confidential }' }));
    slack = own(await startSlackTandem(world));
    slack.fake.failNext('conversations.info', 'internal_error');

    const texts = await mentionIn(LEGAL, '1760009100.000100', '--cloud how many vacation days do I get?');

    expect(texts).toContain(':information_source: --cloud refused: channel policy cannot be checked (channel name unknown): staying local');
    expect(world.cloudChats()).toHaveLength(0);
    expect(texts.some((text) => text.startsWith('☁️'))).toBe(false);
  });

  it('with no confidential policy keyed by name, a failed lookup does not block escalation', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER } }));
    slack = own(await startSlackTandem(world));
    slack.fake.failNext('conversations.info', 'internal_error');

    const texts = await mentionIn(GENERAL, '1760009200.000100', '--cloud how many vacation days do I get?');

    expect(texts[0]).toMatch(/^☁️ escalated: requested with --cloud/);
    expect(world.cloudChats()).toHaveLength(1);
  });
});

describe('a channel renamed to a confidential name', () => {
  const TEMP = 'C0TEMP';
  const RENAMED_POLICY = 'channels:\n  legal-hold: { policy: confidential }';
  // Built afresh for each test: the fake keeps the seed's channel objects, and a test renames one.
  const seed = () => ({ ...SLACK_SEED, channels: [...(SLACK_SEED.channels ?? []), { id: TEMP, name: 'temp-project' }] });

  it('is confidential from the rename event on, though its old name was looked up before', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, extraConfig: RENAMED_POLICY }));
    slack = own(await startSlackTandem(world, { seed: seed() }));
    await mentionIn(TEMP, '1760009300.000100', 'how many vacation days do I get?');

    slack.fake.state.channels.get(TEMP)!.name = 'legal-hold';
    await slack.sendEvent({ type: 'channel_rename', channel: { id: TEMP, name: 'legal-hold', created: 1760000000 } });
    const texts = await mentionIn(TEMP, '1760009301.000100', '--cloud how many vacation days do I get?');

    expect(texts).toContain(':information_source: --cloud refused: confidential channel never escalates');
    expect(world.cloudChats()).toHaveLength(0);
  });

  it('without a rename event, once its name is looked up again (after five minutes)', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, extraConfig: RENAMED_POLICY }));
    slack = own(await startSlackTandem(world, { seed: seed() }));
    await mentionIn(TEMP, '1760009400.000100', 'how many vacation days do I get?');
    slack.fake.state.channels.get(TEMP)!.name = 'legal-hold';

    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 5 * 60 * 1000 + 1000);
      const texts = await mentionIn(TEMP, '1760009401.000100', '--cloud how many vacation days do I get?');
      expect(texts).toContain(':information_source: --cloud refused: confidential channel never escalates');
    } finally {
      vi.useRealTimers();
    }
    expect(world.cloudChats()).toHaveLength(0);
  });
});

describe('a channel named "directmessage" is not a DM', () => {
  /** Adds a folder visible only in direct messages to the world's config. */
  function addDirectMessageFolder(current: World): void {
    mkdirSync(join(current.cwd, 'pay'));
    writeFileSync(join(current.cwd, 'pay', 'salary-bands.md'), `# Salary bands\n\n${DM_ONLY_FACT}.\n`);
    const file = join(current.cwd, 'tandem.config.yaml');
    const config = readFileSync(file, 'utf8').replace('      name: handbook\n', '      name: handbook\n    - path: ./pay\n      name: pay\n      channels: [dm]\n');
    writeFileSync(file, config);
  }

  it('DM-only documents are used in a real DM but never in a public channel called #directmessage', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER } }));
    addDirectMessageFolder(world);
    slack = own(await startSlackTandem(world, { seed: { ...SLACK_SEED, channels: [...(SLACK_SEED.channels ?? []), { id: NAMED_DM, name: 'directmessage' }] } }));
    const prompts = () => (world!.ollama?.requests ?? []).filter((request) => request.path === '/api/chat').map((request) => request.body);

    const question = '/ask what are the salary bands for band four?';
    await slack.sendCommand(slashCommand({ command: '/ask', text: question.slice(5), userId: ALICE, channelId: NAMED_DM, channelName: 'directmessage', responseUrl: slack.fake.responseUrl('named') }));
    await eventually(() => prompts().length === 1, 'the public answer');
    expect(prompts()[0]).not.toContain('ninety thousand');

    await slack.sendCommand(slashCommand({ command: '/ask', text: question.slice(5), userId: ALICE, channelId: 'D0ALICE', channelName: 'directmessage', responseUrl: slack.fake.responseUrl('dm') }));
    await eventually(() => prompts().length === 2, 'the DM answer');
    expect(prompts()[1]).toContain('ninety thousand');
  });
});

describe('Slack /summarize reads only where it was asked', () => {
  const legalThreadTs = '1760000000.000100';
  const seed = {
    ...SLACK_SEED,
    threads: [{ channel: LEGAL, ts: legalThreadTs, messages: [{ ts: legalThreadTs, user: ALICE, text: 'settlement offer is 40k, keep it quiet' }] }],
    history: { [LEGAL]: [{ ts: legalThreadTs, user: ALICE, text: 'settlement offer is 40k, keep it quiet' }] },
  };

  it.each([
    ['a link to a thread in another channel', `https://fake-workspace.slack.com/archives/${LEGAL}/p${legalThreadTs.replace('.', '')}`],
    ['another channel by mention', `<#${LEGAL}|legal>`],
    ['another channel by name', '#legal'],
    ['another channel by id', `#${LEGAL}`],
  ])('refuses %s without reading it', async (_label, target) => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER } }));
    slack = own(await startSlackTandem(world, { seed }));

    await slack.sendCommand(slashCommand({ command: '/summarize', text: target, userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('sum') }));
    const [refusal] = await slack.fake.waitForCalls('response_url', 1);

    expect(String(refusal!.args.text)).toMatch(/run \/summarize there|inside #/i);
    const reads = [...slack.fake.callsTo('conversations.replies'), ...slack.fake.callsTo('conversations.history')];
    expect(reads.filter((call) => call.args.channel === LEGAL)).toHaveLength(0);
    expect((world.ollama?.requests ?? []).some((request) => request.body.includes('settlement offer'))).toBe(false);
  });
});
