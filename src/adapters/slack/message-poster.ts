/**
 * The Web API calls that put messages in front of people, each failure rethrown as a SlackApiError
 * naming the method, so the log line says exactly which call Slack refused and why.
 */
import type { webApi } from '@slack/bolt';
import type { OutgoingReply } from '../../core/chat-contract.ts';
import type { SlackMessage } from './block-kit.ts';
import { callSlack } from './slack-errors.ts';

export interface PostedMessage {
  channel: string;
  ts: string;
}

export type Attachment = NonNullable<OutgoingReply['attachment']>;

/** Slack message metadata: what tandem tags its own messages with, to find or read them back later. */
export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, string>;
}

export interface SlackPoster {
  post(channel: string, message: SlackMessage, threadTs?: string, metadata?: MessageMetadata): Promise<PostedMessage>;
  update(target: PostedMessage, message: SlackMessage): Promise<void>;
  remove(target: PostedMessage): Promise<void>;
  postEphemeral(channel: string, userId: string, message: SlackMessage, threadTs?: string): Promise<void>;
  /** files.getUploadURLExternal → upload → files.completeUploadExternal, shared into the channel. */
  upload(channel: string, attachment: Attachment, threadTs?: string): Promise<void>;
}

export function createSlackPoster(client: webApi.WebClient): SlackPoster {
  return {
    async post(channel, message, threadTs, metadata) {
      const response = await callSlack('chat.postMessage', () =>
        client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, thread_ts: threadTs, ...(metadata ? { metadata } : {}) }),
      );
      return { channel: response.channel ?? channel, ts: response.ts ?? '' };
    },
    async update(target, message) {
      await callSlack('chat.update', () =>
        client.chat.update({ channel: target.channel, ts: target.ts, text: message.text, blocks: message.blocks }),
      );
    },
    async remove(target) {
      await callSlack('chat.delete', () => client.chat.delete({ channel: target.channel, ts: target.ts }));
    },
    async postEphemeral(channel, userId, message, threadTs) {
      await callSlack('chat.postEphemeral', () =>
        client.chat.postEphemeral({ channel, user: userId, text: message.text, blocks: message.blocks, thread_ts: threadTs }),
      );
    },
    async upload(channel, attachment, threadTs) {
      const common = { channel_id: channel, file: attachment.data, filename: attachment.filename, title: attachment.title };
      // The WebClient's typings split threaded and unthreaded uploads into two argument shapes.
      await callSlack('files.uploadV2', () =>
        threadTs === undefined
          ? client.filesUploadV2(common)
          : client.filesUploadV2({ ...common, thread_ts: threadTs }),
      );
    },
  };
}
