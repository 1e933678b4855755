/**
 * REST routes of the fake Discord under `/api/v10`: gateway discovery, users, channels and
 * messages, typing, threads, guild members and application commands. Interaction callbacks and
 * webhooks live in discord-rest-interactions.ts.
 */
import type { FakeGateway } from './discord-gateway.ts';
import type { FakeInteractionRecord } from './discord-rest-interactions.ts';
import { messageBodyProblems } from './discord-limits.ts';
import { snowflake, type ApiObject, type FakeDiscordState } from './discord-state.ts';

export interface FakeRequest {
  method: string;
  /** Path below `/api/v10`, segments decoded: `/channels/1/messages`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: { name: string; size: number }[];
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestContext {
  state: FakeDiscordState;
  gateway: FakeGateway;
  gatewayUrl: () => string;
  /** Interactions the test dispatched, by id. */
  interactions: Map<string, FakeInteractionRecord>;
}

export type RouteHandler = (request: FakeRequest, params: string[], context: RestContext) => FakeResponse;
export type Route = [method: string, pattern: RegExp, handler: RouteHandler];

export const json = (body: unknown, status = 200): FakeResponse => ({ status, body });
export const noContent = (): FakeResponse => ({ status: 204 });
export const notFound = (what: string, code: number): FakeResponse =>
  json({ message: `Unknown ${what}`, code }, 404);

export function invalidBody(problems: string[]): FakeResponse {
  return json({ message: 'Invalid Form Body', code: 50035, errors: { _problems: problems } }, 400);
}

/** Message fields the bot may set, copied from a create/edit body. */
export function messageFields(body: ApiObject, files: FakeRequest['files']): ApiObject {
  const fields: ApiObject = {};
  for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
    if (key in body) fields[key] = body[key];
  }
  if (files.length > 0) {
    fields.attachments = files.map((file, index) => ({
      id: snowflake(),
      filename: file.name,
      size: file.size,
      url: `https://cdn.example.invalid/${index}/${file.name}`,
      proxy_url: `https://cdn.example.invalid/${index}/${file.name}`,
    }));
  }
  return fields;
}

function createMessage(request: FakeRequest, [channelId = '']: string[], context: RestContext): FakeResponse {
  const { state, gateway } = context;
  if (!state.channels.has(channelId)) return notFound('Channel', 10003);
  const body = (request.body ?? {}) as ApiObject;
  const problems = messageBodyProblems({ ...body, attachments: request.files }, { requireSomething: true });
  if (problems.length > 0) return invalidBody(problems);
  const reference = body.message_reference as ApiObject | undefined;
  const message = state.messageJson({
    channelId,
    authorId: state.botUser.id,
    content: typeof body.content === 'string' ? body.content : '',
    extra: {
      ...messageFields(body, request.files),
      ...(reference ? { type: 19, message_reference: { ...reference, channel_id: channelId } } : {}),
    },
  });
  state.storeMessage(channelId, message);
  // Discord echoes the bot's own messages over the gateway; the adapter must ignore them.
  gateway.dispatch('MESSAGE_CREATE', state.gatewayMessage(message));
  return json(message);
}

function editMessage(request: FakeRequest, [channelId = '', messageId = '']: string[], context: RestContext) {
  const message = context.state.findMessage(channelId, messageId);
  if (!message) return notFound('Message', 10008);
  const body = (request.body ?? {}) as ApiObject;
  const problems = messageBodyProblems(body, { requireSomething: false });
  if (problems.length > 0) return invalidBody(problems);
  Object.assign(message, messageFields(body, request.files), { edited_timestamp: new Date().toISOString() });
  return json(message);
}

function deleteMessage(_request: FakeRequest, [channelId = '', messageId = '']: string[], context: RestContext) {
  const list = context.state.messages.get(channelId) ?? [];
  const index = list.findIndex((message) => message.id === messageId);
  if (index < 0) return notFound('Message', 10008);
  list.splice(index, 1);
  return noContent();
}

/** GET messages: newest first, `before`/`after` cursors, at most `limit` (≤ 100), as Discord pages. */
function listMessages(request: FakeRequest, [channelId = '']: string[], context: RestContext) {
  if (!context.state.channels.has(channelId)) return notFound('Channel', 10003);
  const limit = Math.min(Number(request.query.limit ?? 50), 100);
  const before = request.query.before ? BigInt(request.query.before) : undefined;
  const after = request.query.after ? BigInt(request.query.after) : undefined;
  const newestFirst = [...(context.state.messages.get(channelId) ?? [])].sort((a, b) =>
    BigInt(String(b.id)) > BigInt(String(a.id)) ? 1 : -1,
  );
  const page = newestFirst.filter((message) => {
    const id = BigInt(String(message.id));
    return (before === undefined || id < before) && (after === undefined || id > after);
  });
  return json(page.slice(0, limit));
}

function startThread(request: FakeRequest, [channelId = '', messageId = '']: string[], context: RestContext) {
  const { state, gateway } = context;
  const parent = state.channels.get(channelId);
  if (!parent?.guildId) return notFound('Channel', 10003);
  if (!state.findMessage(channelId, messageId)) return notFound('Message', 10008);
  const body = (request.body ?? {}) as ApiObject;
  // A thread started from a message takes the message's id, as on Discord.
  state.channels.set(messageId, {
    id: messageId,
    name: String(body.name ?? 'thread'),
    type: 11,
    parentId: channelId,
    ownerId: state.botUser.id,
    guildId: parent.guildId,
  });
  const thread = state.channelJson(messageId);
  gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
  return json(thread, 201);
}

function openDm(request: FakeRequest, _params: string[], { state }: RestContext): FakeResponse {
  const recipientId = String((request.body as ApiObject | undefined)?.recipient_id ?? '');
  const existing = [...state.channels.values()].find((c) => c.type === 1 && c.ownerId === recipientId);
  const id = existing?.id ?? snowflake();
  if (!existing) state.channels.set(id, { id, name: `dm-${recipientId}`, type: 1, ownerId: recipientId });
  return json(state.channelJson(id));
}

function guildMember(_request: FakeRequest, [guildId = '', userId = '']: string[], { state }: RestContext) {
  const member = state.memberJson(guildId, userId, true);
  return member ? json(member) : notFound('Member', 10007);
}

function listMembers(request: FakeRequest, [guildId = '']: string[], { state }: RestContext) {
  const guild = state.guilds.find((candidate) => candidate.id === guildId);
  if (!guild) return notFound('Guild', 10004);
  const limit = Number(request.query.limit ?? 1);
  return json(guild.members.slice(0, limit).map((member) => state.memberJson(guildId, member.user.id, true)));
}

function putCommands(request: FakeRequest, [applicationId = '', guildId]: string[]): FakeResponse {
  const commands = Array.isArray(request.body) ? (request.body as ApiObject[]) : [];
  return json(
    commands.map((command) => ({
      ...command,
      id: snowflake(),
      application_id: applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      version: snowflake(),
      type: command.type ?? 1,
    })),
  );
}

const ID = '(\\d+)';

export const restRoutes: Route[] = [
  ['GET', /^\/gateway(?:\/bot)?$/, (_request, _params, context) =>
    json({
      url: context.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    })],
  ['GET', /^\/users\/@me$/, (_request, _params, { state }) => json(state.userJson(state.botUser.id))],
  ['POST', /^\/users\/@me\/channels$/, openDm],
  ['GET', new RegExp(`^/channels/${ID}$`), (_request, [id = ''], { state }) =>
    state.channels.has(id) ? json(state.channelJson(id)) : notFound('Channel', 10003)],
  ['GET', new RegExp(`^/channels/${ID}/messages$`), listMessages],
  ['POST', new RegExp(`^/channels/${ID}/messages$`), createMessage],
  ['GET', new RegExp(`^/channels/${ID}/messages/${ID}$`), (_request, [channelId = '', messageId = ''], { state }) => {
    if (!state.channels.has(channelId)) return notFound('Channel', 10003);
    const message = state.findMessage(channelId, messageId);
    return message ? json(message) : notFound('Message', 10008);
  }],
  ['PATCH', new RegExp(`^/channels/${ID}/messages/${ID}$`), editMessage],
  ['DELETE', new RegExp(`^/channels/${ID}/messages/${ID}$`), deleteMessage],
  ['POST', new RegExp(`^/channels/${ID}/messages/${ID}/threads$`), startThread],
  ['POST', new RegExp(`^/channels/${ID}/typing$`), () => noContent()],
  ['GET', new RegExp(`^/guilds/${ID}/members$`), listMembers],
  ['GET', new RegExp(`^/guilds/${ID}/members/${ID}$`), guildMember],
  ['PUT', new RegExp(`^/applications/${ID}/commands$`), putCommands],
  ['PUT', new RegExp(`^/applications/${ID}/guilds/${ID}/commands$`), putCommands],
];
