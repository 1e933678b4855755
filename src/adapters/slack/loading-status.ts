/**
 * Slack's loading status under a thread ("tandem is searching the knowledge base…", through
 * `assistant.threads.setStatus`, allowed in any channel thread with chat:write since March 2026, not
 * only in the assistant view). Slack clears it when the app posts in the thread; anything else that
 * ends the work (a private reply, an answer edited into a placeholder) clears it explicitly.
 */
import type { webApi } from '@slack/bolt';
import type { SlackAdapterLogger } from './options.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';

/** Shared by every reply channel of the adapter: once Slack refuses the status, placeholders from then on. */
export interface LoadingStatusSupport {
  refused: boolean;
}

export interface LoadingStatusDeps {
  client?: webApi.WebClient;
  logger: SlackAdapterLogger;
  loadingStatus: LoadingStatusSupport;
}

/**
 * A status held up (Slack rate-limiting the method, the WebClient waiting out its retry-after) must
 * not hold up the answer: past this, a placeholder shows the work instead.
 */
export const STATUS_WAIT_MS = 1_500;

/** Rotated by Slack while the status shows: what tandem is doing, in the order it does it. */
const LOADING_MESSAGES = ['Reading the conversation…', 'Searching the knowledge base…', 'Writing the answer…'];

/** Slack shows the status after the app's name ("tandem is thinking…"). */
function statusText(note: string): string {
  return `is ${note.replace(/^[A-Z]/, (first) => first.toLowerCase())}`;
}

export class ThreadLoadingStatus {
  private shown = false;
  /** The reply is out: a status that lands late must be cleared, not left under the answer. */
  private settled = false;

  constructor(
    private readonly where: { channelId: string; threadTs?: string },
    private readonly deps: LoadingStatusDeps,
  ) {}

  /** True when the status shows; false when a placeholder must show the work instead. */
  async show(note: string): Promise<boolean> {
    const { client, logger, loadingStatus } = this.deps;
    if (client === undefined || this.where.threadTs === undefined || loadingStatus.refused) return false;
    const setting = this.set(statusText(note), LOADING_MESSAGES).then(
      () => 'shown' as const,
      (error: unknown) => {
        loadingStatus.refused = true;
        logger.warn('Slack loading status refused; showing placeholders instead from now on', { error: slackErrorCode(error) ?? String(error) });
        return 'refused' as const;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), STATUS_WAIT_MS)));
    const outcome = await Promise.race([setting, late]).finally(() => clearTimeout(timer));
    if (outcome === 'late') {
      void setting.then((landed) => this.landedLate(landed === 'shown'));
      return false;
    }
    this.shown = outcome === 'shown';
    return this.shown;
  }

  /** The reply went out as a new message in the thread: Slack cleared the status itself. */
  clearedBySlack(): void {
    this.settled = true;
    this.shown = false;
  }

  /** The reply went out without a new message in the thread (privately, or in a placeholder's place). */
  async clear(): Promise<void> {
    this.settled = true;
    if (!this.shown) return;
    this.shown = false;
    await this.set('').catch((error: unknown) => {
      this.deps.logger.debug('could not clear the loading status (Slack drops it after two minutes)', { error: slackErrorCode(error) ?? String(error) });
    });
  }

  /** A status that arrived after the placeholder took over: it shows too, unless the reply is already out. */
  private landedLate(shown: boolean): void {
    if (!shown) return;
    this.shown = true;
    if (this.settled) void this.clear();
  }

  private async set(status: string, loadingMessages?: string[]): Promise<void> {
    const { client } = this.deps;
    const { channelId, threadTs } = this.where;
    if (client === undefined || threadTs === undefined) return;
    await callSlack('assistant.threads.setStatus', () =>
      client.assistant.threads.setStatus({ channel_id: channelId, thread_ts: threadTs, status, ...(loadingMessages ? { loading_messages: loadingMessages } : {}) }),
    );
  }
}
