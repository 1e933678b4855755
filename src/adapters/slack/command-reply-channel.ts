/**
 * The ReplyChannel for a slash command. Slack gives each command a response_url: ephemeral replies
 * and progress go through it (it works even where the bot is not a channel member); public answers
 * are posted in the channel so they can be updated and rated.
 */
import type { ConversationMessage, HistoryRequest, OutgoingReply, ReplyHandle, ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import { noticeMessage, renderReply, type SlackMessage } from './block-kit.ts';
import { askedByLine, withAskedBy } from './asked-by.ts';
import { AskedThread } from './asked-thread.ts';
import { finishPublicReply, postMessages } from './posted-reply.ts';
import { PRIVATE_ATTACHMENT_NOTE, type GuardedReplyChannel, type ReplyChannelDeps } from './reply-channel.ts';
import { isAccessError, slackErrorCode, userHintFor } from './slack-errors.ts';

/** What a slash command's response_url takes (Bolt's `respond`), as far as tandem uses it. */
export interface CommandResponse {
  response_type?: 'ephemeral';
  replace_original?: boolean;
  delete_original?: boolean;
  text?: string;
  blocks?: SlackMessage['blocks'];
}

export interface CommandTarget {
  channelId: string;
  userId: string;
  command: string;
  /** What the person typed after the command, shown with the public answer. */
  text?: string;
  /** The workspace, which Slack's text streaming needs outside DMs. */
  teamId?: string;
  respond(response: CommandResponse): Promise<unknown>;
}

class CommandReplyChannel implements GuardedReplyChannel {
  /** An ephemeral progress note is showing; the next private response replaces it. */
  private progressShown = false;
  /** `/ask` answers in a thread under an "asked" message, streamed while written. */
  private readonly asked: AskedThread | undefined;
  readonly stream?: (opening: StreamOpening) => Promise<ReplyStream>;

  constructor(
    private readonly target: CommandTarget,
    private readonly deps: ReplyChannelDeps,
  ) {
    if (target.command !== '/ask') return;
    const { channelId, userId, teamId, text } = target;
    const asked = new AskedThread({ channelId, userId, question: text ?? '', ...(teamId ? { teamId } : {}) }, deps);
    this.asked = asked;
    if (deps.client !== undefined) this.stream = (opening) => asked.stream(opening);
  }

  // Arrow properties: the core may pass these methods around detached from the channel.
  readonly readHistory = (request: HistoryRequest): Promise<ConversationMessage[]> => this.deps.readHistory(request);

  readonly progress = async (note: string): Promise<void> => {
    await this.respondEphemeral(noticeMessage(note, 'progress'));
    this.progressShown = true;
  };

  readonly post = async (reply: OutgoingReply): Promise<ReplyHandle> => (reply.ephemeral ? this.postPrivate(reply) : this.postPublic(reply));

  /** Failures of a command are the asker's business only, so notices are always private. */
  readonly notice = async (text: string): Promise<void> => {
    await this.asked?.discard();
    await this.respondPrivately([noticeMessage(text)]);
  };

  /** The first private message replaces the progress note; later ones are appended. */
  private async respondPrivately(messages: SlackMessage[]): Promise<void> {
    for (const message of messages) {
      await this.respondEphemeral(message);
      this.progressShown = false;
    }
  }

  private async respondEphemeral(message: SlackMessage): Promise<void> {
    const { text, blocks } = message;
    await this.target.respond({ response_type: 'ephemeral', replace_original: this.progressShown, text, blocks });
  }

  private async postPrivate(reply: OutgoingReply): Promise<ReplyHandle> {
    await this.asked?.discard();
    const withNote = reply.attachment ? { ...reply, notes: [...reply.notes, PRIVATE_ATTACHMENT_NOTE] } : reply;
    await this.respondPrivately(renderReply(withNote));
    if (reply.attachment) await this.deps.sendAttachmentPrivately(this.target.userId, reply.attachment);
    return {
      update: async (next) => {
        // A response_url message can be replaced in place, which suits an ephemeral answer.
        this.progressShown = true;
        await this.respondPrivately(renderReply(next));
      },
    };
  }

  private async postPublic(reply: OutgoingReply): Promise<ReplyHandle> {
    try {
      const handle = this.asked ? await this.asked.post(reply) : await this.postTopLevel(reply);
      if (this.progressShown) await this.target.respond({ delete_original: true }).catch(() => undefined);
      this.progressShown = false;
      return handle;
    } catch (error) {
      if (!isAccessError(error)) throw error;
      return this.answerPrivatelyInstead(reply, error);
    }
  }

  /** Other commands' public answers: top-level, led by who used which command. */
  private async postTopLevel(reply: OutgoingReply): Promise<ReplyHandle> {
    const where = { channelId: this.target.channelId };
    const { userId, command, text } = this.target;
    const posted = await postMessages(this.deps.poster, where, withAskedBy(renderReply(reply), askedByLine(userId, command, text ?? '')));
    return finishPublicReply(this.deps.poster, where, posted, reply.attachment);
  }

  /** The bot cannot post here: the person still gets the answer, with what to do about it. */
  private async answerPrivatelyInstead(reply: OutgoingReply, error: unknown): Promise<ReplyHandle> {
    this.deps.logger.warn('cannot post a command answer in the channel; answered privately instead', {
      command: this.target.command,
      channelId: this.target.channelId,
      error: slackErrorCode(error),
    });
    const hint = userHintFor(error);
    return this.postPrivate({ ...reply, ephemeral: true, notes: hint ? [...reply.notes, hint] : reply.notes });
  }
}

export function createCommandReplyChannel(target: CommandTarget, deps: ReplyChannelDeps): GuardedReplyChannel {
  return new CommandReplyChannel(target, deps);
}
