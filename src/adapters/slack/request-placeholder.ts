/**
 * Every "Thinking…" placeholder carries the request's delivery key as Slack message metadata. If
 * tandem dies between Slack accepting the placeholder and the journal recording where it is, the
 * tandem that resumes the request finds it again by that key and replaces it, instead of leaving it
 * behind and posting a second message under it.
 */
import type { webApi } from '@slack/bolt';
import type { PostedMessage } from './message-poster.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';

export const PLACEHOLDER_EVENT_TYPE = 'tandem_request';

export interface PlaceholderMetadata {
  event_type: typeof PLACEHOLDER_EVENT_TYPE;
  event_payload: { delivery_key: string };
}

export function placeholderMetadata(deliveryKey: string): PlaceholderMetadata {
  return { event_type: PLACEHOLDER_EVENT_TYPE, event_payload: { delivery_key: deliveryKey } };
}

interface ThreadMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** The placeholder posted for `deliveryKey` in the thread, if there is one. */
export async function findPlaceholder(client: webApi.WebClient, where: { channelId: string; threadTs: string }, deliveryKey: string): Promise<PostedMessage | undefined> {
  let cursor: string | undefined;
  // A thread with a few hundred replies is searched whole; beyond that the request is given up on.
  for (let page = 0; page < 5; page += 1) {
    const response = await callSlack('conversations.replies', () =>
      client.conversations.replies({ channel: where.channelId, ts: where.threadTs, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }),
    ).catch((error: unknown) => {
      // No thread yet: nothing was ever posted in reply, so there is no placeholder to find.
      if (slackErrorCode(error) === 'thread_not_found') return undefined;
      throw error;
    });
    if (response === undefined) return undefined;
    const messages = (response.messages ?? []) as ThreadMessage[];
    const found = messages.find((message) => message.metadata?.event_type === PLACEHOLDER_EVENT_TYPE && message.metadata.event_payload?.delivery_key === deliveryKey);
    if (found?.ts) return { channel: where.channelId, ts: found.ts };
    cursor = response.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  return undefined;
}
