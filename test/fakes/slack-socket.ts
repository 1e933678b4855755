/**
 * The fake's Socket Mode side: the WebSocket that apps.connections.open points at. It greets with
 * `hello`, pushes envelopes (events, slash commands, interactions), records the client's acks and
 * can ask the client to reconnect with `disconnect`.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSlackSocket {
  /** ws:// URL apps.connections.open returns. */
  readonly url: string;
  /** Acks the client sent back, in order. */
  readonly acks: SocketAck[];
  /** How many connections were opened so far (reconnects add one). */
  connectionCount(): number;
  /** Resolves once a client is connected and greeted. */
  waitForConnection(count?: number, timeoutMs?: number): Promise<void>;
  /** Sends an envelope to the newest connection; returns its envelope_id. */
  sendEnvelope(type: EnvelopeType, payload: unknown, options?: { retryAttempt?: number; retryReason?: string }): string;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  /** Slack's "please reconnect" message. */
  sendDisconnect(reason?: string): void;
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

async function poll<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`fake Slack socket: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function createFakeSlackSocket(url: string): FakeSlackSocket {
  const server = new WebSocketServer({ noServer: true });
  const sockets: WebSocket[] = [];
  const acks: SocketAck[] = [];
  let envelopeCounter = 0;

  server.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data) => {
      const parsed = JSON.parse(String(data)) as SocketAck;
      if (typeof parsed.envelope_id === 'string') acks.push(parsed);
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' }, debug_info: { host: 'fake' } }));
  });

  const open = () => sockets.filter((socket) => socket.readyState === socket.OPEN);
  return {
    url,
    acks,
    connectionCount: () => sockets.length,
    waitForConnection: (count = 1, timeoutMs = 5_000) =>
      poll(() => (open().length > 0 && sockets.length >= count ? true : undefined), timeoutMs, 'a connection').then(() => undefined),
    sendEnvelope(type, payload, options = {}) {
      envelopeCounter += 1;
      const envelopeId = `env-${envelopeCounter}`;
      const socket = open().at(-1);
      if (!socket) throw new Error('fake Slack socket: no client connected');
      const envelope = {
        envelope_id: envelopeId,
        type,
        accepts_response_payload: type !== 'events_api',
        payload,
        ...(options.retryAttempt !== undefined ? { retry_attempt: options.retryAttempt, retry_reason: options.retryReason ?? 'timeout' } : {}),
      };
      socket.send(JSON.stringify(envelope));
      return envelopeId;
    },
    waitForAck: (envelopeId, timeoutMs = 5_000) =>
      poll(() => acks.find((ack) => ack.envelope_id === envelopeId), timeoutMs, `ack of ${envelopeId}`),
    sendDisconnect(reason = 'refresh_requested') {
      for (const socket of open()) socket.send(JSON.stringify({ type: 'disconnect', reason }));
    },
    handleUpgrade(request, socket, head) {
      server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
