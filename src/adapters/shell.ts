/**
 * The terminal chat, after Hubot's shell: how every developer tries tandem, and the driver of the
 * end-to-end tests (input and output are injectable streams). It keeps the conversation so that
 * `/summarize` has something to summarize.
 */
import { randomUUID } from 'node:crypto';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { UndeliveredReply, type BotHandlers, type ChatAdapter, type ConversationMessage, type HistoryRequest, type OutgoingReply, type PlatformHelp, type ReplyChannel, type StreamOpening } from '../core/chat-contract.ts';
import { renderReplyText } from './render-text.ts';
import { terminalSafe, terminalSafeStream, type TerminalSafeStream } from './terminal-text.ts';

export interface ShellAdapterOptions {
  input: Readable;
  output: Writable;
  userName: string;
  /** Printed once before the first prompt (start-up notes such as "no model available"). */
  banner?: string;
  /** How many turns `/summarize` can look back over. */
  historyLimit?: number;
}

const CHANNEL = 'shell';

/** In the terminal every command is typed as it is named. */
const SHELL_HELP: PlatformHelp = {
  commands: [
    { command: 'ask', syntax: '/ask <question> [--cloud | --local]' },
    { command: 'summarize', syntax: '/summarize [short | detailed]' },
    { command: 'spend', syntax: '/spend [YYYY-MM]' },
    { command: 'status', syntax: '/status' },
    { command: 'help', syntax: '/help' },
  ],
  ways: ['Type a question and press Enter; `/quit` or Ctrl-D leaves.'],
};

export class ShellAdapter implements ChatAdapter {
  readonly platform = 'shell' as const;
  readonly maxMessageLength = Number.POSITIVE_INFINITY;
  private readline: Interface | undefined;
  private readonly history: Array<ConversationMessage & { sentAt: number }> = [];
  private sequence = 0;
  /** Delivery keys are unique per terminal session: a line typed again is a new question. */
  private readonly session = randomUUID().slice(0, 8);
  private resolveDone: () => void = () => {};
  /** Settles when the input ends (Ctrl-D, end of a pipe) or `/quit` is typed. */
  readonly done: Promise<void> = new Promise((resolve) => (this.resolveDone = resolve));

  constructor(private readonly options: ShellAdapterOptions) {}

  async start(handlers: BotHandlers): Promise<void> {
    const { input, output } = this.options;
    const readline = createInterface({ input, output, terminal: false, prompt: 'you › ' });
    this.readline = readline;
    if (this.options.banner) output.write(`${this.options.banner}\n`);
    readline.prompt();
    // Lines are handled one at a time, in order: a pasted batch of questions is answered in sequence.
    let queue = Promise.resolve();
    readline.on('line', (line) => {
      // A line whose reply could not be written must not stop the lines after it from being answered.
      queue = queue
        .then(() => this.handleLine(line, handlers))
        .catch((error: unknown) => void this.options.output.write(`tandem › ${error instanceof UndeliveredReply ? terminalSafe(error.text) : 'Sorry, that could not be answered.'}\n`))
        .then(() => readline.prompt());
    });
    readline.on('close', () => void queue.then(() => this.resolveDone()));
  }

  async stop(): Promise<void> {
    this.readline?.close();
    await this.done;
  }

  async memberNames(): Promise<string[]> {
    return [this.options.userName];
  }

  async postToChannel(_channel: string, reply: OutgoingReply): Promise<void> {
    this.write(reply);
  }

  private async handleLine(line: string, handlers: BotHandlers): Promise<void> {
    const text = line.trim();
    if (text.length === 0) return;
    if (text === '/quit' || text === '/exit') {
      this.readline?.close();
      return;
    }
    this.sequence += 1;
    const ts = String(this.sequence);
    // Commands are not conversation; questions and answers are, in the order they were said.
    if (!text.startsWith('/')) this.remember({ userId: this.options.userName, userName: this.options.userName, text, ts });
    await handlers.receive(
      { platform: 'shell', eventId: `shell-${ts}`, deliveryKey: `shell:${this.session}:${ts}`, userId: this.options.userName, userName: this.options.userName, userRoles: [], channelId: CHANNEL, channelName: CHANNEL, text, isDirect: true, isSlashCommand: false, help: SHELL_HELP },
      this.replyChannel(text.startsWith('/')),
    );
  }

  private replyChannel(isCommandLine: boolean): ReplyChannel {
    let streamed: { opening: StreamOpening; text: string; safe: TerminalSafeStream } | undefined;
    return {
      stream: async (opening) => {
        // Streamed text may quote a document: escape sequences in it go, also when cut between pieces.
        streamed = { opening, text: '', safe: terminalSafeStream() };
        const lead = opening.marker && opening.markerPlacement === 'top' ? `${opening.marker}\n\n` : '';
        this.options.output.write(`tandem › ${indent(terminalSafe(lead))}`);
        const current = streamed;
        return {
          append: async (text) => {
            current.text += text;
            this.options.output.write(indent(current.safe.write(text)));
          },
        };
      },
      post: async (reply) => {
        const shown = streamed;
        streamed = undefined;
        if (shown) {
          this.options.output.write(indent(shown.safe.end()));
          this.finishStream(shown, reply);
        } else this.write(reply);
        if (!reply.ephemeral && !isCommandLine) this.remember({ userId: 'tandem', userName: 'tandem', text: reply.text, ts: `${this.sequence}.1`, fromSelf: true });
        return { update: async (updated) => this.write(updated) };
      },
      progress: async (note) => {
        this.options.output.write(`  … ${terminalSafe(note)}\n`);
      },
      readHistory: async (request: HistoryRequest) => this.readHistory(request),
    };
  }

  private readHistory(request: HistoryRequest): ConversationMessage[] {
    // In the terminal the conversation *is* with tandem, so its answers belong in the summary.
    const limit = request.limit ?? this.history.length;
    const since = request.sinceMs;
    return (since === undefined ? this.history : this.history.filter((message) => message.sentAt >= since)).slice(-limit).map(({ sentAt: _sentAt, ...message }) => message);
  }

  private remember(message: ConversationMessage): void {
    this.history.push({ ...message, sentAt: Date.now() });
    const limit = this.options.historyLimit ?? 500;
    if (this.history.length > limit) this.history.splice(0, this.history.length - limit);
  }

  /** Tokens already on screen stay; what only the finished reply knows (sources, notes, cost) follows. */
  private finishStream(shown: { opening: StreamOpening; text: string; safe: TerminalSafeStream }, reply: OutgoingReply): void {
    const output = this.options.output;
    if (shown.text.trim() !== reply.text.trim()) {
      // A fallback or a rewritten answer replaced what was streamed: show the reply whole.
      output.write('\n');
      this.write(reply);
      return;
    }
    const ledWith = shown.opening.markerPlacement === 'top' ? shown.opening.marker : undefined;
    const tail = renderReplyText({ ...reply, text: '', marker: closingMarker(reply.marker, ledWith), markerPlacement: 'bottom' });
    output.write(`${indent(tail.replace(/^\n+/, '\n\n'))}\n`);
  }

  private write(reply: OutgoingReply): void {
    this.options.output.write(`tandem › ${indent(renderReplyText(reply))}\n`);
  }
}

/** A marker already shown at the top is not repeated; only what it learned since (the cost) is. */
function closingMarker(marker: string | undefined, ledWith: string | undefined): string | undefined {
  if (marker === undefined || ledWith === undefined) return marker;
  if (marker === ledWith) return undefined;
  return marker.startsWith(ledWith) ? `cost of this answer: ${marker.slice(ledWith.length).replace(/^\s*·\s*/, '')}` : marker;
}

/** Continuation lines line up under the text after `tandem › `. */
function indent(text: string): string {
  return text.replace(/\n/g, '\n         ');
}
