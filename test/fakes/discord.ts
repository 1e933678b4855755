/**
 * A fake Discord on 127.0.0.1 that the real discord.js Client talks to: REST under `/api/v10`
 * and a JSON WebSocket gateway on the same port. Every REST request is recorded; failures (403
 * 50013, 429, …) can be injected per route; helpers act as people (messages, slash commands,
 * button clicks) by storing the message and dispatching the gateway event Discord would send.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeGateway, type FakeGateway } from './discord-gateway.ts';
import { interactionRoutes, type FakeInteractionRecord } from './discord-rest-interactions.ts';
import { json, restRoutes, type FakeRequest, type FakeResponse, type RestContext } from './discord-rest.ts';
import { FakeDiscordState, snowflake, type ApiObject, type FakeGuild, type FakeUser } from './discord-state.ts';
import { createPeople, type FakePeople } from './discord-people.ts';

export type { FakeGuild, FakeUser, FakeMember, FakeChannel, FakeRole, ApiObject } from './discord-state.ts';
export type { FakeInteractionRecord } from './discord-rest-interactions.ts';
export type { FakeGateway } from './discord-gateway.ts';

export interface RecordedRequest extends FakeRequest {
  status: number;
  /** When it arrived (ms since epoch), for pacing checks. */
  at: number;
}

export interface FailureRule {
  method?: string;
  path: RegExp;
  status: number;
  /** Discord JSON error code (50013 Missing Permissions, 50001 Missing Access, …). */
  code?: number;
  message?: string;
  /** For 429: seconds to wait, sent as `retry-after`. */
  retryAfterSeconds?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Only requests whose JSON body contains this text fail (e.g. the finished answer's edit). */
  bodyIncludes?: string;
}

export interface FakeDiscordOptions {
  botUser: FakeUser;
  applicationId?: string;
  guilds: FakeGuild[];
}

export interface FakeDiscord extends FakePeople {
  /** Give this to discord.js as `rest.api`. */
  restUrl: string;
  requests: RecordedRequest[];
  gateway: FakeGateway;
  state: FakeDiscordState;
  interactions: Map<string, FakeInteractionRecord>;
  failNext(rule: FailureRule): void;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const state = new FakeDiscordState(options.botUser, options.guilds, options.applicationId);
  const requests: RecordedRequest[] = [];
  const failures: (FailureRule & { remaining: number })[] = [];
  const interactions = new Map<string, FakeInteractionRecord>();
  let port = 0;
  const gatewayUrl = () => `ws://127.0.0.1:${port}/gateway`;
  const gateway = createFakeGateway(state, gatewayUrl);
  const respond = createResponder({ state, gateway, gatewayUrl, interactions }, failures);

  const server = createServer((incoming, outgoing) => {
    void handleHttp(incoming, outgoing, respond, requests);
  });
  server.on('upgrade', (request, socket, head) => {
    if (request.url?.startsWith('/gateway')) gateway.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    restUrl: `http://127.0.0.1:${port}/api`,
    requests,
    gateway,
    state,
    interactions,
    ...createPeople(state, gateway, interactions),
    failNext(rule) {
      failures.push({ ...rule, remaining: rule.times ?? 1 });
    },
    async close() {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Injected failures first, then the first matching route, else Discord's 404. */
function createResponder(
  context: RestContext,
  failures: (FailureRule & { remaining: number })[],
): (request: FakeRequest) => FakeResponse {
  return (request) => {
    const failure = failures.find(
      (rule) =>
        rule.remaining > 0 &&
        (!rule.method || rule.method === request.method) &&
        rule.path.test(request.path) &&
        (rule.bodyIncludes === undefined || JSON.stringify(request.body ?? null).includes(rule.bodyIncludes)),
    );
    if (failure) {
      failure.remaining -= 1;
      return failureResponse(failure);
    }
    for (const [method, pattern, handler] of [...restRoutes, ...interactionRoutes]) {
      const match = method === request.method ? pattern.exec(request.path) : null;
      if (match) return handler(request, match.slice(1), context);
    }
    return json({ message: '404: Not Found', code: 0 }, 404);
  };
}

function failureResponse(rule: FailureRule): FakeResponse {
  const message = rule.message ?? (rule.status === 429 ? 'You are being rate limited.' : 'Missing Permissions');
  if (rule.status !== 429) return json({ message, code: rule.code ?? 0 }, rule.status);
  const seconds = rule.retryAfterSeconds ?? 0.1;
  return {
    status: 429,
    body: { message, retry_after: seconds, global: false },
    headers: {
      'retry-after': String(seconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(seconds),
      'x-ratelimit-bucket': `fake-${snowflake()}`,
      'x-ratelimit-scope': 'user',
    },
  };
}

async function handleHttp(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  respond: (request: FakeRequest) => FakeResponse,
  requests: RecordedRequest[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname
    .replace(/^\/api\/v\d+/, '')
    .split('/')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
  const { body, files } = await parseBody(Buffer.concat(chunks), incoming.headers['content-type']);
  const request: FakeRequest = {
    method: incoming.method ?? 'GET',
    path,
    query: Object.fromEntries(url.searchParams),
    body,
    files,
  };
  const at = Date.now();
  const response = respond(request);
  requests.push({ ...request, status: response.status, at });
  outgoing.writeHead(response.status, {
    ...(response.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...response.headers,
  });
  outgoing.end(response.body === undefined ? undefined : JSON.stringify(response.body));
}

/** JSON bodies, or discord.js's multipart form (`payload_json` plus `files[n]`) when files are sent. */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<Pick<FakeRequest, 'body' | 'files'>> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (!contentType?.startsWith('multipart/form-data')) return { body: JSON.parse(raw.toString('utf8')), files: [] };
  const form = await new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(raw),
  }).formData();
  const files: FakeRequest['files'] = [];
  let body: unknown;
  for (const [key, value] of form.entries()) {
    if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value) as ApiObject;
    else if (typeof value !== 'string') files.push({ name: value.name, size: value.size });
  }
  return { body, files };
}
