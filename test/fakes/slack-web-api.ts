/**
 * The fake's Web API methods. Each returns Slack's JSON (`{ok:true,…}` or `{ok:false,error}`);
 * the server decides about rate limits and injected failures before calling them.
 */
import { isStreaming, STREAMING_METHODS } from './slack-streaming.ts';
import { FakeSlackState, paginate, userPayload, type ApiArgs, type ApiResult, type FakeSlackMessage } from './slack-state.ts';

export interface WebApiContext {
  state: FakeSlackState;
  /** Base of the fake, e.g. `http://127.0.0.1:PORT`. */
  baseUrl: string;
  /** ws:// URL handed out by apps.connections.open. */
  socketUrl: string;
}

type Method = (args: ApiArgs, context: WebApiContext) => ApiResult;

const fail = (error: string, extra: ApiResult = {}): ApiResult => ({ ok: false, error, ...extra });
const str = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : String(value));

function requireMember(args: ApiArgs, state: FakeSlackState): ApiResult | undefined {
  const channel = str(args.channel);
  if (channel.startsWith('D')) return undefined;
  if (!state.channels.has(channel)) return fail('channel_not_found');
  return state.isMember(channel) ? undefined : fail('not_in_channel');
}

function post(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const denied = requireMember(args, state);
  if (denied) return denied;
  const ts = state.nextTs();
  const message: FakeSlackMessage = { ts, text: str(args.text), user: state.botUserId, bot_id: state.botId };
  if (args.thread_ts !== undefined) message.thread_ts = str(args.thread_ts);
  if (Array.isArray(args.blocks)) message.blocks = args.blocks;
  if (typeof args.metadata === 'object' && args.metadata !== null) message.metadata = args.metadata;
  state.addMessage(str(args.channel), message);
  return { ok: true, channel: str(args.channel), ts, message };
}

function update(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const message = state.findMessage(str(args.channel), str(args.ts));
  if (!message) return fail('message_not_found');
  if (isStreaming(state, str(args.channel), message.ts)) return fail('cant_update_message');
  message.text = str(args.text);
  if (Array.isArray(args.blocks)) message.blocks = args.blocks;
  return { ok: true, channel: str(args.channel), ts: message.ts, text: message.text };
}

/** Slack's `oldest` / `latest` window: both bounds exclusive unless `inclusive` is true. */
function within(args: ApiArgs): (message: FakeSlackMessage) => boolean {
  const oldest = Number(args.oldest ?? 0);
  const latest = args.latest === undefined ? Number.POSITIVE_INFINITY : Number(args.latest);
  const inclusive = args.inclusive === true || args.inclusive === 'true';
  return (message) => {
    const ts = Number(message.ts);
    return inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest;
  };
}

function replies(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const denied = requireMember(args, state);
  if (denied) return denied;
  const thread = state.threads.get(`${str(args.channel)}:${str(args.ts)}`);
  if (!thread) return fail('thread_not_found');
  const { page, meta } = paginate(thread.filter(within(args)), args, state.maxPageSize);
  const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
  return { ok: true, messages: withMetadata ? page : page.map(({ metadata: _metadata, ...message }) => message), ...meta };
}

function history(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const denied = requireMember(args, state);
  if (denied) return denied;
  const newestFirst = [...(state.history.get(str(args.channel)) ?? [])]
    .filter(within(args))
    .sort((a, b) => Number(b.ts) - Number(a.ts));
  const { page, meta } = paginate(newestFirst, args, state.maxPageSize);
  return { ok: true, messages: page, ...meta };
}

function channelInfo(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const channel = state.channels.get(str(args.channel));
  if (!channel) return fail('channel_not_found');
  return { ok: true, channel: { id: channel.id, name: channel.name, is_im: channel.isIm ?? false, is_member: channel.isMember !== false } };
}

function userInfo(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const user = state.users.get(str(args.user));
  return user ? { ok: true, user: userPayload(user) } : fail('user_not_found');
}

function userList(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const { page, meta } = paginate([...state.users.values()].map(userPayload), args, state.maxPageSize);
  return { ok: true, members: page, response_metadata: meta.response_metadata };
}

function usergroups(args: ApiArgs, { state }: WebApiContext): ApiResult {
  const withUsers = args.include_users === true || args.include_users === 'true';
  return { ok: true, usergroups: state.usergroups.map((group) => ({ id: group.id, handle: group.handle, ...(withUsers ? { users: group.users } : {}) })) };
}

const WORKSPACE_URL = 'https://fake-workspace.slack.com/';
let fileCounter = 0;

export const WEB_API_METHODS: Record<string, Method> = {
  ...STREAMING_METHODS,
  'auth.test': (_args, { state }) => ({
    ok: true,
    user_id: state.botUserId,
    bot_id: state.botId,
    team_id: state.teamId,
    user: 'tandem',
    url: WORKSPACE_URL,
  }),
  'apps.connections.open': (_args, { socketUrl }) => ({ ok: true, url: socketUrl }),
  'chat.postMessage': post,
  'chat.update': update,
  'chat.delete': (args, { state }) => (state.removeMessage(str(args.channel), str(args.ts)) ? { ok: true } : fail('message_not_found')),
  'chat.postEphemeral': (args, { state }) => requireMember(args, state) ?? { ok: true, message_ts: state.nextTs() },
  'chat.getPermalink': (args) => {
    const channel = str(args.channel);
    return { ok: true, channel, permalink: `${WORKSPACE_URL}archives/${channel}/p${str(args.message_ts).replace('.', '')}` };
  },
  'conversations.replies': replies,
  'conversations.history': history,
  'conversations.info': channelInfo,
  'conversations.list': (args, { state }) => {
    const channels = [...state.channels.values()].filter((channel) => !channel.isIm).map((channel) => ({ id: channel.id, name: channel.name, is_member: channel.isMember !== false, is_archived: false }));
    const { page, meta } = paginate(channels, args, state.maxPageSize);
    return { ok: true, channels: page, response_metadata: meta.response_metadata };
  },
  'conversations.open': (args) => ({ ok: true, channel: { id: `D${str(args.users).split(',')[0] ?? ''}` } }),
  'users.info': userInfo,
  'users.list': userList,
  'usergroups.list': usergroups,
  'files.getUploadURLExternal': (_args, { baseUrl }) => {
    fileCounter += 1;
    const fileId = `F${String(fileCounter).padStart(6, '0')}`;
    return { ok: true, upload_url: `${baseUrl}/upload/${fileId}`, file_id: fileId };
  },
  'files.completeUploadExternal': (args) => {
    const files = Array.isArray(args.files) ? (args.files as { id: string; title?: string }[]) : [];
    return { ok: true, files: files.map((file) => ({ id: file.id, title: file.title ?? '', channels: [str(args.channel_id)] })) };
  },
};
