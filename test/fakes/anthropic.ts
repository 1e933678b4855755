/**
 * A fake Anthropic API on 127.0.0.1 speaking the real wire format, so tests drive the real
 * `@anthropic-ai/sdk`: /v1/messages as JSON or SSE with `event:` lines (message_start,
 * content_block_start/delta/stop, message_delta with usage, message_stop), /v1/models and
 * /v1/models/{id}, and errors in Anthropic's `{type: "error", error: {type, message}}` shape.
 * Accepts the key as `x-api-key` (SDK 0.x) or `Authorization: Bearer` (SDK 1.x).
 */
import type { ServerResponse } from 'node:http';
import { parseJsonBody, sendJson, sendSse, splitIntoPieces, startRecordingServer } from './http-recorder.ts';
import type { FakeServer, RecordedRequest } from './http-recorder.ts';

export interface AnthropicReply {
  text: string;
  /** Uncached input only, as Anthropic reports it. */
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number | null;
  cacheCreationInputTokens: number | null;
  stopReason: 'end_turn' | 'max_tokens' | 'stop_sequence' | 'refusal';
  /** The id answered with; defaults to the requested model. */
  model?: string;
  /** Stream an `event: error` of this type after the first text delta (e.g. overloaded_error). */
  streamErrorType?: string;
}

export interface FakeAnthropicModel {
  id: string;
  maxInputTokens?: number;
}

export interface FakeAnthropicOptions {
  /** When set, requests must carry it as `x-api-key` or `Authorization: Bearer`. */
  apiKey?: string;
  models?: FakeAnthropicModel[];
  reply?: Partial<AnthropicReply>;
}

export interface FakeAnthropic extends FakeServer {
  reply: AnthropicReply;
  models: FakeAnthropicModel[];
}

export const DEFAULT_ANTHROPIC_REPLY: AnthropicReply = {
  text: 'The cron job ran twice because two replicas claimed the same slot.',
  inputTokens: 25,
  outputTokens: 14,
  cacheReadInputTokens: 100,
  cacheCreationInputTokens: 8,
  stopReason: 'end_turn',
};

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

export async function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  let fake: FakeAnthropic | undefined;
  const server = await startRecordingServer({
    errorBody: (status, message) => anthropicErrorBody(status, message),
    handle: (request, response) => {
      if (fake !== undefined) route(fake, options, request, response);
    },
  });
  fake = Object.assign(server, {
    reply: { ...DEFAULT_ANTHROPIC_REPLY, ...options.reply },
    models: options.models ?? [{ id: 'claude-sonnet-4-6', maxInputTokens: 200_000 }, { id: 'claude-haiku-4-5', maxInputTokens: 200_000 }],
  });
  return fake;
}

export function anthropicErrorBody(status: number, message: string): string {
  const type = ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
  return JSON.stringify({ type: 'error', error: { type, message }, request_id: 'req_fake' });
}

function sendError(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake' }).end(anthropicErrorBody(status, message));
}

function route(fake: FakeAnthropic, options: FakeAnthropicOptions, request: RecordedRequest, response: ServerResponse): void {
  const bearer = request.headers['authorization']?.replace(/^Bearer /, '');
  const key = request.headers['x-api-key'] ?? bearer;
  if (key === undefined || (options.apiKey !== undefined && key !== options.apiKey)) {
    sendError(response, 401, 'invalid x-api-key');
    return;
  }
  if (request.headers['anthropic-version'] === undefined) {
    sendError(response, 400, 'anthropic-version: header is required');
    return;
  }
  const path = request.path.split('?')[0] ?? '';
  const modelPath = /^\/v1\/models\/([^/]+)$/.exec(path);
  if (request.method === 'POST' && path === '/v1/messages') serveMessages(fake, request, response);
  else if (request.method === 'GET' && path === '/v1/models') serveModels(fake, response);
  else if (request.method === 'GET' && modelPath) serveModel(fake, decodeURIComponent(modelPath[1] ?? ''), response);
  else sendError(response, 404, 'Not found');
}

function modelInfo(model: FakeAnthropicModel): Record<string, unknown> {
  return {
    type: 'model',
    id: model.id,
    display_name: model.id,
    created_at: new Date(0).toISOString(),
    max_input_tokens: model.maxInputTokens ?? null,
    max_tokens: 64_000,
  };
}

function serveModels(fake: FakeAnthropic, response: ServerResponse): void {
  const data = fake.models.map(modelInfo);
  sendJson(response, 200, { data, has_more: false, first_id: fake.models[0]?.id ?? null, last_id: fake.models.at(-1)?.id ?? null });
}

function serveModel(fake: FakeAnthropic, id: string, response: ServerResponse): void {
  const model = fake.models.find((candidate) => candidate.id === id);
  if (model === undefined) sendError(response, 404, `model: ${id}`);
  else sendJson(response, 200, modelInfo(model));
}

function serveMessages(fake: FakeAnthropic, request: RecordedRequest, response: ServerResponse): void {
  const body = parseJsonBody(request);
  if (body === undefined || !Array.isArray(body.messages) || typeof body.max_tokens !== 'number') {
    sendError(response, 400, 'messages and max_tokens: Field required');
    return;
  }
  if (!fake.models.some((model) => model.id === body.model)) {
    sendError(response, 404, `model: ${String(body.model)}`);
    return;
  }
  const reply = fake.reply;
  const message = {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: reply.model ?? String(body.model),
    content: [{ type: 'text', text: reply.text }],
    stop_reason: reply.stopReason,
    stop_sequence: null,
    usage: usageOf(reply, reply.outputTokens),
  };
  if (body.stream === true) sendSse(response, streamFrames(message, reply));
  else sendJson(response, 200, message, { 'request-id': 'req_fake' });
}

function usageOf(reply: AnthropicReply, outputTokens: number): Record<string, unknown> {
  return {
    input_tokens: reply.inputTokens,
    cache_creation_input_tokens: reply.cacheCreationInputTokens,
    cache_read_input_tokens: reply.cacheReadInputTokens,
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

/** The event sequence Anthropic streams; message_start carries the input counts, message_delta the final output count. */
function streamFrames(message: Record<string, unknown>, reply: AnthropicReply): Array<{ event: string; data: unknown }> {
  const frame = (event: string, data: Record<string, unknown>): { event: string; data: unknown } => ({ event, data: { type: event, ...data } });
  const pieces = splitIntoPieces(reply.text);
  if (reply.streamErrorType !== undefined) {
    return [
      frame('message_start', { message: { ...message, content: [], stop_reason: null, usage: usageOf(reply, 1) } }),
      frame('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      frame('content_block_delta', { index: 0, delta: { type: 'text_delta', text: pieces[0] ?? '' } }),
      { event: 'error', data: { type: 'error', error: { type: reply.streamErrorType, message: 'fake mid-stream error' } } },
    ];
  }
  return [
    frame('message_start', { message: { ...message, content: [], stop_reason: null, usage: usageOf(reply, 1) } }),
    frame('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    frame('ping', {}),
    ...pieces.map((piece) => frame('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } })),
    frame('content_block_stop', { index: 0 }),
    frame('message_delta', { delta: { stop_reason: reply.stopReason, stop_sequence: null }, usage: { output_tokens: reply.outputTokens } }),
    frame('message_stop', {}),
  ];
}
