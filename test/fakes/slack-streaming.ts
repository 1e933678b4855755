/**
 * The fake's AI-app methods, in Slack's shapes: text streaming (`chat.startStream` → `{ok, channel,
 * ts}`, `chat.appendStream`, `chat.stopStream` → `{ok, channel, ts, message}`; chunks are
 * `{type: "markdown_text", text}` or a `markdown_text` field) and `assistant.threads.*`.
 * A stream lives in a thread, needs its recipient outside DMs, takes no appends once stopped and no
 * chat.update until stopped.
 * A loading status (`assistant.threads.setStatus`) may be set in any thread of a channel the bot is
 * in (Slack accepts it with `chat:write` since March 2026, not only in the assistant view); an empty
 * status clears it, and Slack clears it itself when the app replies in that thread.
 */
import type { ApiArgs, ApiResult, FakeSlackMessage, FakeSlackState } from './slack-state.ts';

interface StreamContext {
  state: FakeSlackState;
}

type Method = (args: ApiArgs, context: StreamContext) => ApiResult;

const str = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : String(value));
const fail = (error: string): ApiResult => ({ ok: false, error });

/** The streamed messages, by `channel:ts`: what the person sees grows with each append. */
const streams = new WeakMap<FakeSlackState, Map<string, { message: FakeSlackMessage; stopped: boolean; appends: number }>>();

function streamsOf(state: FakeSlackState) {
  let map = streams.get(state);
  if (!map) streams.set(state, (map = new Map()));
  return map;
}

function chunkText(args: ApiArgs): string {
  const chunks = Array.isArray(args.chunks) ? (args.chunks as Array<{ type?: string; text?: string }>) : [];
  const fromChunks = chunks.filter((chunk) => chunk.type === 'markdown_text').map((chunk) => chunk.text ?? '').join('');
  return str(args.markdown_text) + fromChunks;
}

const startStream: Method = (args, { state }) => {
  const channel = str(args.channel);
  if (!args.thread_ts) return fail('invalid_arguments');
  if (!channel.startsWith('D')) {
    if (!state.channels.has(channel)) return fail('channel_not_found');
    if (!state.isMember(channel)) return fail('not_in_channel');
    if (!args.recipient_user_id || !args.recipient_team_id) return fail('invalid_arguments');
  }
  const ts = state.nextTs();
  const message: FakeSlackMessage = { ts, text: chunkText(args), user: state.botUserId, bot_id: state.botId, thread_ts: str(args.thread_ts) };
  state.addMessage(channel, message);
  streamsOf(state).set(`${channel}:${ts}`, { message, stopped: false, appends: 0 });
  return { ok: true, channel, ts };
};

const appendStream: Method = (args, { state }) => {
  const stream = streamsOf(state).get(`${str(args.channel)}:${str(args.ts)}`);
  if (!stream) return fail('message_not_found');
  if (stream.stopped) return fail('message_not_in_streaming_state');
  stream.message.text += chunkText(args);
  stream.appends += 1;
  return { ok: true, channel: str(args.channel), ts: str(args.ts) };
};

const stopStream: Method = (args, { state }) => {
  const stream = streamsOf(state).get(`${str(args.channel)}:${str(args.ts)}`);
  if (!stream) return fail('message_not_found');
  if (stream.stopped) return fail('message_not_in_streaming_state');
  stream.message.text += chunkText(args);
  if (Array.isArray(args.blocks)) stream.message.blocks = args.blocks;
  stream.stopped = true;
  return { ok: true, channel: str(args.channel), ts: str(args.ts), message: { ...stream.message } };
};

/**
 * A message still streaming takes no edits: it is finished with chat.stopStream first. Slack
 * documents no error code of its own for this; the fake answers chat.update's `cant_update_message`.
 */
export function isStreaming(state: FakeSlackState, channel: string, ts: string): boolean {
  const stream = streamsOf(state).get(`${channel}:${ts}`);
  return stream !== undefined && !stream.stopped;
}

/** Loading statuses by `channel:thread_ts`, with the last ts before they were set. */
const statuses = new WeakMap<FakeSlackState, Map<string, { status: string; loadingMessages: string[]; after: string }>>();

const setStatus: Method = (args, { state }) => {
  const channel = str(args.channel_id);
  if (!channel || !args.thread_ts || typeof args.status !== 'string') return fail('invalid_arguments');
  const loadingMessages = Array.isArray(args.loading_messages) ? args.loading_messages.map(str) : [];
  if (loadingMessages.length > 10) return fail('invalid_arguments');
  if (!channel.startsWith('D')) {
    if (!state.channels.has(channel)) return fail('channel_not_found');
    if (!state.isMember(channel)) return fail('not_in_channel');
  }
  let map = statuses.get(state);
  if (!map) statuses.set(state, (map = new Map()));
  map.set(`${channel}:${str(args.thread_ts)}`, { status: args.status, loadingMessages, after: state.nextTs() });
  return { ok: true };
};

/** What the thread shows under its last message now: the status, unless cleared or the bot replied since. */
export function threadStatus(state: FakeSlackState, channel: string, threadTs: string): string {
  const entry = statuses.get(state)?.get(`${channel}:${threadTs}`);
  if (!entry) return '';
  const replied = (state.threads.get(`${channel}:${threadTs}`) ?? []).some((message) => message.user === state.botUserId && Number(message.ts) > Number(entry.after));
  return replied ? '' : entry.status;
}

export const STREAMING_METHODS: Record<string, Method> = {
  'chat.startStream': startStream,
  'chat.appendStream': appendStream,
  'chat.stopStream': stopStream,
  'assistant.threads.setStatus': setStatus,
  'assistant.threads.setSuggestedPrompts': (args) => (args.channel_id && Array.isArray(args.prompts) ? { ok: true } : fail('invalid_arguments')),
  'assistant.threads.setTitle': (args) => (args.channel_id && args.title ? { ok: true } : fail('invalid_arguments')),
};
