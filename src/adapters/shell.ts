/**
 * The terminal chat, after Hubot's shell: how every developer tries tandem, and the driver of the
 * end-to-end tests (input and output are injectable streams). It keeps the conversation so that
 * `/summarize` has something to summarize.
 */
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BotHandlers, ChatAdapter, ConversationMessage, HistoryRequest, OutgoingReply, ReplyChannel } from './contract.ts';
import { renderReplyText } from './render-text.ts';

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

export class ShellAdapter implements ChatAdapter {
  readonly platform = 'shell' as const;
  readonly maxMessageLength = Number.POSITIVE_INFINITY;
  private readline: Interface | undefined;
  private readonly history: Array<ConversationMessage & { sentAt: number }> = [];
  private sequence = 0;
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
      queue = queue.then(() => this.handleLine(line, handlers)).then(() => readline.prompt());
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
    await handlers.onMessage(
      { platform: 'shell', eventId: `shell-${ts}`, userId: this.options.userName, userName: this.options.userName, userRoles: [], channelId: CHANNEL, channelName: CHANNEL, text, isDirect: true, isSlashCommand: false },
      this.replyChannel(text.startsWith('/')),
    );
  }

  private replyChannel(isCommandLine: boolean): ReplyChannel {
    return {
      post: async (reply) => {
        this.write(reply);
        if (!reply.ephemeral && !isCommandLine) this.remember({ userId: 'tandem', userName: 'tandem', text: reply.text, ts: `${this.sequence}.1`, fromSelf: true });
        return { update: async (updated) => this.write(updated) };
      },
      progress: async (note) => {
        this.options.output.write(`  … ${note}\n`);
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

  private write(reply: OutgoingReply): void {
    this.options.output.write(`tandem › ${renderReplyText(reply).replace(/\n/g, '\n         ')}\n`);
  }
}
