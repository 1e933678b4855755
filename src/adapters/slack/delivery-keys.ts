/**
 * The keys the bot's request journal claims for Slack deliveries. Bolt does not drop Slack's
 * retries, and a mention arrives twice (app_mention and message.channels): both carry the same
 * channel and ts, so one key per posted message makes every redelivery a duplicate of the first.
 * Keys are namespaced so the journal, shared with other platforms, never mistakes one for another's.
 */
export function eventKey(kind: 'command' | 'shortcut', id: string): string {
  return `slack:${kind}:${id}`;
}

export function messageKey(channelId: string, ts: string): string {
  return `slack:message:${channelId}:${ts}`;
}

/** The ts of the message a message key names (undefined for commands and shortcuts). */
export function messageTsOfKey(key: string): string | undefined {
  return /^slack:message:[^:]+:(\d+\.\d+)$/.exec(key)?.[1];
}
