/**
 * The fake Discord gateway: JSON over WebSocket, enough of the protocol for discord.js to identify,
 * receive dispatches, heartbeat, and resume (or re-identify) after the connection drops. Events
 * dispatched while no client is connected are kept and replayed on RESUME, as Discord does.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { ApiObject, FakeDiscordState } from './discord-state.ts';

interface Session {
  id: string;
  seq: number;
  events: { s: number; t: string; d: unknown }[];
  resumable: boolean;
}

interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeGateway {
  /** Send a dispatch event (MESSAGE_CREATE, INTERACTION_CREATE, …) to the connected client. */
  dispatch(event: string, data: unknown): void;
  /** Cut the socket without a close frame; `resumable: false` makes the next RESUME fail (op 9). */
  dropConnection(options?: { resumable?: boolean }): void;
  /** IDENTIFY payloads received (the `d` object). */
  readonly identifies: ApiObject[];
  /** RESUME payloads received. */
  readonly resumes: ApiObject[];
  /** Dispatch event names sent, in order (READY, GUILD_CREATE, RESUMED, …). */
  readonly sent: string[];
  /** Every dispatch of the current and past sessions, to replay one verbatim. */
  readonly dispatched: { event: string; data: unknown }[];
  /** Number of WebSocket connections accepted. */
  connectionCount(): number;
  /** True while a client is connected and has identified or resumed. */
  isLive(): boolean;
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

export function createFakeGateway(state: FakeDiscordState, gatewayUrl: () => string): FakeGateway {
  return new FakeGatewayServer(state, gatewayUrl);
}

class FakeGatewayServer implements FakeGateway {
  readonly identifies: ApiObject[] = [];
  readonly resumes: ApiObject[] = [];
  readonly sent: string[] = [];
  readonly dispatched: { event: string; data: unknown }[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private connections = 0;
  private socket: WebSocket | undefined;
  private live = false;
  private session: Session | undefined;

  constructor(
    private readonly state: FakeDiscordState,
    private readonly gatewayUrl: () => string,
  ) {
    this.server.on('connection', (connection) => this.accept(connection));
  }

  dispatch(event: string, data: unknown): void {
    if (!this.session) return;
    this.dispatched.push({ event, data });
    this.session.seq += 1;
    const entry = { s: this.session.seq, t: event, d: data };
    this.session.events.push(entry);
    if (this.live) {
      this.sent.push(event);
      this.send({ op: 0, ...entry });
    }
  }

  dropConnection(options: { resumable?: boolean } = {}): void {
    if (this.session && options.resumable === false) this.session.resumable = false;
    this.live = false;
    this.socket?.terminate();
  }

  connectionCount(): number {
    return this.connections;
  }

  isLive(): boolean {
    return this.live;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (connection) => this.server.emit('connection', connection));
  }

  close(): void {
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  private accept(connection: WebSocket): void {
    this.connections += 1;
    this.socket = connection;
    this.live = false;
    connection.on('message', (raw) => this.onPayload(JSON.parse(String(raw)) as GatewayPayload));
    connection.on('close', () => {
      if (this.socket !== connection) return;
      this.socket = undefined;
      this.live = false;
    });
    this.send({ op: 10, d: { heartbeat_interval: 45_000 } });
  }

  private send(payload: GatewayPayload): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(payload));
  }

  private onPayload(payload: GatewayPayload): void {
    const data = (payload.d ?? {}) as ApiObject;
    if (payload.op === 1) this.send({ op: 11 });
    else if (payload.op === 2) this.identify(data);
    else if (payload.op === 6) this.resume(data);
    else if (payload.op === 8) this.requestMembers(data);
  }

  private identify(data: ApiObject): void {
    const { state } = this;
    this.identifies.push(data);
    this.session = { id: randomUUID(), seq: 0, events: [], resumable: true };
    this.live = true;
    this.dispatch('READY', {
      v: 10,
      user: { ...state.userJson(state.botUser.id), verified: true, mfa_enabled: false, flags: 0 },
      guilds: state.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: this.session.id,
      resume_gateway_url: this.gatewayUrl(),
      shard: [0, 1],
      application: { id: state.applicationId, flags: 0 },
      private_channels: [],
    });
    for (const guild of state.guilds) this.dispatch('GUILD_CREATE', state.guildCreateJson(guild));
  }

  private resume(data: ApiObject): void {
    this.resumes.push(data);
    const session = this.session;
    if (!session || !session.resumable || data.session_id !== session.id) {
      // Discord answers an unresumable session with INVALID_SESSION (d: false): identify afresh.
      this.send({ op: 9, d: false });
      return;
    }
    this.live = true;
    const after = Number(data.seq ?? 0);
    for (const entry of session.events.filter((event) => event.s > after)) {
      this.sent.push(entry.t);
      this.send({ op: 0, ...entry });
    }
    this.dispatch('RESUMED', {});
  }

  /** Answers REQUEST_GUILD_MEMBERS (op 8) with one chunk, echoing the nonce discord.js waits for. */
  private requestMembers(data: ApiObject): void {
    const guild = this.state.guilds.find((candidate) => candidate.id === data.guild_id);
    if (!guild) return;
    this.dispatch('GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: guild.members.map((member) => this.state.memberJson(guild.id, member.user.id, true)),
      chunk_index: 0,
      chunk_count: 1,
      nonce: data.nonce,
    });
  }
}
