/**
 * Bolt's Socket Mode receiver acknowledges an Events API envelope before any listener runs, so a
 * tandem killed in between loses an event Slack will never send again. This receiver holds the ack
 * until Bolt has run the listeners — as the HTTP receiver does with `processBeforeResponse` — and the
 * event listener returns as soon as the bot's journal holds the claim (answering goes on after).
 * An envelope whose processing throws is still acknowledged, as Bolt's own receiver does.
 */
import { SocketModeReceiver, type App, type ReceiverEvent } from '@slack/bolt';

type SocketModeReceiverOptions = ConstructorParameters<typeof SocketModeReceiver>[0];

interface SlackEventArgs {
  body: ReceiverEvent['body'];
  ack(response?: unknown): Promise<void>;
  retry_num?: number;
  retry_reason?: string;
}

export class ClaimFirstSocketModeReceiver extends SocketModeReceiver {
  private boltApp: App | undefined;

  constructor(options: SocketModeReceiverOptions, onError: (error: unknown) => void) {
    super(options);
    // Replace Bolt's own envelope handler (registered by the constructor above) with one that acks last.
    this.client.removeAllListeners('slack_event');
    this.client.on('slack_event', async (args: SlackEventArgs) => {
      let response: unknown;
      const event: ReceiverEvent = {
        body: args.body,
        ack: async (body?: unknown) => {
          response = body;
        },
        ...(args.retry_num === undefined ? {} : { retryNum: args.retry_num }),
        ...(args.retry_reason === undefined ? {} : { retryReason: args.retry_reason }),
        customProperties: {},
      };
      try {
        await this.boltApp?.processEvent(event);
      } catch (error) {
        onError(error);
      } finally {
        await args.ack(response).catch(onError);
      }
    });
  }

  override init(app: App): void {
    super.init(app);
    this.boltApp = app;
  }
}
