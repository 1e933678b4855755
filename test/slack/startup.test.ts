import { describe, expect, it } from 'vitest';
import { ConfigError, TandemError } from '../../src/errors.ts';
import { createSlackAdapter, SlackApiError } from '../../src/adapters/slack/index.ts';
import { startFakeSlack } from '../fakes/slack.ts';
import { SEED, TestBot, recordingLogger } from './harness.ts';

describe('Slack adapter start-up', () => {
  it('says exactly which option is missing for the chosen mode', () => {
    expect(() => createSlackAdapter({ botToken: 'xoxb-test', mode: 'socket' })).toThrow(ConfigError);
    expect(() => createSlackAdapter({ botToken: 'xoxb-test', mode: 'socket' })).toThrow(/slack\.appToken/);
    expect(() => createSlackAdapter({ botToken: 'xoxb-test', mode: 'http' })).toThrow(/slack\.signingSecret/);
    expect(() => createSlackAdapter({ botToken: '', appToken: 'xapp-test' })).toThrow(/slack\.botToken/);
  });

  it('fails start() naming SLACK_BOT_TOKEN and the fix when Slack rejects the bot token', async () => {
    const fake = await startFakeSlack(SEED);
    try {
      fake.failNext('auth.test', 'invalid_auth');
      const adapter = createSlackAdapter({
        botToken: 'xoxb-revoked',
        appToken: 'xapp-test',
        apiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
        logger: recordingLogger(),
      });
      const failure = await adapter.start(new TestBot()).then(() => undefined, (error: unknown) => error);
      expect(failure).toBeInstanceOf(TandemError);
      expect(failure).toMatchObject({ code: 'CONFIG_INVALID', cause: expect.any(SlackApiError) });
      expect((failure as Error).message).toBe(
        'Slack refused the bot token (invalid_auth): set SLACK_BOT_TOKEN (slack.botToken) to the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; reinstall the app if the token was revoked.',
      );
      // Nothing was connected, so there is nothing to stop; stop() stays harmless.
      await adapter.stop();
      expect(fake.callsTo('apps.connections.open')).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});
