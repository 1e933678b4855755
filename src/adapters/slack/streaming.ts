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
import type { PostedMessage, SlackPoster } from './message-poster.ts';
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

type Sink = { kind: 'stream'; streamer: webApi.ChatStreamer } | { kind: 'update'; message: PostedMessage | undefined };

export function openLiveAnswer(target: LiveAnswerTarget, opening: StreamOpening, placeholder: PostedMessage | undefined, deps: LiveAnswerDeps): LiveAnswer {
  const lead = opening.marker && opening.markerPlacement === 'top' ? `${opening.marker}\n\n` : '';
  let sink: Sink = target.threadTs !== undefined ? { kind: 'stream', streamer: startStreamer(target, deps.client) } : { kind: 'update', message: placeholder };
  let placeholderToRemove = sink.kind === 'stream' ? placeholder : undefined;
  let announced = false;
  // A new message holds the answer now: say where (a resume replaces it) before any placeholder goes.
  const announce = (message: PostedMessage): void => {
    if (announced) return;
    announced = true;
    opening.moved?.({ channelId: message.channel, messageId: message.ts, ...(target.threadTs === undefined ? {} : { threadId: target.threadTs }) });
  };
  const dropPlaceholder = async (): Promise<void> => {
    if (sink.kind !== 'stream' || sink.streamer.ts === undefined) return;
    announce({ channel: target.channelId, ts: sink.streamer.ts });
    const removing = placeholderToRemove;
    placeholderToRemove = undefined;
    if (removing !== undefined) await removeQuietly(deps, removing);
  };

  const show = async (text: string, from: number): Promise<void> => {
    if (sink.kind === 'stream') {
      const streamer = sink.streamer;
      try {
        await callSlack('chat.appendStream', () => streamer.append({ markdown_text: text.slice(from) }));
        await dropPlaceholder();
        return;
      } catch (error) {
        // Streaming refused (method unknown to the workspace, scope missing…): edit the placeholder instead.
        deps.logger.warn('Slack text streaming unavailable; updating the message instead', { error: slackErrorCode(error) ?? String(error) });
        // Keep editing whichever message already shows the answer: the stream's, else the placeholder.
        sink = { kind: 'update', message: streamer.ts ? { channel: target.channelId, ts: streamer.ts } : placeholder };
        placeholderToRemove = undefined;
      }
    }
    const message = partialMessage(text);
    if (sink.message) await deps.poster.update(sink.message, message);
    else {
      sink.message = await deps.poster.post(target.channelId, message, target.threadTs);
      announce(sink.message);
    }
  };

  const paced = pacedText(lead, STREAM_UPDATE_INTERVAL_MS, show, (error) => deps.logger.warn('streaming an answer to Slack failed', { error: String(error) }));
  return {
    async append(more) {
      paced.append(more);
    },
    async close() {
      await paced.settle();
      if (sink.kind === 'update') {
        await paced.showNow().catch(() => undefined);
        return sink.message;
      }
      const streamer = sink.streamer;
      const rest = paced.shown < paced.text.length ? { markdown_text: paced.text.slice(paced.shown) } : undefined;
      await callSlack('chat.stopStream', () => streamer.stop(rest)).catch((error: unknown) => {
        deps.logger.warn('could not stop the Slack text stream', { error: slackErrorCode(error) ?? String(error) });
      });
      await dropPlaceholder();
      return streamer.ts === undefined ? undefined : { channel: target.channelId, ts: streamer.ts };
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
