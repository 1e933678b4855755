/**
 * Builds the real Bolt App for either transport. Socket Mode gets its own receiver so the Web API
 * base URL and retry policy reach the `apps.connections.open` call too (Bolt's default receiver
 * would talk to slack.com whatever `clientOptions` say).
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel, type webApi } from '@slack/bolt';
import { ClaimFirstSocketModeReceiver } from './claim-first-receiver.ts';
import { createBoltLogger } from './bolt-logger.ts';
import type { ResolvedSlackOptions } from './options.ts';
import { callSlack } from './slack-errors.ts';

export interface BoltApp {
  app: App;
  client: webApi.WebClient;
  /** Verifies the token (auth.test, unless both bot ids were given) and connects or listens. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** HTTP mode: where the receiver listens once started. */
  address(): AddressInfo | undefined;
}

function clientOptions(options: ResolvedSlackOptions): webApi.WebClientOptions {
  // A fresh object each time: the Socket Mode client writes defaults into the one it receives.
  return { slackApiUrl: options.apiUrl, retryConfig: { ...options.retryConfig } };
}

function buildApp(options: ResolvedSlackOptions): App {
  const logger = createBoltLogger(options.logger, LogLevel.INFO);
  const shared = {
    token: options.botToken,
    botId: options.botId,
    botUserId: options.botUserId,
    logger,
    clientOptions: clientOptions(options),
    // Initialise in start(), where a bad token becomes a clear error instead of an unhandled rejection.
    deferInitialization: true,
    tokenVerificationEnabled: options.botId === undefined || options.botUserId === undefined,
  };
  if (options.mode === 'socket') {
    const receiver = new ClaimFirstSocketModeReceiver(
      { appToken: options.appToken ?? '', logger, installerOptions: { clientOptions: clientOptions(options) } },
      (error) => options.logger.error('processing a Socket Mode envelope failed', { error: String(error) }),
    );
    return new App({ ...shared, receiver, socketMode: true });
  }
  return new App({
    ...shared,
    signingSecret: options.signingSecret,
    // Slack gets its 200 only when the event listener returns: after the bot's journal holds the
    // claim (see event-routes.ts). Answering goes on afterwards unless the options ask to wait for it.
    processBeforeResponse: true,
    port: options.port ?? 3000,
  });
}

export function createBoltApp(options: ResolvedSlackOptions): BoltApp {
  const app = buildApp(options);
  let address: AddressInfo | undefined;
  app.error(async (error) => {
    options.logger.error('Bolt could not process a Slack request', { code: error.code, error: error.message });
    throw error;
  });
  return {
    app,
    client: app.client,
    async start() {
      await callSlack('auth.test', () => app.init());
      if (options.mode === 'socket') {
        await app.start();
        return;
      }
      const server = await app.start({ port: options.port ?? 3000, host: options.host });
      const bound = server.address();
      address = typeof bound === 'object' && bound !== null ? bound : undefined;
    },
    async stop() {
      await app.stop();
      address = undefined;
    },
    address: () => address,
  };
}
