/**
 * A fake OpenAI API on 127.0.0.1 speaking the real wire format, so tests drive the real `openai`
 * SDK: /v1/chat/completions (JSON and SSE with `data: [DONE]` and the include_usage chunk),
 * /v1/models, /v1/embeddings, and errors in OpenAI's `{error: {message, type, param, code}}` shape.
 * The chat-completions handler is exported for the fake Ollama's OpenAI-compatible /v1.
 */
import type { ServerResponse } from 'node:http';
import {
  countWords,
  hashedEmbedding,
  parseJsonBody,
  sendJson,
  sendSse,
  splitIntoPieces,
  startRecordingServer,
} from './http-recorder.ts';
import type { FakeServer, RecordedRequest } from './http-recorder.ts';

export interface OpenAIReply {
  text: string;
  /** A count set to null is sent as absent, as some local servers do. */
  promptTokens: number | null;
  cachedTokens: number | null;
  completionTokens: number | null;
  finishReason: 'stop' | 'length' | 'content_filter';
  /** The id the server answers with; OpenAI resolves aliases (gpt-4o → a dated id). Defaults to the requested one. */
  model?: string;
  /** Send no usage at all (an old local server). */
  omitUsage?: boolean;
  /** How a streamed reply is cut into deltas (joined, they must equal `text`); default: word by word. */
  pieces?: string[];
}

export interface FakeOpenAIOptions {
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  models?: string[];
  reply?: Partial<OpenAIReply>;
  embeddingDimensions?: number;
}

export interface FakeOpenAI extends FakeServer {
  /** Base URL for the SDK, with /v1. */
  baseURL: string;
  reply: OpenAIReply;
  models: string[];
}

export const DEFAULT_OPENAI_REPLY: OpenAIReply = {
  text: 'Restart the ingest worker, then re-run the backfill.',
  promptTokens: 42,
  cachedTokens: 16,
  completionTokens: 11,
  finishReason: 'stop',
};

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const dimensions = options.embeddingDimensions ?? 64;
  let fake: FakeOpenAI | undefined;
  const server = await startRecordingServer({
    errorBody: (status, message) => openAIErrorBody(status, message),
    handle: (request, response) => {
      if (fake !== undefined) route(fake, options, dimensions, request, response);
    },
  });
  fake = Object.assign(server, {
    baseURL: `${server.url}/v1`,
    reply: { ...DEFAULT_OPENAI_REPLY, ...options.reply },
    models: options.models ?? ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small'],
  });
  return fake;
}

function route(fake: FakeOpenAI, options: FakeOpenAIOptions, dimensions: number, request: RecordedRequest, response: ServerResponse): void {
  if (options.apiKey !== undefined && request.headers['authorization'] !== `Bearer ${options.apiKey}`) {
    sendOpenAIError(response, 401, 'Incorrect API key provided.', 'invalid_api_key');
    return;
  }
  const hasModel = (id: string): boolean => fake.models.includes(id);
  const path = request.path.split('?')[0] ?? '';
  if (request.method === 'POST' && path === '/v1/chat/completions') serveChatCompletion(request, response, { reply: fake.reply, hasModel });
  else if (request.method === 'GET' && path === '/v1/models') serveModelList(response, fake.models, 'openai');
  else if (request.method === 'POST' && path === '/v1/embeddings') serveEmbeddings(request, response, dimensions, hasModel);
  else sendOpenAIError(response, 404, `Unknown request URL: ${request.method} ${path}.`, 'unknown_url');
}

export function openAIErrorBody(status: number, message: string, code: string | null = null): string {
  const type = status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return JSON.stringify({ error: { message, type, param: null, code } });
}

export function sendOpenAIError(response: ServerResponse, status: number, message: string, code: string | null = null): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(openAIErrorBody(status, message, code));
}

export function serveModelList(response: ServerResponse, ids: string[], ownedBy: string): void {
  const data = ids.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: ownedBy }));
  sendJson(response, 200, { object: 'list', data });
}

export function serveChatCompletion(
  request: RecordedRequest,
  response: ServerResponse,
  state: { reply: OpenAIReply; hasModel: (id: string) => boolean },
): void {
  const body = parseJsonBody(request);
  if (body === undefined || typeof body.model !== 'string' || !Array.isArray(body.messages)) {
    sendOpenAIError(response, 400, "'model' and 'messages' are required.");
    return;
  }
  if (!state.hasModel(body.model)) {
    sendOpenAIError(response, 404, `The model \`${body.model}\` does not exist or you do not have access to it.`, 'model_not_found');
    return;
  }
  const reply = state.reply;
  const base = { id: 'chatcmpl-fake', created: 1_700_000_000, model: reply.model ?? body.model, system_fingerprint: 'fp_fake' };
  if (body.stream !== true) {
    const message = { role: 'assistant', content: reply.text, refusal: null };
    const choices = [{ index: 0, message, logprobs: null, finish_reason: reply.finishReason }];
    sendJson(response, 200, { ...base, object: 'chat.completion', choices, ...(reply.omitUsage ? {} : { usage: usageOf(reply) }) });
    return;
  }
  const includeUsage = (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
  sendSse(response, streamFrames(base, reply, includeUsage && !reply.omitUsage));
}

function streamFrames(base: Record<string, unknown>, reply: OpenAIReply, includeUsage: boolean): Array<{ data: unknown }> {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null): { data: unknown } => ({
    data: {
      ...base,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(includeUsage ? { usage: null } : {}),
    },
  });
  return [
    chunk({ role: 'assistant', content: '', refusal: null }, null),
    ...(reply.pieces ?? splitIntoPieces(reply.text)).map((piece) => chunk({ content: piece }, null)),
    chunk({}, reply.finishReason),
    // With include_usage, OpenAI sends one more chunk: no choices, the whole call's usage.
    ...(includeUsage ? [{ data: { ...base, object: 'chat.completion.chunk', choices: [], usage: usageOf(reply) } }] : []),
    { data: '[DONE]' },
  ];
}

function usageOf(reply: OpenAIReply): Record<string, unknown> {
  const present = (value: number | null): number | undefined => (value === null ? undefined : value);
  return {
    prompt_tokens: present(reply.promptTokens),
    completion_tokens: present(reply.completionTokens),
    total_tokens: (reply.promptTokens ?? 0) + (reply.completionTokens ?? 0),
    prompt_tokens_details: { cached_tokens: present(reply.cachedTokens), audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

function serveEmbeddings(request: RecordedRequest, response: ServerResponse, dimensions: number, hasModel: (id: string) => boolean): void {
  const body = parseJsonBody(request);
  const input = body?.input;
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input.filter((item): item is string => typeof item === 'string') : undefined;
  if (body === undefined || typeof body.model !== 'string' || texts === undefined) {
    sendOpenAIError(response, 400, "'model' and 'input' are required.");
    return;
  }
  if (!hasModel(body.model)) {
    sendOpenAIError(response, 404, `The model \`${body.model}\` does not exist or you do not have access to it.`, 'model_not_found');
    return;
  }
  // The SDK asks for base64 unless told otherwise, and decodes little-endian float32 itself.
  const base64 = body.encoding_format === 'base64';
  const data = texts.map((text, index) => {
    const vector = hashedEmbedding(text, dimensions);
    const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
    return { object: 'embedding', index, embedding };
  });
  const tokens = texts.reduce((sum, text) => sum + countWords(text), 0);
  sendJson(response, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
}
