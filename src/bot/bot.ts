/**
 * The one request pipeline every adapter calls, like Hubot's receive middleware: journal (answered
 * once, across restarts too) → request id → parse → permissions → command → one error path →
 * exactly one reply. (A "thanks" in a channel thread is not a request: it gets no reply.)
 * Requests a crashed tandem left open come back through `resume`, into the same path.
 */
import { randomUUID } from 'node:crypto';
import type { BotHandlers, FeedbackAck, FeedbackEvent, IncomingMessage, OutgoingReply, ReplyChannel, StrongerModelPress } from '../core/chat-contract.ts';
import { UndeliveredReply } from '../core/chat-contract.ts';
import type { OpenRequest } from '../journal/request-journal.ts';
import { reply, type BotCommand } from './command.ts';
import { askCommand } from './commands/ask.ts';
import { helpCommand, platformHelp } from './commands/help.ts';
import { spendCommand } from './commands/spend.ts';
import { statusCommand } from './commands/status.ts';
import { summarizeCommand } from './commands/summarize.ts';
import { parseCommand } from './parse-command.ts';
import { describe, failureReply, interruptedText } from './pipeline/failure-reply.ts';
import { journaledChannel, type JournaledChannel } from './pipeline/journaled-channel.ts';
import { suggestedPrompts } from './suggested-prompts.ts';
import type { BotServices } from './services.ts';
import { createStrongerModelOffers } from './stronger-model/offers.ts';
import { pressStrongerModel } from './stronger-model/press-stronger-model.ts';

const GREETING = /^(hi|hello|hey|yo)[\s!.]*$/i;
/** Acknowledgements are what colleagues say to each other in a thread tandem follows: not requests. */
const ACKNOWLEDGEMENT = /^(thanks|thank you|thx|ty|cheers|ok|okay|cool|great|nice|got it|👍|🙏)[\s!.]*$/i;
/** A request that took tandem down this many times is not tried again: the person gets an apology. */
const MAX_ATTEMPTS = 3;

export interface Bot {
  handlers: BotHandlers;
  commands: readonly BotCommand[];
  /** Finishes a request a crashed tandem left open; `channel` is undefined when no one can be reached. */
  resume(open: OpenRequest, channel: ReplyChannel | undefined): Promise<void>;
}

export interface BotOptions {
  memberNames: () => Promise<string[]>;
  /**
   * `rethrow`: a failure is journaled and thrown to the caller instead of posted as a notice. For
   * one-shot callers (the CLI) whose error path is the process's: one line on stderr and an exit code.
   */
  failures?: 'notify' | 'rethrow';
}

export function createBot(services: BotServices, options: BotOptions): Bot {
  const { journal, logger } = services;
  const commands: BotCommand[] = [];
  const offers = createStrongerModelOffers();
  commands.push(askCommand(services, options.memberNames, offers), summarizeCommand(services, options.memberNames), spendCommand(services), statusCommand(services), helpCommand(() => commands));
  const find = (name: string) => commands.find((command) => command.name === name || command.aliases.includes(name));

  async function respond(message: IncomingMessage, channel: ReplyChannel, requestId: string): Promise<OutgoingReply | undefined> {
    const text = message.text.trim();
    if (ACKNOWLEDGEMENT.test(text) && !message.isDirect && !message.isSlashCommand) return undefined;
    if (text.length === 0 || GREETING.test(text) || ACKNOWLEDGEMENT.test(text)) {
      const helpSyntax = platformHelp(message, commands).commands.find((entry) => entry.command === 'help')?.syntax ?? '/help';
      return reply(`Hi! Ask me anything about the company handbook, or use \`${helpSyntax}\` to see what I can do.`, { ephemeral: message.isSlashCommand });
    }
    const parsed = parseCommand(text);
    const command = find(parsed.name);
    if (!command) return unknownCommand(parsed.name, message, commands);
    const refusal = command.refuse?.(message);
    if (refusal) return reply(refusal, { ephemeral: true });
    return command.run({ message, channel, args: parsed.args, flags: parsed.flags, requestId });
  }

  async function handle(message: IncomingMessage, channel: JournaledChannel, requestId: string): Promise<void> {
    let answer: OutgoingReply | undefined;
    try {
      answer = await respond(message, channel, requestId);
    } catch (error) {
      if (options.failures === 'rethrow') {
        journal.failed(requestId, describe(error));
        throw error;
      }
      await deliver(channel, failureReply(error, requestId, logger), requestId, describe(error));
      return;
    }
    if (answer) await deliver(channel, answer, requestId);
    else journal.answered(requestId);
  }

  async function deliver(channel: JournaledChannel, outgoing: OutgoingReply, requestId: string, failure?: string): Promise<void> {
    try {
      await channel.post(outgoing);
    } catch (error) {
      logger.error('could not deliver a reply', { requestId, error: describe(error) });
      journal.failed(requestId, `undelivered: ${describe(error)}`);
      throw new UndeliveredReply(requestId, outgoing.text, { cause: error });
    }
    if (failure === undefined) journal.answered(requestId);
    else journal.failed(requestId, failure);
  }

  async function receive(message: IncomingMessage, channel: ReplyChannel): Promise<void> {
    const requestId = journal.claim(message);
    if (requestId === undefined) {
      logger.debug('duplicate delivery dropped', { deliveryKey: message.deliveryKey, eventId: message.eventId });
      return;
    }
    await handle(message, journaledChannel(channel, journal, requestId), requestId);
  }

  async function resume(open: OpenRequest, channel: ReplyChannel | undefined): Promise<void> {
    const { requestId, replyLocation } = open;
    if (channel === undefined) return void journal.failed(requestId, 'interrupted; the person can no longer be reached');
    // Replacing a placeholder can be repeated; a new message whose posting had started cannot.
    if (open.postingStarted && replyLocation === undefined) return void journal.failed(requestId, 'interrupted while posting; not posted again');
    const resumed = journaledChannel(channel, journal, requestId, replyLocation);
    logger.info('resuming a request interrupted by a restart', { requestId, attempt: open.attempts, deliveryKey: open.message.deliveryKey });
    if (open.attempts > MAX_ATTEMPTS) {
      return deliver(resumed, reply(interruptedText(requestId), { ephemeral: false }), requestId, 'interrupted too many times');
    }
    await handle(open.message, resumed, requestId);
  }

  async function onFeedback(event: FeedbackEvent): Promise<FeedbackAck> {
    services.ledger.recordFeedback({ modelCallId: event.modelCallId, platform: event.platform, userId: event.userId, rating: event.rating });
    // A 👎 on a local answer that could have escalated: offer the same stronger model the button does
    // (after a restart, the answer's button says it could; a press re-checks everything anyway).
    if (event.rating !== 'down') return { offerStrongerModel: false };
    const kept = offers.get(event.modelCallId, services.now().getTime()) !== undefined;
    const shown = event.strongerModelShown === true && !services.ledger.strongerModelRequests.wasAsked(event.modelCallId);
    return { offerStrongerModel: kept || shown };
  }

  /** A press is not a new request for the journal: the answer it improves was already delivered. */
  async function onStrongerModel(press: StrongerModelPress, channel: ReplyChannel): Promise<void> {
    const requestId = randomUUID().slice(0, 8);
    try {
      await pressStrongerModel(services, press, channel, { offers, requestId, memberNames: options.memberNames });
    } catch (error) {
      await channel.post(failureReply(error, requestId, logger));
    }
  }

  async function offerPrompts(where: { channelId: string; channelName: string; isDirect: boolean }) {
    return suggestedPrompts(services, where);
  }

  return { handlers: { receive, onFeedback, onStrongerModel, suggestedPrompts: offerPrompts }, commands, resume };
}

function unknownCommand(name: string, message: IncomingMessage, commands: readonly BotCommand[]): OutgoingReply {
  // The platform's own spellings (`/tandem status` in Slack), first word of each, in registry order.
  const entries = platformHelp(message, commands).commands;
  const names = [...new Set(commands.flatMap((command) => entries.filter((entry) => entry.command === command.name).map((entry) => entry.syntax.split(' ').slice(0, entry.syntax.startsWith('/tandem') ? 2 : 1).join(' '))))];
  return reply(`I don't know the command \`/${name}\`. Try one of: ${names.join(', ')} — or ask a question.`, { ephemeral: true });
}
