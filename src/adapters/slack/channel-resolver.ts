/**
 * A configured channel (`finance`, `#finance`, `C0FINANCE01`) as its Slack id, so one channel is one
 * key however it is spelled. Names are looked up with conversations.list (every page, public and
 * private channels the app can see), cached for the adapter's life.
 */
import type { webApi } from '@slack/bolt';
import { callSlack } from './slack-errors.ts';

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;
const PAGE_SIZE = 200;
const MAX_PAGES = 50;

export function createChannelResolver(client: webApi.WebClient): (channel: string) => Promise<string> {
  const known = new Map<string, string>();
  return async (channel) => {
    const trimmed = channel.trim();
    if (CHANNEL_ID.test(trimmed)) return trimmed;
    const name = trimmed.replace(/^#/, '').toLowerCase();
    const cached = known.get(name);
    if (cached) return cached;
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const response = await callSlack('conversations.list', () =>
        client.conversations.list({ types: 'public_channel,private_channel', exclude_archived: true, limit: PAGE_SIZE, cursor }),
      );
      for (const entry of response.channels ?? []) {
        if (entry.id && entry.name) known.set(entry.name.toLowerCase(), entry.id);
      }
      const found = known.get(name);
      if (found) return found;
      cursor = response.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    throw new Error(`no Slack channel named #${name} is visible to the app (invite it, or configure the channel id)`);
  };
}
