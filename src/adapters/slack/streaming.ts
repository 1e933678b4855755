/**
 * An answer shown in Slack while it is written. In a thread it is a real text stream
 * (`chat.startStream` / `appendStream` / `stopStream` through @slack/web-api's ChatStreamer); where
 * streaming is unavailable (a top-level DM, an app without the method, an older workspace) the
 * "thinking…" placeholder is edited with `chat.update` instead. Either way at most one call per
 * second after the first, which goes out at once: people see the first words as soon as they exist.
 */
import type { webApi } from '@slack/bolt';
import type { ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import { SECTION_TEXT_LIMIT, type SlackMessage } from './block-kit.ts';
import type { MessageMetadata, PostedMessage, SlackPoster } from './message-poster.ts';
import { markdownToMrkdwn } from './mrkdwn.ts';
import type { SlackAdapterLogger } from './options.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';
import { pacedText } from '../paced-text.ts';

/** chat.update is rate-limited per channel (Tier 3); one edit a second keeps well inside it. */
export const STREAM_UPDATE_INTERVAL_MS = 1_000;

export interface LiveAnswerTarget {
  channelId: string;
  threadTs?: string;
  userId: string;
  teamId?: string;
  /** Metadata for a message posted in the stream's stead, so a restart can find it. */
  tag?: MessageMetadata;
}

export interface LiveAnswerDeps {
  client: webApi.WebClient;
  poster: SlackPoster;
  logger: SlackAdapterLogger;
}

export interface LiveAnswer extends ReplyStream {
  /** Ends the stream; returns the message now holding the answer, for the finished reply to replace. */
  close(): Promise<PostedMessage | undefined>;
}

/** Tells the opening (once) which message holds the answer now, so a resume replaces that one. */
function announcer(target: LiveAnswerTarget, opening: StreamOpening): (message: PostedMessage) => void {
  let announced = false;
  return (message) => {
    if (announced) return;
    announced = true;
    opening.moved?.({ channelId: message.channel, messageId: message.ts, ...(target.threadTs === undefined ? {} : { threadId: target.threadTs }) });
  };
}

/**
 * Where the answer shows while written: a Slack text stream in a thread, else a message edited with
 * chat.update (the placeholder, or one posted for it). A stream Slack refuses turns into edits of
 * whichever message already shows the answer, the stream's stopped first (Slack edits no message
 * still streaming).
 */
class LiveSink {
  private streamer: webApi.ChatStreamer | undefined;
  private edited: PostedMessage | undefined;
  /** A stream replaces the placeholder: it goes once the stream's own message exists. */
  private placeholderToRemove: PostedMessage | undefined;

  constructor(
    private readonly target: LiveAnswerTarget,
    private readonly placeholder: PostedMessage | undefined,
    private readonly deps: LiveAnswerDeps,
    private readonly announce: (message: PostedMessage) => void,
  ) {
    if (target.threadTs !== undefined) {
      this.streamer = startStreamer(target, deps.client);
      this.placeholderToRemove = placeholder;
    } else {
      this.edited = placeholder;
    }
  }

  get streaming(): boolean {
    return this.streamer !== undefined;
  }

  readonly show = async (text: string, from: number): Promise<void> => {
    if (this.streamer !== undefined && (await this.append(this.streamer, text.slice(from)))) return;
    const message = partialMessage(text);
    if (this.edited) await this.deps.poster.update(this.edited, message);
    else {
      this.edited = await this.deps.poster.post(this.target.channelId, message, this.target.threadTs, this.target.tag);
      this.announce(this.edited);
    }
  };

  /** Ends the stream with the text not yet shown; returns the message holding the answer. */
  async stop(rest: string): Promise<PostedMessage | undefined> {
    const streamer = this.streamer;
    if (streamer === undefined) return this.edited;
    await callSlack('chat.stopStream', () => streamer.stop(rest.length > 0 ? { markdown_text: rest } : undefined)).catch((error: unknown) => {
      this.deps.logger.warn('could not stop the Slack text stream', { error: slackErrorCode(error) ?? String(error) });
    });
    await this.dropPlaceholder(streamer);
    return streamer.ts === undefined ? undefined : { channel: this.target.channelId, ts: streamer.ts };
  }

  /** False when Slack refused the stream: the sink has turned to chat.update. */
  private async append(streamer: webApi.ChatStreamer, more: string): Promise<boolean> {
    try {
      await callSlack('chat.appendStream', () => streamer.append({ markdown_text: more }));
      await this.dropPlaceholder(streamer);
      return true;
    } catch (error) {
      // Streaming refused (method unknown to the workspace, scope missing…): edit a message instead.
      this.deps.logger.warn('Slack text streaming unavailable; updating the message instead', { error: slackErrorCode(error) ?? String(error) });
      const pending = this.placeholderToRemove;
      this.streamer = undefined;
      this.placeholderToRemove = undefined;
      this.edited = streamer.ts ? await this.stoppedStream(streamer, pending) : this.placeholder;
      return false;
    }
  }

  /** The stream's message, stopped so that it can be edited; a placeholder still up is redundant beside it. */
  private async stoppedStream(streamer: webApi.ChatStreamer, pending: PostedMessage | undefined): Promise<PostedMessage> {
    const message = { channel: this.target.channelId, ts: streamer.ts ?? '' };
    this.announce(message);
    await callSlack('chat.stopStream', () => this.deps.client.chat.stopStream({ channel: message.channel, ts: message.ts })).catch(() => undefined);
    if (pending !== undefined) await removeQuietly(this.deps, pending);
    return message;
  }

  private async dropPlaceholder(streamer: webApi.ChatStreamer): Promise<void> {
    if (streamer.ts === undefined) return;
    this.announce({ channel: this.target.channelId, ts: streamer.ts });
    const removing = this.placeholderToRemove;
    this.placeholderToRemove = undefined;
    if (removing !== undefined) await removeQuietly(this.deps, removing);
  }
}

export function openLiveAnswer(target: LiveAnswerTarget, opening: StreamOpening, placeholder: PostedMessage | undefined, deps: LiveAnswerDeps): LiveAnswer {
  const lead = opening.marker && opening.markerPlacement === 'top' ? `${opening.marker}\n\n` : '';
  const sink = new LiveSink(target, placeholder, deps, announcer(target, opening));
  const paced = pacedText(lead, STREAM_UPDATE_INTERVAL_MS, sink.show, (error) => deps.logger.warn('streaming an answer to Slack failed', { error: String(error) }));
  return {
    async append(more) {
      paced.append(more);
    },
    async close() {
      await paced.settle();
      if (!sink.streaming) {
        await paced.showNow().catch(() => undefined);
        return sink.stop('');
      }
      return sink.stop(paced.text.slice(paced.shown));
    },
  };
}

/** The answer so far as one section; the finished reply replaces it with the full rendering. */
function partialMessage(text: string): SlackMessage {
  const body = markdownToMrkdwn(text.length > SECTION_TEXT_LIMIT ? `${text.slice(0, SECTION_TEXT_LIMIT - 1)}…` : text);
  return { text: body, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: body } }] };
}

function startStreamer(target: LiveAnswerTarget, client: webApi.WebClient): webApi.ChatStreamer {
  // buffer_size 1: every append goes out; the pacing above decides how often that is.
  return client.chatStream({
    channel: target.channelId,
    thread_ts: target.threadTs ?? '',
    recipient_user_id: target.userId,
    ...(target.teamId ? { recipient_team_id: target.teamId } : {}),
    buffer_size: 1,
  });
}

async function removeQuietly(deps: LiveAnswerDeps, message: PostedMessage): Promise<void> {
  await deps.poster.remove(message).catch((error: unknown) => deps.logger.debug('placeholder already gone', { error: String(error) }));
}
