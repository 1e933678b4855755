/**
 * A fake Slack on 127.0.0.1 that the real Bolt App and WebClient talk to: the Web API under
 * `/api/`, file upload URLs, slash-command response_urls and a Socket Mode WebSocket. Every call is
 * recorded; failures and rate limits can be queued per method.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeSlackSocket, type FakeSlackSocket } from './slack-socket.ts';
import { FakeSlackState, type ApiArgs, type FakeSlackSeed } from './slack-state.ts';
import { WEB_API_METHODS } from './slack-web-api.ts';

export type { FakeSlackMessage, FakeSlackSeed, FakeSlackThread, FakeSlackUser, FakeSlackChannel } from './slack-state.ts';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or `upload` / `response_url` for those endpoints. */
  method: string;
  /** Form fields (JSON-valued ones such as `blocks` parsed) or the JSON body. */
  args: ApiArgs;
  /** Bearer token the client sent, if any. */
  token?: string;
  /** response_url id or uploaded file id. */
  target?: string;
  /** Raw body size (uploads). */
  bytes?: number;
  at: number;
}

type Injected = { kind: 'fail'; error: string; extra: ApiArgs } | { kind: 'ratelimit'; retryAfterSec: number } | { kind: 'unanswered' };

export interface FakeSlack {
  /** Web API base, `http://127.0.0.1:PORT/api/` (what `slackApiUrl` takes). */
  apiUrl: string;
  baseUrl: string;
  calls: RecordedCall[];
  state: FakeSlackState;
  socket: FakeSlackSocket;
  /** A fresh response_url for a slash command or interaction payload. */
  responseUrl(id?: string): string;
  callsTo(method: string): RecordedCall[];
  /** Polls the record until `count` calls of `method` arrived. */
  waitForCalls(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  rateLimitNext(method: string, retryAfterSec: number): void;
  failNext(method: string, error: string, extra?: ApiArgs): void;
  /** Carries out the next call of `method` but never answers it, as when the caller dies before Slack's reply arrives. */
  leaveUnansweredNext(method: string): void;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'files', 'metadata', 'chunks', 'prompts', 'loading_messages']);

function parseForm(body: string): ApiArgs {
  const args: ApiArgs = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

interface RouterContext {
  state: FakeSlackState;
  calls: RecordedCall[];
  injected: Map<string, Injected[]>;
  urls: { baseUrl: string; socketUrl: string };
}

function answerApi(context: RouterContext, method: string, args: ApiArgs, response: ServerResponse): void {
  const next = context.injected.get(method)?.shift();
  if (next?.kind === 'ratelimit') return sendJson(response, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(next.retryAfterSec) });
  if (next?.kind === 'fail') return sendJson(response, 200, { ok: false, error: next.error, ...next.extra });
  const handler = WEB_API_METHODS[method];
  const result = handler ? handler(args, { state: context.state, ...context.urls }) : { ok: false, error: 'unknown_method' };
  if (next?.kind === 'unanswered') return;
  sendJson(response, 200, result);
}

async function route(context: RouterContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readBody(request);
  const url = new URL(request.url ?? '/', 'http://fake');
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const [, area, name = ''] = url.pathname.split('/');
  const contentType = request.headers['content-type'] ?? '';
  const at = Date.now();
  if (area === 'api') {
    const args = contentType.includes('json') ? (JSON.parse(body.toString() || '{}') as ApiArgs) : parseForm(body.toString());
    context.calls.push({ method: name, args, token: token ?? (typeof args.token === 'string' ? args.token : undefined), at });
    return answerApi(context, name, args, response);
  }
  if (area === 'upload') {
    context.calls.push({ method: 'upload', args: { contentType }, target: name, bytes: body.length, at });
    response.writeHead(200, { 'content-type': 'text/plain' });
    return void response.end(`OK - ${body.length}`);
  }
  if (area === 'respond') {
    context.calls.push({ method: 'response_url', args: JSON.parse(body.toString() || '{}') as ApiArgs, target: name, at });
    return sendJson(response, 200, { ok: true });
  }
  sendJson(response, 404, { ok: false, error: 'not_found' });
}

async function waitForCalls(calls: RecordedCall[], method: string, count: number, timeoutMs: number): Promise<RecordedCall[]> {
  const matching = () => calls.filter((call) => call.method === method);
  const deadline = Date.now() + timeoutMs;
  while (matching().length < count) {
    if (Date.now() > deadline) {
      throw new Error(`fake Slack: expected ${count} ${method} call(s), saw ${matching().length}; calls: ${calls.map((c) => c.method).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return matching();
}

export async function startFakeSlack(seed: FakeSlackSeed = {}): Promise<FakeSlack> {
  const context: RouterContext = { state: new FakeSlackState(seed), calls: [], injected: new Map(), urls: { baseUrl: '', socketUrl: '' } };
  const server = createServer((request, response) => {
    route(context, request, response).catch((error: unknown) => sendJson(response, 500, { ok: false, error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  context.urls = { baseUrl, socketUrl: `ws://127.0.0.1:${port}/socket` };
  const socket = createFakeSlackSocket(context.urls.socketUrl);
  server.on('upgrade', (request, duplex, head) => {
    if (request.url?.startsWith('/socket')) socket.handleUpgrade(request, duplex, head);
    else duplex.destroy();
  });
  const { calls, injected } = context;
  const queue = (method: string, entry: Injected) => injected.set(method, [...(injected.get(method) ?? []), entry]);
  let responseCounter = 0;
  return {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    calls,
    state: context.state,
    socket,
    responseUrl: (id) => `${baseUrl}/respond/${id ?? `r${(responseCounter += 1)}`}`,
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitForCalls: (method, count = 1, timeoutMs = 5_000) => waitForCalls(calls, method, count, timeoutMs),
    rateLimitNext: (method, retryAfterSec) => queue(method, { kind: 'ratelimit', retryAfterSec }),
    failNext: (method, error, extra = {}) => queue(method, { kind: 'fail', error, extra }),
    leaveUnansweredNext: (method) => queue(method, { kind: 'unanswered' }),
    async close() {
      await socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
