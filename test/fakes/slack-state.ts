/**
 * The fake Slack workspace's data (people, channels, threads, posted messages) and the Web API
 * methods that read and write it, shaped like Slack's real responses, cursors included.
 */

export interface FakeSlackUser {
  id: string;
  name: string;
  realName?: string;
  displayName?: string;
  isBot?: boolean;
  deleted?: boolean;
}

export interface FakeSlackChannel {
  id: string;
  name: string;
  isIm?: boolean;
  /** When false, posting and reading answer `not_in_channel`, as Slack does. Default true. */
  isMember?: boolean;
}

export interface FakeSlackMessage {
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  thread_ts?: string;
  blocks?: unknown[];
  /** Message metadata; conversations.replies returns it only with include_all_metadata. */
  metadata?: unknown;
  /** Set once the message was edited, as Slack reports it: who and when. */
  edited?: { user: string; ts: string };
}

export interface FakeSlackThread {
  channel: string;
  /** The parent's ts; `messages` holds the parent first, then replies, oldest first. */
  ts: string;
  messages: FakeSlackMessage[];
}

export interface FakeSlackUserGroup {
  id: string;
  handle: string;
  users: string[];
}

export interface FakeSlackSeed {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  users?: FakeSlackUser[];
  channels?: FakeSlackChannel[];
  threads?: FakeSlackThread[];
  /** Top-level channel messages (any order). */
  history?: Record<string, FakeSlackMessage[]>;
  usergroups?: FakeSlackUserGroup[];
  /** Largest page the fake returns whatever `limit` asks (Slack caps pages too). Default 100. */
  maxPageSize?: number;
}

export type ApiArgs = Record<string, unknown>;
export type ApiResult = Record<string, unknown>;

export class FakeSlackState {
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  readonly users = new Map<string, FakeSlackUser>();
  readonly channels = new Map<string, FakeSlackChannel>();
  readonly threads = new Map<string, FakeSlackMessage[]>();
  readonly history = new Map<string, FakeSlackMessage[]>();
  readonly usergroups: FakeSlackUserGroup[];
  readonly maxPageSize: number;
  private clock = 1_700_000_000;
  private sequence = 0;

  constructor(seed: FakeSlackSeed) {
    this.botUserId = seed.botUserId ?? 'UBOT';
    this.botId = seed.botId ?? 'BBOT';
    this.teamId = seed.teamId ?? 'T0001';
    for (const user of seed.users ?? []) this.users.set(user.id, user);
    for (const channel of seed.channels ?? []) this.channels.set(channel.id, channel);
    for (const thread of seed.threads ?? []) this.threads.set(`${thread.channel}:${thread.ts}`, [...thread.messages]);
    for (const [channel, messages] of Object.entries(seed.history ?? {})) this.history.set(channel, [...messages]);
    this.usergroups = seed.usergroups ?? [];
    this.maxPageSize = seed.maxPageSize ?? 100;
  }

  /** Monotonic message timestamps, like Slack's `seconds.micros`. */
  nextTs(): string {
    this.sequence += 1;
    return `${this.clock + this.sequence}.${String(this.sequence).padStart(6, '0')}`;
  }

  isMember(channelId: string): boolean {
    return this.channels.get(channelId)?.isMember !== false;
  }

  /** Every message the bot posted or edited, in order, across channels and threads. */
  postedMessages(): (FakeSlackMessage & { channel: string })[] {
    const all: (FakeSlackMessage & { channel: string })[] = [];
    for (const [channel, messages] of this.history) all.push(...messages.filter((m) => m.user === this.botUserId).map((m) => ({ ...m, channel })));
    for (const [key, messages] of this.threads) {
      const channel = key.split(':')[0] ?? '';
      all.push(...messages.filter((m) => m.user === this.botUserId && m.thread_ts !== m.ts).map((m) => ({ ...m, channel })));
    }
    return all.sort((a, b) => a.ts.localeCompare(b.ts));
  }

  addMessage(channel: string, message: FakeSlackMessage): void {
    if (message.thread_ts !== undefined) {
      const key = `${channel}:${message.thread_ts}`;
      const thread = this.threads.get(key) ?? this.history.get(channel)?.filter((m) => m.ts === message.thread_ts) ?? [];
      this.threads.set(key, [...thread, message]);
      return;
    }
    this.history.set(channel, [...(this.history.get(channel) ?? []), message]);
  }

  findMessage(channel: string, ts: string): FakeSlackMessage | undefined {
    const pools = [this.history.get(channel) ?? [], ...[...this.threads].filter(([key]) => key.startsWith(`${channel}:`)).map(([, list]) => list)];
    for (const pool of pools) {
      const found = pool.find((message) => message.ts === ts);
      if (found) return found;
    }
    return undefined;
  }

  /** A person edits their message in Slack: new text, and the `edited` stamp Slack adds. */
  editByPerson(channel: string, ts: string, text: string): void {
    const message = this.findMessage(channel, ts);
    if (!message) throw new Error(`no message ${ts} in ${channel}`);
    message.text = text;
    message.edited = { user: message.user ?? '', ts: this.nextTs() };
  }

  /**
   * A person deletes their message in Slack: gone, except a thread parent with replies, which Slack
   * keeps as a tombstone ("This message was deleted.") so the thread stays readable.
   */
  deleteByPerson(channel: string, ts: string): void {
    const thread = this.threads.get(`${channel}:${ts}`);
    if (thread !== undefined && thread.length > 1) {
      const tombstone: FakeSlackMessage = { ts, thread_ts: ts, user: 'USLACKBOT', subtype: 'tombstone', text: 'This message was deleted.' };
      this.threads.set(`${channel}:${ts}`, [tombstone, ...thread.filter((message) => message.ts !== ts)]);
      this.history.set(channel, (this.history.get(channel) ?? []).map((message) => (message.ts === ts ? tombstone : message)));
      return;
    }
    this.removeMessage(channel, ts);
  }

  removeMessage(channel: string, ts: string): boolean {
    let removed = false;
    const drop = (list: FakeSlackMessage[]) => list.filter((message) => {
      const match = message.ts === ts;
      removed ||= match;
      return !match;
    });
    this.history.set(channel, drop(this.history.get(channel) ?? []));
    for (const [key, list] of this.threads) if (key.startsWith(`${channel}:`)) this.threads.set(key, drop(list));
    return removed;
  }
}

/** One page of `items` from a numeric cursor, in Slack's `has_more` / `next_cursor` shape. */
export function paginate<T>(items: T[], args: ApiArgs, maxPageSize: number): { page: T[]; meta: ApiResult } {
  const start = Number(args.cursor ?? 0) || 0;
  const requested = Number(args.limit ?? 0) || maxPageSize;
  const size = Math.min(requested, maxPageSize);
  const page = items.slice(start, start + size);
  const hasMore = start + size < items.length;
  return { page, meta: { has_more: hasMore, response_metadata: { next_cursor: hasMore ? String(start + size) : '' } } };
}

export function userPayload(user: FakeSlackUser): ApiResult {
  return {
    id: user.id,
    name: user.name,
    real_name: user.realName ?? user.name,
    deleted: user.deleted ?? false,
    is_bot: user.isBot ?? false,
    profile: { real_name: user.realName ?? user.name, display_name: user.displayName ?? '' },
  };
}
