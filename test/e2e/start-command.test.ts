/**
 * `tandem start` itself, unmodified: the CLI loads the workspace config and environment, composes
 * tandem, picks the Slack adapter because SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set (HTTP
 * mode), wires the member directory into the bot, and answers a signed mention — then shuts down
 * cleanly when asked to, as on SIGTERM.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { eventCallback, sendSignedEvent } from '../fakes/slack-requests.ts';
import { runTandem } from '../support/cli-harness.ts';
import { freePort, startTandem, type RunningCli } from '../support/cli-process.ts';
import { lastUserContent, markerPattern } from '../support/escalation-checks.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { findLeaks, forbiddenForms } from '../support/pii-corpus.ts';
import { BOT_TOKEN, BOT_USER_ID, GENERAL, SIGNING_SECRET, SLACK_SEED } from '../support/slack-tandem.ts';

let world: World | undefined;
let fake: FakeSlack | undefined;
let running: RunningCli | undefined;
afterEach(async () => {
  await running?.stop();
  await fake?.close();
  await world?.close();
  running = undefined;
  fake = undefined;
  world = undefined;
});

describe('tandem start on Slack (HTTP mode)', () => {
  it('answers a signed mention through the whole process wiring; colleagues are recognised by the member directory', async () => {
    const port = await freePort();
    world = await startWorld({ extraConfig: `slack:\n  port: ${port}` });
    fake = await startFakeSlack(SLACK_SEED);
    running = startTandem(['start'], {
      cwd: world.cwd,
      environment: { ...world.environment, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl },
    });
    await eventually(() => running!.stderr().includes('Connected: slack.'), 'tandem start to connect to Slack');

    const ts = '1760006000.000100';
    const event = { type: 'app_mention', user: 'U0BOB', channel: GENERAL, ts, text: `<@${BOT_USER_ID}> --cloud ask carol chen whether the VPN profile for Tomasz Kowalski is ready` };
    const response = await sendSignedEvent(`http://127.0.0.1:${port}/slack/events`, eventCallback(event), { signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    const [update] = await fake.waitForCalls('chat.update');
    const blocks = update!.args.blocks as Array<{ type: string; elements?: Array<{ text: string }>; text?: { text: string } }>;
    expect(blocks[0]!.elements![0]!.text).toMatch(markerPattern({ reason: 'requested with --cloud', redactions: '2 person', vendor: 'openai' }));
    expect(blocks[1]!.text!.text).toContain('Contact carol chen');

    const [chat] = world.cloudChats();
    expect(lastUserContent(chat!.body)).toMatch(/\nQuestion: ask <PERSON_1> whether the VPN profile for <PERSON_2> is ready$/);
    expect(findLeaks(world.cloudRequests(), forbiddenForms([{ kind: 'PERSON', value: 'carol chen' }, { kind: 'PERSON', value: 'Tomasz Kowalski' }]))).toEqual([]);

    const stopped = running;
    running = undefined;
    const result = await stopped.stop();
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('tandem start with a token Slack refuses', () => {
  it('stops with one line naming SLACK_BOT_TOKEN and the fix, exit code 2, no stack trace', async () => {
    const port = await freePort();
    world = await startWorld({ extraConfig: `slack:\n  port: ${port}` });
    fake = await startFakeSlack(SLACK_SEED);
    fake.failNext('auth.test', 'invalid_auth');
    const run = await runTandem(['start'], { cwd: world.cwd, environment: { ...world.environment, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl } });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n').filter((line) => line.startsWith('tandem: '));
    expect(lines).toEqual([expect.stringMatching(/^tandem: Slack refused the bot token \(invalid_auth\): set SLACK_BOT_TOKEN \(slack\.botToken\) to the Bot User OAuth Token/)]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
