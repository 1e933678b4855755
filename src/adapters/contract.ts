/**
 * The chat-adapter contract, after Hubot's: a transport turns platform events into `IncomingMessage`s,
 * hands each to the bot's handler, and knows how to post and update replies. Adapters never hold the bot.
 */
export type Platform = 'shell' | 'slack' | 'discord';

export interface IncomingMessage {
  platform: Platform;
  /** Stable id of the platform event, used to answer each event exactly once. */
  eventId: string;
  userId: string;
  userName: string;
  channelId: string;
  channelName: string;
  /** Thread or conversation the reply belongs in; undefined for the shell. */
  threadId?: string;
  /** Text with the bot's own mention already stripped. */
  text: string;
  /** True for direct messages (no channel audience). */
  isDirect: boolean;
}

/** Reply as the bot core builds it; each adapter renders it natively (Block Kit, embeds, plain text). */
export interface OutgoingReply {
  /** Main answer text (Markdown-ish; adapters convert). */
  text: string;
  /** Sources cited by the answer. */
  citations: Array<{ label: string; source: string; heading: string; link?: string }>;
  /** The route marker line (`☁️ escalated …` or `🏠 local` / `📚 …`). */
  marker?: string;
  /** Notes such as "no model available" that the person must see. */
  notes: string[];
  /** Private to the asker where the platform supports it (usage errors, refusals). */
  ephemeral: boolean;
  /** Ledger id of the model call that produced it, so feedback buttons can point at it. */
  modelCallId?: number;
}

export interface ReplyHandle {
  update(reply: OutgoingReply): Promise<void>;
}

export interface ReplyChannel {
  /** Post a reply to the message (in its thread). Returns a handle to update it in place. */
  post(reply: OutgoingReply): Promise<ReplyHandle>;
  /** Show that work is in progress ("thinking…", typing indicator). */
  progress(note: string): Promise<void>;
}

export type MessageHandler = (message: IncomingMessage, channel: ReplyChannel) => Promise<void>;

export interface ChatAdapter {
  readonly platform: Platform;
  readonly maxMessageLength: number;
  start(handler: MessageHandler): Promise<void>;
  stop(): Promise<void>;
}
