/**
 * The message and reply contract shared by the whole core (bot, router, spend) and every adapter,
 * after Hubot's: a transport turns platform events into `IncomingMessage`s,
 * hands each to the bot's one pipeline (`receive`), and knows how to post and update replies and read
 * history. Duplicate deliveries, failure notices and references are the pipeline's business, not theirs.
 * Adapters never hold the bot, never read process.env and never exit the process.
 */
export type Platform = 'shell' | 'slack' | 'discord' | 'cli';

export interface IncomingMessage {
  platform: Platform;
  /** Stable id of the platform event (Slack event_id, Discord message/interaction id), for logs. */
  eventId: string;
  /**
   * The key the request journal claims, namespaced by platform: every redelivery of the same
   * request carries the same key (Slack's retries and its app_mention/message pair share one).
   */
  deliveryKey: string;
  userId: string;
  /** Display name, as colleagues see it. */
  userName: string;
  /** Slack user-group handles or Discord role ids (never names) of the sender, for command permissions. */
  userRoles: string[];
  channelId: string;
  /** Channel name without `#` (what `channels:` in config is keyed by, besides the id). */
  channelName: string;
  /** Thread the reply belongs in (Slack thread_ts, Discord thread channel id); undefined for the shell. */
  threadId?: string;
  /**
   * Text with the bot's own mention stripped. Slash commands arrive as text too (`/ask …`),
   * so one parser serves every platform.
   */
  text: string;
  /** True for direct messages (no channel audience). */
  isDirect: boolean;
  /** True when it came from a slash command (the adapter has already acknowledged it). */
  isSlashCommand: boolean;
  /** How the bot is reached on this platform, from what the adapter really registered: help is built from it. */
  help?: PlatformHelp;
}

/** One way to run a bot command on a platform, in that platform's own syntax. */
export interface CommandEntry {
  /** The bot command it runs (`ask`, `summarize`, …). */
  command: string;
  /** What the person types there, e.g. `/ask question:<text>` or `/tandem status`. */
  syntax: string;
}

export interface PlatformHelp {
  /** The registered commands; a bot command not listed here is not offered on the platform. */
  commands: CommandEntry[];
  /** Other ways to reach the bot, in the platform's words (mentions, DMs, shortcuts), Markdown. */
  ways: string[];
}

export interface Citation {
  /** The number the answer uses, e.g. 1 for [1]. */
  index: number;
  source: string;
  heading: string;
  link?: string;
  /** Retrieval score of the passage (higher is better), for `tandem ask --json` and debugging. */
  score?: number;
}

/** Reply as the bot core builds it; each adapter renders it natively (Block Kit, embeds, plain text). */
export interface OutgoingReply {
  /** Main answer text in Markdown (adapters convert to mrkdwn etc.). */
  text: string;
  citations: Citation[];
  /** The route marker line (`☁️ escalated …`, `🏠 local`, `📚 from the knowledge base …`). */
  marker?: string;
  /** Whether the marker must lead the reply (escalations) or trail it quietly (local). */
  markerPlacement?: 'top' | 'bottom';
  /** Notes the person must see ("no model available", "thread truncated"). */
  notes: string[];
  /** Private to the asker where the platform supports it (usage errors, refusals). */
  ephemeral: boolean;
  /** Ledger id of the model call behind it, so feedback buttons can point at it. */
  modelCallId?: number;
  /**
   * Show "☁️ Ask a stronger model" under this local answer (needs modelCallId). The core sets it only
   * where the privacy gate would let the request escalate; adapters never decide it.
   */
  offerStrongerModel?: boolean;
  /** How a model-backed reply was made, for callers that report it (`tandem ask --json`); chat adapters show the marker instead. */
  provenance?: ReplyProvenance;
  /** Optional image attachment (the spend chart). */
  attachment?: { filename: string; data: Buffer; title: string };
}

export interface ReplyProvenance {
  route: 'cloud' | 'local' | 'retrieval-only' | 'extractive';
  escalated: boolean;
  reasons: string[];
  usage: { inputTokens: number; outputTokens: number };
  /** Null when the provider's price is unknown. */
  costUsdMicros: number | null;
}

/** Where a posted placeholder lives, so a request resumed after a crash can replace it in place. */
export interface ReplyLocation {
  channelId: string;
  /** Slack ts or Discord message id of the placeholder. */
  messageId: string;
  threadId?: string;
  /**
   * Only the thread is known, not a message to replace (Slack's `/ask` "asked" message, posted before
   * the answer): a resumed request answers in `threadId` afresh; `messageId` is the thread's parent.
   */
  threadOnly?: boolean;
}

export interface ReplyHandle {
  update(reply: OutgoingReply): Promise<void>;
}

export interface ConversationMessage {
  userId: string;
  userName: string;
  text: string;
  /** Platform timestamp/id, sortable as a string of the same platform. */
  ts: string;
  /** Permalink to the message, only when the platform gives a real one. */
  link?: string;
  /** True for the bot's own messages (only present when the request asked for them). */
  fromSelf?: boolean;
}

export interface HistoryRequest {
  /** `thread`: the thread the message is in; `channel`: recent channel messages. */
  scope: 'thread' | 'channel';
  channelId: string;
  threadId?: string;
  /** At most this many messages (newest kept). */
  limit?: number;
  /** Only messages newer than this time (ms since epoch). */
  sinceMs?: number;
  /**
   * Keep the bot's own messages (marked `fromSelf`): a follow-up question is read with the answers
   * it follows. Summaries leave them out.
   */
  includeOwn?: boolean;
}

/** What is known before the first token: the route marker, so it can lead the message. */
export interface StreamOpening {
  marker?: string;
  markerPlacement?: 'top' | 'bottom';
  /**
   * Called when the answer moves to a new message (a Slack text stream), before the placeholder is
   * removed: the journal then resumes the request there instead of in a message that is gone. Also
   * called with a `threadOnly` location once the thread the answer will go in exists.
   */
  moved?(location: ReplyLocation): void;
}

/** An answer shown while it is written. The channel's next `post` replaces it with the finished reply. */
export interface ReplyStream {
  /** More text of the answer (Markdown); the adapter decides how often people see it change. */
  append(text: string): Promise<void>;
}

export interface ReplyChannel {
  /** Post a reply to the message (in its thread). Returns a handle to update it in place. */
  post(reply: OutgoingReply): Promise<ReplyHandle>;
  /**
   * Optional: start showing an answer as it is generated. After it, `post` finishes that same
   * message with the complete reply (sources, notes, final marker, feedback buttons).
   */
  stream?(opening: StreamOpening): Promise<ReplyStream>;
  /**
   * Whatever this channel shows for the request — a stream, a new message — can be found again after
   * a crash even if its location never reached the journal (Slack: messages tagged with the delivery
   * key, and the bot's stream after the question in its thread). The journal then resumes such a
   * request, which finishes what it finds or posts what never arrived, instead of fencing the post
   * as one it may not repeat (which would lose a reply the platform never received).
   */
  readonly repliesFindable?: boolean;
  /**
   * Show that work is in progress ("thinking…" placeholder, typing indicator). Returns where the
   * placeholder was posted when the answer will replace it in place; nothing for a typing indicator.
   */
  progress(note: string): Promise<ReplyLocation | void>;
  /** Read conversation history, oldest first, bot's own messages excluded unless `includeOwn`. */
  readHistory(request: HistoryRequest): Promise<ConversationMessage[]>;
}

export interface FeedbackEvent {
  platform: Platform;
  modelCallId: number;
  userId: string;
  rating: 'up' | 'down';
  /**
   * The rated answer still shows the "☁️ Ask a stronger model" button the core drew when it answered
   * — after a restart the core knows that only from the platform. The core still decides the offer.
   */
  strongerModelShown?: boolean;
}

/** What the core answers to a vote: after a 👎 on a local answer it may offer a stronger model. */
export interface FeedbackAck {
  offerStrongerModel: boolean;
}

/** Someone pressed "☁️ Ask a stronger model" under a local answer (or in the offer after a 👎). */
export interface StrongerModelPress {
  platform: Platform;
  /** Ledger id of the local answer, carried by the button. */
  modelCallId: number;
  userId: string;
  source: 'answer_button' | 'after_thumbs_down';
  /**
   * Reads the answer's question back from the platform, where it already lives (the button names the
   * question's message). The core calls it only when it no longer holds the question itself (after a
   * restart, or once the answer is old); absent where the platform cannot say which message it was.
   */
  readQuestion?(): Promise<RecoveredQuestion>;
}

/** Why a question could not be read back: each gets its own one-line note, and the answer stays local. */
export type QuestionUnavailable =
  /** The message is gone. */
  | 'deleted'
  /** The message was changed after it was answered: its text is no longer what was asked. */
  | 'edited'
  /** The platform refused or failed the read (access, network, rate limit). */
  | 'unreadable'
  /** The platform keeps no copy of what was asked (a Discord slash command's options). */
  | 'not-kept'
  /** Only the start of a long question is shown where it was asked (Slack's "asked" line of `/ask`). */
  | 'shortened';

/** The pressed answer's question as the platform holds it now. */
export type RecoveredQuestion =
  | {
      status: 'found';
      /** The question as an incoming message, built exactly as when it was first received. */
      message: IncomingMessage;
      /** The question message's own Slack ts or Discord id: its conversation is what came before it. */
      messageId: string;
    }
  | { status: 'unavailable'; reason: QuestionUnavailable; detail?: string };

/** A question offered to start a conversation (Slack's assistant split view shows these as buttons). */
export interface SuggestedPrompt {
  /** Short label on the button. */
  title: string;
  /** The message sent when it is clicked. */
  message: string;
}

export interface BotHandlers {
  /**
   * The one pipeline: journal, reference, parse, permissions, command, one error path, one reply.
   * The delivery is claimed durably before `receive` returns its promise, so an adapter may
   * acknowledge the platform as soon as the call returns; the promise settles once answered.
   */
  receive(message: IncomingMessage, channel: ReplyChannel): Promise<void>;
  onFeedback(event: FeedbackEvent): Promise<FeedbackAck | void>;
  /** Re-answers the pressed answer's question in the cloud, replying through `channel` (the same thread). */
  onStrongerModel?(press: StrongerModelPress, channel: ReplyChannel): Promise<void>;
  /** Optional: questions to offer a new conversation in this place, drawn from what the bot can answer. */
  suggestedPrompts?(where: { channelId: string; channelName: string; isDirect: boolean }): Promise<SuggestedPrompt[]>;
}

export interface ChatAdapter {
  readonly platform: Platform;
  readonly maxMessageLength: number;
  start(handlers: BotHandlers): Promise<void>;
  stop(): Promise<void>;
  /** Display names of workspace members, for the privacy guard's name directory. */
  memberNames(): Promise<string[]>;
  /** Post to a channel outside any conversation (scheduled reports, budget alerts). */
  postToChannel(channel: string, reply: OutgoingReply): Promise<void>;
  /** Optional: a private message to one person outside any conversation (admin notices). */
  notifyPrivately?(userId: string, reply: OutgoingReply): Promise<void>;
  /** Optional: the platform's id for a channel given by name (`finance`, `#finance`) or id; throws when unknown. */
  resolveChannel?(channel: string): Promise<string>;
  /**
   * A reply channel for a request a crashed tandem left unanswered: it replaces the placeholder at
   * `location` in place, or replies afresh when there was none. Undefined when the platform can no
   * longer reach the person for it (a terminal that is gone, an expired slash-command token).
   */
  resumeChannel?(message: IncomingMessage, location: ReplyLocation | undefined): Promise<ReplyChannel | undefined>;
}

/**
 * Thrown by `receive` when not even the failure notice could be posted: the adapter may still reach
 * the person another way (privately), with the text and reference the pipeline chose.
 */
export class UndeliveredReply extends Error {
  constructor(
    readonly requestId: string,
    readonly text: string,
    options: { cause: unknown },
  ) {
    super(`the reply to request ${requestId} could not be delivered`, options);
    this.name = 'UndeliveredReply';
  }
}
