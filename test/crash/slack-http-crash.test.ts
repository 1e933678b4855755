/**
 * Crash safety on Slack in HTTP mode: Slack never re-sends an event it got a 200 for, so whatever was
 * acknowledged before a SIGKILL must be finished by the next start — and nothing answered twice.
 */
import { afterEach, describe, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { eventCallback, sendSignedEvent } from '../fakes/slack-requests.ts';
import { freePort } from '../support/cli-process.ts';
import { CRASH_ANSWER, runCrashScenario } from '../support/crash-run.ts';
import { startWorld, type World } from '../support/e2e-world.ts';
import { BOT_TOKEN, SIGNING_SECRET, SLACK_SEED } from '../support/slack-tandem.ts';
import type { TandemProcess } from '../support/tandem-process.ts';

let world: World | undefined;
let fake: FakeSlack | undefined;
const hold: { process?: TandemProcess } = {};
afterEach(async () => {
  await hold.process?.kill();
  await fake?.close();
  await world?.close();
  hold.process = world = fake = undefined;
});

describe('crash safety: Slack HTTP mode', () => {
  it('killed with SIGKILL at random points under load and restarted, it loses no question and answers none twice', async () => {
    const port = await freePort();
    world = await startWorld({ ollamaReply: { text: CRASH_ANSWER }, cloud: false, extraConfig: `slack:\n  port: ${port}\nrequests:\n  leaseSeconds: 1` });
    fake = await startFakeSlack(SLACK_SEED);
    const url = `http://127.0.0.1:${port}/slack/events`;
    await runCrashScenario(
      {
        world,
        fake,
        environment: { ...world.environment, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl },
        questions: 30,
        inFlight: 6,
        transport: {
          // Like Slack: a delivery that got no 200 (tandem was down) is sent again, with the retry counter.
          async deliver(event, index) {
            const body = eventCallback(event, { eventId: `EvCRASH${index}` });
            for (let attempt = 0; ; attempt += 1) {
              const retry = attempt > 0 ? { retryNum: Math.min(attempt, 3) } : {};
              const response = await sendSignedEvent(url, body, { signingSecret: SIGNING_SECRET, ...retry }).catch(() => undefined);
              if (response?.status === 200) return;
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          },
        },
      },
      hold,
    );
  }, 90_000);
});
