/**
 * A fake Ollama server on 127.0.0.1 speaking its real wire format, so tests drive the real `ollama`
 * client: /api/chat (NDJSON stream ending in a `done: true` line with the counts, or one JSON
 * object), /api/generate (one JSON object, for structured output), /api/embed, /api/tags, /api/show, /api/version, and the OpenAI-compatible
 * /v1/chat/completions and /v1/models. Errors are Ollama's `{"error": "..."}`.
 */
import type { ServerResponse } from 'node:http';
import { countWords, hashedEmbedding, parseJsonBody, sendJson, splitIntoPieces, startRecordingServer } from './http-recorder.ts';
import type { FakeServer, RecordedRequest } from './http-recorder.ts';
import { openAIErrorBody, serveChatCompletion, serveModelList } from './openai.ts';
import type { OpenAIReply } from './openai.ts';

export interface FakeOllamaModel {
  /** As /api/tags lists it, e.g. `llama3.2:latest`. */
  name: string;
  architecture?: string;
  /** Reported by /api/show as model_info["<architecture>.context_length"]. */
  contextLength?: number;
  /** The Modelfile parameters text /api/show returns, e.g. "num_ctx 4096". */
  parameters?: string;
}

export interface OllamaReply {
  text: string;
  /** null leaves the count out of the final line, as Ollama does when it measured nothing. */
  promptEvalCount: number | null;
  evalCount: number | null;
  doneReason: string;
}

export interface FakeOllamaOptions {
  models?: FakeOllamaModel[];
  reply?: Partial<OllamaReply>;
  /** Per request: a different reply for some prompts (e.g. a follow-up rewrite); undefined keeps `reply`. */
  replyFor?: (messages: ReadonlyArray<{ role: string; content: string }>) => Partial<OllamaReply> | undefined;
  /** Streamed replies send one piece every this many ms, like a model on a CPU (default: all at once). */
  tokenDelayMs?: number;
  embeddingDimensions?: number;
  generateReply?: string;
}

export interface FakeOllama extends FakeServer {
  reply: OllamaReply;
  /** Optional: the reply text computed from the /api/chat request body (a model that reads its prompt). */
  respond?: (body: Record<string, unknown>) => string;
  replyFor: FakeOllamaOptions['replyFor'];
  tokenDelayMs: number;
  models: FakeOllamaModel[];
  /** Base URL of the OpenAI-compatible API, for the openai SDK (`${url}/v1`). */
  openAIBaseURL: string;
  embeddingDimensions: number;
  /** What /api/generate answers (the privacy guard's structured-output pass); Ollama returns it as `response`. */
  generateReply: string;
}

export const DEFAULT_OLLAMA_MODELS: FakeOllamaModel[] = [
  { name: 'llama3.2:latest', architecture: 'llama', contextLength: 131_072 },
  { name: 'nomic-embed-text:latest', architecture: 'nomic-bert', contextLength: 2_048 },
];

export const DEFAULT_OLLAMA_REPLY: OllamaReply = {
  text: 'The deploy failed because the migration timed out.',
  promptEvalCount: 37,
  evalCount: 12,
  doneReason: 'stop',
};

export async function startFakeOllama(options: FakeOllamaOptions = {}): Promise<FakeOllama> {
  let fake: FakeOllama | undefined;
  const server = await startRecordingServer({
    errorBody: (status, message, path) => (path.startsWith('/v1/') ? openAIErrorBody(status, message) : JSON.stringify({ error: message })),
    handle: (request, response) => {
      if (fake !== undefined) route(fake, request, response);
    },
  });
  fake = Object.assign(server, {
    reply: { ...DEFAULT_OLLAMA_REPLY, ...options.reply },
    replyFor: options.replyFor,
    tokenDelayMs: options.tokenDelayMs ?? 0,
    models: options.models ?? DEFAULT_OLLAMA_MODELS.map((model) => ({ ...model })),
    openAIBaseURL: `${server.url}/v1`,
    embeddingDimensions: options.embeddingDimensions ?? 64,
    generateReply: options.generateReply ?? '{"items":[]}',
  });
  return fake;
}

function route(fake: FakeOllama, request: RecordedRequest, response: ServerResponse): void {
  const path = request.path.split('?')[0] ?? '';
  const key = `${request.method} ${path}`;
  if (key === 'POST /api/chat') serveChat(fake, request, response);
  else if (key === 'POST /api/embed') serveEmbed(fake, request, response);
  else if (key === 'POST /api/generate') serveGenerate(fake, request, response);
  else if (key === 'GET /api/tags') serveTags(fake, response);
  else if (key === 'POST /api/show') serveShow(fake, request, response);
  else if (key === 'GET /api/version') sendJson(response, 200, { version: '0.12.6' });
  else if (key === 'POST /v1/chat/completions') {
    serveChatCompletion(request, response, { reply: asOpenAIReply(fake.reply), hasModel: (id) => findModel(fake, id) !== undefined });
  } else if (key === 'GET /v1/models') serveModelList(response, fake.models.map((model) => model.name), 'library');
  // Ollama answers unknown paths with a plain-text 404.
  else response.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
}

/** A bare name means the `latest` tag, as in Ollama. */
function findModel(fake: FakeOllama, name: unknown): FakeOllamaModel | undefined {
  if (typeof name !== 'string') return undefined;
  const wanted = name.includes(':') ? name : `${name}:latest`;
  return fake.models.find((model) => model.name === wanted);
}

function modelMissing(response: ServerResponse, name: unknown): void {
  sendJson(response, 404, { error: `model "${String(name)}" not found, try pulling it first` });
}

function serveChat(fake: FakeOllama, request: RecordedRequest, response: ServerResponse): void {
  const body = parseJsonBody(request);
  if (body === undefined || !Array.isArray(body.messages)) {
    sendJson(response, 400, { error: 'invalid request: messages are required' });
    return;
  }
  if (findModel(fake, body.model) === undefined) {
    modelMissing(response, body.model);
    return;
  }
  const model = String(body.model);
  const createdAt = new Date(0).toISOString();
  const message = (content: string): Record<string, unknown> => ({ role: 'assistant', content });
  const scripted = { ...fake.reply, ...fake.replyFor?.(body.messages as Array<{ role: string; content: string }>) };
  const reply = { ...scripted, text: fake.respond?.(body) ?? scripted.text };
  const final = { model, created_at: createdAt, message: message(''), done: true, ...finalCounts(reply) };
  // Ollama streams unless told `stream: false`.
  if (body.stream === false) {
    sendJson(response, 200, { ...final, message: message(reply.text) });
    return;
  }
  response.writeHead(200, { 'content-type': 'application/x-ndjson' });
  const lines = splitIntoPieces(reply.text).map((piece) => `${JSON.stringify({ model, created_at: createdAt, message: message(piece), done: false })}\n`);
  void writePaced(response, lines, fake.tokenDelayMs).then(() => response.end(`${JSON.stringify(final)}\n`));
}

/** Writes each line, waiting `delayMs` before each one (none at 0), stopping if the client went away. */
async function writePaced(response: ServerResponse, lines: string[], delayMs: number): Promise<void> {
  for (const line of lines) {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (response.destroyed) return;
    response.write(line);
  }
}

/** Non-streaming /api/generate, as the structured-output pass uses it. */
function serveGenerate(fake: FakeOllama, request: RecordedRequest, response: ServerResponse): void {
  const body = parseJsonBody(request);
  if (body === undefined || typeof body.prompt !== 'string') {
    sendJson(response, 400, { error: 'invalid request: prompt is required' });
    return;
  }
  if (findModel(fake, body.model) === undefined) {
    modelMissing(response, body.model);
    return;
  }
  sendJson(response, 200, { model: String(body.model), created_at: new Date(0).toISOString(), response: fake.generateReply, done: true, ...finalCounts(fake.reply) });
}

function finalCounts(reply: OllamaReply): Record<string, unknown> {
  return {
    done_reason: reply.doneReason,
    total_duration: 1_000_000,
    load_duration: 100_000,
    ...(reply.promptEvalCount === null ? {} : { prompt_eval_count: reply.promptEvalCount, prompt_eval_duration: 200_000 }),
    ...(reply.evalCount === null ? {} : { eval_count: reply.evalCount, eval_duration: 700_000 }),
  };
}

function serveEmbed(fake: FakeOllama, request: RecordedRequest, response: ServerResponse): void {
  const body = parseJsonBody(request);
  const input = body?.input;
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input.map(String) : undefined;
  if (texts === undefined) {
    sendJson(response, 400, { error: 'invalid input type' });
    return;
  }
  if (findModel(fake, body?.model) === undefined) {
    modelMissing(response, body?.model);
    return;
  }
  sendJson(response, 200, {
    model: String(body?.model),
    embeddings: texts.map((text) => hashedEmbedding(text, fake.embeddingDimensions)),
    total_duration: 1_000_000,
    load_duration: 100_000,
    prompt_eval_count: texts.reduce((sum, text) => sum + countWords(text), 0),
  });
}

function serveTags(fake: FakeOllama, response: ServerResponse): void {
  const models = fake.models.map((model) => ({
    name: model.name,
    model: model.name,
    modified_at: new Date(0).toISOString(),
    size: 2_019_393_189,
    digest: 'a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72',
    details: { parent_model: '', format: 'gguf', family: model.architecture ?? 'llama', families: [model.architecture ?? 'llama'], parameter_size: '3.2B', quantization_level: 'Q4_K_M' },
  }));
  sendJson(response, 200, { models });
}

function serveShow(fake: FakeOllama, request: RecordedRequest, response: ServerResponse): void {
  const body = parseJsonBody(request);
  const name = body?.model ?? body?.name;
  const model = findModel(fake, name);
  if (model === undefined) {
    sendJson(response, 404, { error: `model '${String(name)}' not found` });
    return;
  }
  const architecture = model.architecture ?? 'llama';
  const modelInfo: Record<string, unknown> = { 'general.architecture': architecture, 'general.parameter_count': 3_212_749_888 };
  if (model.contextLength !== undefined) modelInfo[`${architecture}.context_length`] = model.contextLength;
  sendJson(response, 200, {
    license: 'fake license',
    modelfile: `FROM ${model.name}`,
    parameters: model.parameters ?? '',
    template: '{{ .Prompt }}',
    details: { parent_model: '', format: 'gguf', family: architecture, families: [architecture], parameter_size: '3.2B', quantization_level: 'Q4_K_M' },
    model_info: modelInfo,
    capabilities: ['completion'],
    modified_at: new Date(0).toISOString(),
  });
}

/** Ollama's /v1 reports the same counts as its native API, in OpenAI's field names. */
function asOpenAIReply(reply: OllamaReply): OpenAIReply {
  return {
    text: reply.text,
    promptTokens: reply.promptEvalCount,
    cachedTokens: null,
    completionTokens: reply.evalCount,
    finishReason: reply.doneReason === 'length' ? 'length' : 'stop',
  };
}
