/**
 * Every message tandem posts for a request in a thread — the "Thinking…" placeholder, or the answer
 * posted as a new message — carries the request's delivery key as Slack message metadata. If tandem
 * dies between Slack accepting such a message and the journal recording where it is, the tandem that
 * resumes the request finds it again by that key and finishes it in place, instead of leaving it
 * behind and posting a second message under it; finding nothing, it knows the post never arrived.
 */
import type { webApi } from '@slack/bolt';
import { postedBefore } from '../../core/message-order.ts';
import type { PostedMessage } from './message-poster.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';

export const REQUEST_EVENT_TYPE = 'tandem_request';

export interface RequestMetadata {
  event_type: typeof REQUEST_EVENT_TYPE;
  event_payload: { delivery_key: string };
}

export function requestMetadata(deliveryKey: string): RequestMetadata {
  return { event_type: REQUEST_EVENT_TYPE, event_payload: { delivery_key: deliveryKey } };
}

interface ThreadMessage {
  ts?: string;
  user?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

type Where = { channelId: string; threadTs: string };

/** The messages posted for `deliveryKey` in the thread, oldest first (a long answer takes several). */
export async function findRequestMessages(client: webApi.WebClient, where: Where, deliveryKey: string): Promise<PostedMessage[]> {
  const found: PostedMessage[] = [];
  await searchThread(client, where, (messages) => {
    for (const message of messages) {
      const tagged = message.metadata?.event_type === REQUEST_EVENT_TYPE && message.metadata.event_payload?.delivery_key === deliveryKey;
      if (tagged && message.ts !== undefined) found.push({ channel: where.channelId, ts: message.ts });
    }
    return undefined;
  });
  return found;
}

/**
 * The answer a killed tandem had started streaming for the question at `questionTs`: a text stream
 * carries no metadata, but it is the bot's first message after the question and before anyone
 * spoke again in the thread (a later follow-up's answer comes after that follow-up).
 */
export async function findInterruptedAnswer(client: webApi.WebClient, where: Where, questionTs: string, botUserId: string): Promise<PostedMessage | undefined> {
  let someoneSpoke = false;
  const found = await searchThread(client, where, (messages) => {
    for (const message of messages) {
      if (someoneSpoke || message.ts === undefined || !postedBefore(questionTs, message.ts)) continue;
      if (message.user === botUserId) return message;
      someoneSpoke = true;
    }
    // Once someone else spoke, stop paging: an empty match ends the search with nothing found.
    return someoneSpoke ? {} : undefined;
  });
  return found?.ts ? { channel: where.channelId, ts: found.ts } : undefined;
}

/** Pages through the thread until `pick` returns something (a thread of a few hundred replies is read whole). */
async function searchThread(client: webApi.WebClient, where: Where, pick: (messages: ThreadMessage[]) => ThreadMessage | undefined): Promise<ThreadMessage | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < 5; page += 1) {
    const response = await callSlack('conversations.replies', () =>
      client.conversations.replies({ channel: where.channelId, ts: where.threadTs, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }),
    ).catch((error: unknown) => {
      // No thread yet: nothing was ever posted in reply, so there is nothing to find.
      if (slackErrorCode(error) === 'thread_not_found') return undefined;
      throw error;
    });
    if (response === undefined) return undefined;
    const found = pick((response.messages ?? []) as ThreadMessage[]);
    if (found !== undefined) return found;
    cursor = response.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  return undefined;
}
