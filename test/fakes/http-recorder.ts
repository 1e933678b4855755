/**
 * The plumbing every fake vendor server shares: a node:http server on 127.0.0.1 that records every
 * request byte for byte (privacy tests search the raw bodies for secrets), a queue of next-response
 * overrides (errors, hangs, garbage), and a close that never leaves vitest waiting on a socket.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path with query string, as sent. */
  path: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The raw body exactly as received, decoded as UTF-8. */
  body: string;
}

export type NextResponse =
  /** An error answer in the vendor's own error shape (or `body` verbatim). */
  | { kind: 'status'; status: number; headers?: Record<string, string>; message?: string; body?: string; path?: string }
  /** Accept the request and never answer: for timeout tests. */
  | { kind: 'hang'; path?: string }
  /** 200 with a body that is not what the client expects. */
  | { kind: 'malformed'; path?: string };

export type Handler = (request: RecordedRequest, response: ServerResponse) => void;

export interface FakeServerSetup {
  handle: Handler;
  /** The vendor's error body for a status, e.g. OpenAI's `{error:{message,type,...}}`. */
  errorBody: (status: number, message: string, path: string) => string;
}

export interface FakeServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  requests: RecordedRequest[];
  /** Answer the next matching request with this status (and headers), in the vendor's error shape or `body` verbatim. */
  failNext(status: number, options?: { headers?: Record<string, string>; message?: string; body?: string; path?: string }): void;
  hangNext(options?: { path?: string }): void;
  malformedNext(options?: { path?: string }): void;
  /** Resolves once `count` requests were recorded (polls the record; no fixed sleeps). */
  waitForRequests(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startRecordingServer(setup: FakeServerSetup): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const overrides: NextResponse[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((incoming, response) => {
    void readRequest(incoming).then((request) => {
      requests.push(request);
      const override = takeOverride(overrides, request.path);
      if (override === undefined) setup.handle(request, response);
      else answerOverride(override, request, response, setup);
    }, () => response.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    failNext: (status, options = {}) => overrides.push({ kind: 'status', status, ...options }),
    hangNext: (options = {}) => overrides.push({ kind: 'hang', ...options }),
    malformedNext: (options = {}) => overrides.push({ kind: 'malformed', ...options }),
    waitForRequests: (count, timeoutMs = 5_000) => pollUntil(() => requests.length >= count, timeoutMs),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readRequest(incoming: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers, body: Buffer.concat(chunks).toString('utf8') };
}

function takeOverride(overrides: NextResponse[], path: string): NextResponse | undefined {
  const index = overrides.findIndex((override) => override.path === undefined || path.startsWith(override.path));
  return index === -1 ? undefined : overrides.splice(index, 1)[0];
}

function answerOverride(override: NextResponse, request: RecordedRequest, response: ServerResponse, setup: FakeServerSetup): void {
  if (override.kind === 'hang') return;
  if (override.kind === 'malformed') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"this is": not json');
    return;
  }
  const body = override.body ?? setup.errorBody(override.status, override.message ?? `fake ${override.status}`, request.path);
  response.writeHead(override.status, { 'content-type': 'application/json', ...override.headers }).end(body);
}

export function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
}

/** Server-sent events; `event` lines only where the vendor sends them (Anthropic does, OpenAI does not). */
export function sendSse(response: ServerResponse, frames: Array<{ event?: string; data: unknown }>): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const frame of frames) {
    const data = typeof frame.data === 'string' ? frame.data : JSON.stringify(frame.data);
    response.write(`${frame.event === undefined ? '' : `event: ${frame.event}\n`}data: ${data}\n\n`);
  }
  response.end();
}

export function parseJsonBody(request: RecordedRequest): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(request.body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Word-sized pieces, spaces kept, so a streamed answer arrives in several chunks and joins back exactly. */
export function splitIntoPieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * Deterministic "embeddings": each lower-cased word is hashed (FNV-1a) into one of `dimensions`
 * buckets and the counts are L2-normalised. Texts sharing words therefore have a higher cosine
 * similarity than texts that share none, which is all retrieval tests need; the same text always
 * gives the same vector, and an empty text gives the zero vector.
 */
export function hashedEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const bucket = fnv1a(word) % dimensions;
    vector[bucket] = (vector[bucket] ?? 0) + 1;
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(word, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export async function pollUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
