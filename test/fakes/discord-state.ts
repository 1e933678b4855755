/**
 * The fake Discord's world: users, guilds, channels and stored messages, plus builders for the JSON
 * shapes the real API sends. discord.js parses these exactly as it parses Discord's own payloads,
 * so every field it dereferences unconditionally has to be present.
 */
const DISCORD_EPOCH = 1_420_070_400_000n;

export interface FakeUser {
  id: string;
  username: string;
  globalName?: string;
  bot?: boolean;
}

export interface FakeRole {
  id: string;
  name: string;
}

export interface FakeMember {
  user: FakeUser;
  nick?: string;
  /** Role ids. */
  roles: string[];
}

export interface FakeChannel {
  id: string;
  name: string;
  /** 0 text (default), 1 DM, 5 announcement, 11 public thread. */
  type?: number;
  /** Parent channel of a thread. */
  parentId?: string;
  /** Creator of a thread; the other person of a DM. */
  ownerId?: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
  members: FakeMember[];
  roles: FakeRole[];
}

export type ApiObject = Record<string, unknown>;

let sequence = 0;

/** A snowflake for `timestampMs`: Discord ids encode their creation time, and discord.js reads it back. */
export function snowflake(timestampMs: number = Date.now()): string {
  sequence = (sequence + 1) % 4096;
  return ((BigInt(timestampMs) - DISCORD_EPOCH) << 22n | BigInt(sequence)).toString();
}

export function timestampOf(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

export class FakeDiscordState {
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel & { guildId?: string }>();
  /** Messages per channel, in creation order. */
  readonly messages = new Map<string, ApiObject[]>();

  constructor(
    readonly botUser: FakeUser,
    readonly guilds: FakeGuild[],
    readonly applicationId: string = botUser.id,
  ) {
    this.users.set(botUser.id, { ...botUser, bot: true });
    for (const guild of guilds) {
      for (const member of guild.members) this.users.set(member.user.id, member.user);
      for (const channel of guild.channels) this.channels.set(channel.id, { ...channel, guildId: guild.id });
    }
  }

  guildOf(channelId: string): FakeGuild | undefined {
    const guildId = this.channels.get(channelId)?.guildId;
    return this.guilds.find((guild) => guild.id === guildId);
  }

  member(guildId: string, userId: string): FakeMember | undefined {
    return this.guilds.find((guild) => guild.id === guildId)?.members.find((member) => member.user.id === userId);
  }

  userJson(userId: string): ApiObject {
    const user = this.users.get(userId) ?? { id: userId, username: `user-${userId}` };
    return {
      id: user.id,
      username: user.username,
      global_name: user.globalName ?? null,
      discriminator: '0',
      avatar: null,
      bot: user.bot ?? false,
    };
  }

  memberJson(guildId: string, userId: string, withUser: boolean): ApiObject | undefined {
    const member = this.member(guildId, userId);
    if (!member && userId !== this.botUser.id) return undefined;
    return {
      ...(withUser ? { user: this.userJson(userId) } : {}),
      nick: member?.nick ?? null,
      roles: member?.roles ?? [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      avatar: null,
    };
  }

  channelJson(channelId: string): ApiObject {
    const channel = this.channels.get(channelId);
    if (!channel) return { id: channelId, type: 0, name: `channel-${channelId}` };
    const base: ApiObject = {
      id: channel.id,
      type: channel.type ?? 0,
      name: channel.name,
      guild_id: channel.guildId,
      position: 0,
      permission_overwrites: [],
      parent_id: channel.parentId ?? null,
      nsfw: false,
      rate_limit_per_user: 0,
    };
    if (channel.type === 1) return { id: channel.id, type: 1, recipients: [this.userJson(channel.ownerId ?? '')] };
    if (channel.type !== 11 && channel.type !== 12) return base;
    return {
      ...base,
      owner_id: channel.ownerId ?? this.botUser.id,
      message_count: this.messages.get(channelId)?.length ?? 0,
      member_count: 1,
      total_message_sent: this.messages.get(channelId)?.length ?? 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
    };
  }

  guildCreateJson(guild: FakeGuild): ApiObject {
    const everyone = { id: guild.id, name: '@everyone' };
    const isThread = (channel: FakeChannel) => channel.type === 11 || channel.type === 12;
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: guild.members[0]?.user.id ?? this.botUser.id,
      unavailable: false,
      large: false,
      member_count: guild.members.length + 1,
      joined_at: new Date(0).toISOString(),
      features: [],
      emojis: [],
      stickers: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      roles: [everyone, ...guild.roles].map((role, position) => roleJson(role, position)),
      channels: guild.channels.filter((channel) => !isThread(channel)).map((c) => this.channelJson(c.id)),
      threads: guild.channels.filter(isThread).map((channel) => this.channelJson(channel.id)),
      // Without the GuildMembers intent Discord only sends the bot's own member here.
      members: [this.memberJson(guild.id, this.botUser.id, true)],
    };
  }

  storeMessage(channelId: string, message: ApiObject): ApiObject {
    const list = this.messages.get(channelId) ?? [];
    list.push(message);
    this.messages.set(channelId, list);
    return message;
  }

  findMessage(channelId: string, messageId: string): ApiObject | undefined {
    return this.messages.get(channelId)?.find((message) => message.id === messageId);
  }

  /** A message JSON in the REST shape (no `member`; the gateway adds it). */
  messageJson(input: {
    channelId: string;
    authorId: string;
    content: string;
    id?: string;
    extra?: ApiObject;
  }): ApiObject {
    const id = input.id ?? snowflake();
    const mentionIds = [...input.content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? '');
    return {
      id,
      channel_id: input.channelId,
      author: this.userJson(input.authorId),
      content: input.content,
      timestamp: new Date(timestampOf(id)).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [...new Set(mentionIds)].map((userId) => this.userJson(userId)),
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...input.extra,
    };
  }

  /** Adds what the gateway's MESSAGE_CREATE carries beyond the REST shape. */
  gatewayMessage(message: ApiObject): ApiObject {
    const channelId = String(message.channel_id);
    const channel = this.channels.get(channelId);
    const author = message.author as { id: string };
    if (!channel?.guildId) return { ...message, channel_type: channel?.type ?? 1 };
    const mentions = (message.mentions as ApiObject[]).map((user) => ({
      ...user,
      member: this.memberJson(channel.guildId ?? '', String(user.id), false),
    }));
    return {
      ...message,
      guild_id: channel.guildId,
      channel_type: channel.type ?? 0,
      member: this.memberJson(channel.guildId, author.id, false),
      mentions,
    };
  }
}

function roleJson(role: FakeRole, position: number): ApiObject {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    hoist: false,
    position,
    permissions: '0',
    managed: false,
    mentionable: false,
    flags: 0,
    icon: null,
    unicode_emoji: null,
  };
}
