/**
 * Slack's message markup (`<@U1>`, `<#C1|name>`, `<url|label>`, `&amp;`) turned into text a person
 * or a model reads: people appear by name, never as live pings or opaque ids.
 */

export type UserNameLookup = (userId: string) => Promise<string>;

export interface PlainTextOptions {
  /**
   * Keep `<#C123|name>` as is, so a command parser can still find the channel id
   * (`/summarize <#C123|general> since monday`). History text shows `#name` instead.
   */
  keepChannelReferences: boolean;
}

const USER_REFERENCE = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function renderReference(inner: string, options: PlainTextOptions): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('#')) {
    return options.keepChannelReferences ? `<${inner}>` : `#${label ?? target.slice(1)}`;
  }
  if (target.startsWith('!subteam^')) return `@${label?.replace(/^@/, '') ?? 'group'}`;
  if (target.startsWith('!')) return `@${label ?? target.slice(1)}`;
  // Slack links an email as <mailto:a@b.example|a@b.example>: the label is the address again.
  const address = target.replace(/^mailto:/, '');
  if (label !== undefined && label !== target && label !== address) return `${label} (${address})`;
  return address;
}

/** Converts Slack markup to plain text, resolving user mentions to `@Name`. */
export async function slackToPlainText(
  text: string,
  lookupName: UserNameLookup,
  options: PlainTextOptions,
): Promise<string> {
  const userIds = [...new Set([...text.matchAll(USER_REFERENCE)].map((match) => match[1] ?? ''))];
  const names = new Map<string, string>();
  await Promise.all(userIds.map(async (id) => names.set(id, await lookupName(id))));
  const withUsers = text.replace(USER_REFERENCE, (_whole, id: string) => `@${names.get(id) ?? id}`);
  const withReferences = withUsers.replace(/<([^<>\s][^<>]*)>/g, (_whole, inner: string) =>
    renderReference(inner, options),
  );
  return decodeEntities(withReferences);
}
