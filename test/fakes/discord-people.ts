/**
 * People acting on the fake Discord: writing messages, running slash commands, clicking buttons.
 * Each helper stores what Discord would store and dispatches the gateway event it would send,
 * shaped as the real payloads (member with role ids, `entitlements`, `channel`, …).
 */
import { randomBytes } from 'node:crypto';
import type { FakeGateway } from './discord-gateway.ts';
import type { FakeInteractionRecord } from './discord-rest-interactions.ts';
import { snowflake, type ApiObject, type FakeDiscordState } from './discord-state.ts';

export interface UserMessageInput {
  /** Guild channel or thread id; omit and set `direct: true` for a DM. */
  channelId?: string;
  direct?: boolean;
  authorId: string;
  content: string;
  /** Authored by a bot account (to check bots are ignored). */
  bot?: boolean;
}

export interface SeedMessage {
  authorId: string;
  content: string;
  /** Creation time in ms; ids are derived from it, as Discord's are. */
  at: number;
}

export interface SlashCommandInput {
  channelId: string;
  userId: string;
  name: string;
  options?: Record<string, string | number>;
  /** When the interaction was created (ms since epoch; default now): its token lives 15 minutes from then. */
  createdAt?: number;
}

export interface FakePeople {
  /** A person posts a message: stored and dispatched as MESSAGE_CREATE. */
  userMessage(input: UserMessageInput): ApiObject;
  /** Messages already in a channel before the test (no gateway event). */
  seedMessages(channelId: string, messages: SeedMessage[]): ApiObject[];
  /** DM channel id between the bot and a user (created on first use). */
  dmChannelId(userId: string): string;
  slashCommand(input: SlashCommandInput): FakeInteractionRecord;
  clickButton(input: { channelId: string; userId: string; customId: string; messageId: string }): FakeInteractionRecord;
  /** Stored messages of a channel, oldest first. */
  messagesIn(channelId: string): ApiObject[];
  /** A person edits their message: new content and Discord's `edited_timestamp` (no gateway event). */
  editMessage(channelId: string, messageId: string, content: string): void;
  /** A person deletes their message: later reads answer 10008 Unknown Message (no gateway event). */
  deleteMessage(channelId: string, messageId: string): void;
}

interface World {
  state: FakeDiscordState;
  gateway: FakeGateway;
  interactions: Map<string, FakeInteractionRecord>;
}

export function createPeople(
  state: FakeDiscordState,
  gateway: FakeGateway,
  interactions: Map<string, FakeInteractionRecord>,
): FakePeople {
  const world: World = { state, gateway, interactions };
  return {
    dmChannelId: (userId) => dmChannelId(state, userId),
    userMessage: (input) => userMessage(world, input),
    seedMessages: (channelId, messages) => seedMessages(state, channelId, messages),
    slashCommand: (input) => slashCommand(world, input),
    clickButton: (input) => clickButton(world, input),
    messagesIn: (channelId) => [...(state.messages.get(channelId) ?? [])],
    editMessage: (channelId, messageId, content) => {
      const message = state.findMessage(channelId, messageId);
      if (!message) throw new Error(`no message ${messageId} in ${channelId}`);
      Object.assign(message, { content, edited_timestamp: new Date().toISOString() });
    },
    deleteMessage: (channelId, messageId) => {
      state.messages.set(channelId, (state.messages.get(channelId) ?? []).filter((message) => message.id !== messageId));
    },
  };
}

function dmChannelId(state: FakeDiscordState, userId: string): string {
  const existing = [...state.channels.values()].find((channel) => channel.type === 1 && channel.ownerId === userId);
  if (existing) return existing.id;
  const id = snowflake();
  state.channels.set(id, { id, name: `dm-${userId}`, type: 1, ownerId: userId });
  return id;
}

function userMessage({ state, gateway }: World, input: UserMessageInput): ApiObject {
  const channelId = input.direct ? dmChannelId(state, input.authorId) : (input.channelId ?? '');
  if (input.bot) {
    const known = state.users.get(input.authorId);
    state.users.set(input.authorId, { id: input.authorId, username: known?.username ?? 'some-bot', bot: true });
  }
  const message = state.messageJson({ channelId, authorId: input.authorId, content: input.content });
  state.storeMessage(channelId, message);
  gateway.dispatch('MESSAGE_CREATE', state.gatewayMessage(message));
  return message;
}

function seedMessages(state: FakeDiscordState, channelId: string, messages: SeedMessage[]): ApiObject[] {
  return messages.map((seed) =>
    state.storeMessage(
      channelId,
      state.messageJson({ channelId, authorId: seed.authorId, content: seed.content, id: snowflake(seed.at) }),
    ),
  );
}

function slashCommand(world: World, input: SlashCommandInput): FakeInteractionRecord {
  const { record, payload } = interactionBase(world, input.channelId, input.userId, input.createdAt);
  const options = Object.entries(input.options ?? {}).map(([name, value]) => ({
    name,
    type: typeof value === 'number' ? 4 : 3,
    value,
  }));
  world.gateway.dispatch('INTERACTION_CREATE', {
    ...payload,
    type: 2,
    data: { id: snowflake(), name: input.name, type: 1, options },
  });
  return record;
}

function clickButton(
  world: World,
  input: { channelId: string; userId: string; customId: string; messageId: string },
): FakeInteractionRecord {
  const { record, payload } = interactionBase(world, input.channelId, input.userId);
  const message = world.state.findMessage(input.channelId, input.messageId) ?? { id: input.messageId };
  world.gateway.dispatch('INTERACTION_CREATE', {
    ...payload,
    type: 3,
    message,
    data: { custom_id: input.customId, component_type: 2 },
  });
  return record;
}

/** The fields every interaction carries, and its record for the REST side to fill in. */
function interactionBase({ state, interactions }: World, channelId: string, userId: string, createdAt?: number) {
  const id = snowflake(createdAt);
  const record: FakeInteractionRecord = {
    id,
    token: `token-${randomBytes(12).toString('hex')}`,
    channelId,
    callbacks: [],
    originalEdits: 0,
    originalEditLog: [],
    originalDeleted: false,
    followups: [],
  };
  interactions.set(id, record);
  const guildId = state.channels.get(channelId)?.guildId;
  const member = guildId ? state.memberJson(guildId, userId, true) : undefined;
  const payload: ApiObject = {
    id,
    application_id: state.applicationId,
    token: record.token,
    version: 1,
    channel_id: channelId,
    channel: state.channelJson(channelId),
    locale: 'en-US',
    app_permissions: '2251799813685247',
    entitlements: [],
    authorizing_integration_owners: {},
    context: guildId ? 0 : 1,
    ...(guildId
      ? { guild_id: guildId, guild_locale: 'en-US', member: { ...member, permissions: '0' } }
      : { user: state.userJson(userId) }),
  };
  return { record, payload };
}
