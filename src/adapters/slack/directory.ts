/**
 * Who is who in the workspace: user names, user-group handles, channel names and the member list.
 * Every lookup is cached (names rarely change, and Slack rate-limits these methods), and concurrent
 * lookups share one request, so a 300-message thread costs one users.info per distinct author.
 */
import type { webApi } from '@slack/bolt';
import { callSlack, slackErrorCode } from './slack-errors.ts';
import type { SlackAdapterLogger } from './options.ts';

export interface SlackDirectory {
  userName(userId: string): Promise<string>;
  /** Handles of the user groups the user belongs to; [] when user groups cannot be read. */
  userRoles(userId: string): Promise<string[]>;
  /** '' when Slack would not say (the lookup failed): a policy keyed by name then cannot be checked. */
  channelName(channelId: string): Promise<string>;
  /** The channel was renamed: its next message looks its name up afresh. */
  forgetChannel(channelId: string): void;
  /** Real and display names of people (no bots, no deactivated accounts). */
  memberNames(): Promise<string[]>;
}

interface DirectoryDeps {
  client: webApi.WebClient;
  logger: SlackAdapterLogger;
  refreshMs: number;
  /** How long a channel's name is trusted without a rename event (default five minutes). */
  channelNameMs?: number;
}

/**
 * Channel policies are keyed by name, so a channel renamed to a confidential name must be seen as one
 * soon: rename events clear the name at once, and without them (an app created before they were in the
 * manifest) a name is looked up again after this long. conversations.info allows 50+ calls a minute.
 */
const CHANNEL_NAME_MS = 5 * 60 * 1000;

interface UserLike {
  name?: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  id?: string;
  profile?: { display_name?: string; real_name?: string };
}

/** The name colleagues see: display name first, as Slack shows it. */
export function displayNameOf(user: UserLike | undefined): string | undefined {
  const candidates = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name];
  return candidates.find((name): name is string => typeof name === 'string' && name.trim().length > 0);
}

/** Caches a value for `ttlMs`, sharing one in-flight load between callers. */
function refreshing<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let cached: { value: Promise<T>; at: number } | undefined;
  return () => {
    if (cached === undefined || Date.now() - cached.at > ttlMs) {
      const value = load();
      const entry = { value, at: Date.now() };
      cached = entry;
      // A failed load must not stick: the next caller tries again.
      value.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return cached.value;
  };
}

async function listMemberNames(client: webApi.WebClient): Promise<string[]> {
  const names = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await callSlack('users.list', () => client.users.list({ limit: 200, cursor }));
    for (const member of page.members ?? []) {
      if (member.is_bot || member.deleted || member.id === 'USLACKBOT') continue;
      for (const name of [member.real_name, member.profile?.real_name, member.profile?.display_name]) {
        if (name && name.trim()) names.add(name.trim());
      }
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return [...names];
}

async function loadGroupHandles(deps: DirectoryDeps): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  const response = await callSlack('usergroups.list', () => deps.client.usergroups.list({ include_users: true }));
  for (const group of response.usergroups ?? []) {
    if (!group.handle) continue;
    for (const userId of group.users ?? []) {
      byUser.set(userId, [...(byUser.get(userId) ?? []), group.handle]);
    }
  }
  return byUser;
}

async function fetchUserName(deps: DirectoryDeps, userId: string): Promise<string> {
  try {
    const response = await callSlack('users.info', () => deps.client.users.info({ user: userId }));
    return displayNameOf(response.user) ?? userId;
  } catch (error) {
    deps.logger.warn('could not resolve a Slack user name', { userId, error: slackErrorCode(error) ?? String(error) });
    throw error;
  }
}

async function fetchChannelName(deps: DirectoryDeps, channelId: string): Promise<string> {
  try {
    const response = await callSlack('conversations.info', () => deps.client.conversations.info({ channel: channelId }));
    return response.channel?.name ?? '';
  } catch (error) {
    deps.logger.warn('could not resolve a Slack channel name', { channelId, error: slackErrorCode(error) ?? String(error) });
    throw error;
  }
}

/** User-group handles per user; without usergroups:read (or on a free plan) simply unknown, not an outage. */
function groupHandles(deps: DirectoryDeps): (userId: string) => Promise<string[]> {
  let unavailable = false;
  const groups = refreshing(deps.refreshMs, () => loadGroupHandles(deps));
  return async (userId) => {
    if (unavailable) return [];
    try {
      return (await groups()).get(userId) ?? [];
    } catch (error) {
      const code = slackErrorCode(error);
      unavailable = code === 'missing_scope' || code === 'paid_teams_only';
      deps.logger.warn('could not read Slack user groups; roles left empty', { error: code ?? String(error) });
      return [];
    }
  };
}

export function createSlackDirectory(deps: DirectoryDeps): SlackDirectory {
  const userNames: Memo = new Map();
  const channelNames: Memo = new Map();
  const channelNameMs = deps.channelNameMs ?? CHANNEL_NAME_MS;
  return {
    // A failed lookup is not cached (the next message tries again). Meanwhile the name is unknown (''),
    // never the id: a policy keyed by name must see that it cannot be checked, not a name that misses.
    userName: (userId) => memoize(userNames, userId, (id) => fetchUserName(deps, id)).catch(() => userId),
    channelName: (channelId) => memoize(channelNames, channelId, (id) => fetchChannelName(deps, id), channelNameMs).catch(() => ''),
    forgetChannel: (channelId) => void channelNames.delete(channelId),
    memberNames: refreshing(deps.refreshMs, () => listMemberNames(deps.client)),
    userRoles: groupHandles(deps),
  };
}

/** Bounded because a long-running bot meets ever more ids; names are cheap to fetch again. */
const MEMO_CAPACITY = 10_000;

type Memo = Map<string, { value: Promise<string>; at: number }>;

/** One shared lookup per key, kept for `maxAgeMs` (for good by default); a failed one is dropped at once. */
function memoize(cache: Memo, key: string, load: (key: string) => Promise<string>, maxAgeMs = Infinity): Promise<string> {
  const hit = cache.get(key);
  if (hit !== undefined && Date.now() - hit.at <= maxAgeMs) return hit.value;
  if (cache.size >= MEMO_CAPACITY) cache.clear();
  const entry = { value: load(key), at: Date.now() };
  cache.set(key, entry);
  entry.value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return entry.value;
}
