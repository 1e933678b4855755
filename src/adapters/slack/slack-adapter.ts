/**
 * The Slack ChatAdapter: real Bolt over Socket Mode or HTTP, turning Slack events, commands,
 * shortcuts and buttons into the contract's IncomingMessage / FeedbackEvent and rendering replies as
 * Block Kit. It never reads the environment: the composition root passes every option.
 */
import type { AddressInfo } from 'node:net';
import type { BotHandlers, ChatAdapter, OutgoingReply } from '../../core/chat-contract.ts';
import { createBoltApp, type BoltApp } from './app-factory.ts';
import { renderReply, SECTION_TEXT_LIMIT } from './block-kit.ts';
import { registerCommandRoutes } from './command-routes.ts';
import { createSlackDirectory, type SlackDirectory } from './directory.ts';
import { registerAssistant } from './assistant.ts';
import { tokenRejection } from './token-errors.ts';
import { createChannelResolver } from './channel-resolver.ts';
import { registerEventRoutes } from './event-routes.ts';
import { registerFeedbackRoutes } from './feedback-routes.ts';
import { registerStrongerModelRoute } from './stronger-model-button.ts';
import { createHistoryReader } from './history.ts';
import { createSlackPoster, type Attachment } from './message-poster.ts';
import { resolveSlackOptions, type ResolvedSlackOptions, type SlackAdapterLogger, type SlackAdapterOptions } from './options.ts';
import { PermissionDeniedError } from '../../errors.ts';
import { postMessages } from './posted-reply.ts';
import type { ReplyChannelDeps } from './reply-channel.ts';
import {
  createActiveThreads,
  createIdentityStore,
  type ActiveThreads,
  type IdentityStore,
  type RoutingDeps,
} from './routing-deps.ts';
import { callSlack, isAccessError, slackErrorCode, userHintFor } from './slack-errors.ts';
import { createTaskTracker, type TaskTracker } from './task-tracker.ts';
import { ownIdentity, resumedChannel } from './resumed-channel.ts';

export interface SlackAdapter extends ChatAdapter {
  readonly platform: 'slack';
  /** HTTP mode: the address the receiver listens on once started (port 0 picks a free port). */
  httpAddress(): AddressInfo | undefined;
}

/** Everything the adapter is built from, before the bot's handlers are known. */
interface AdapterParts {
  options: ResolvedSlackOptions;
  bolt: BoltApp;
  directory: SlackDirectory;
  threads: ActiveThreads;
  identity: IdentityStore;
  tasks: TaskTracker;
  replyDeps: ReplyChannelDeps;
}

function buildParts(options: ResolvedSlackOptions): AdapterParts {
  const { logger } = options;
  const bolt = createBoltApp(options);
  const client = bolt.client;
  const poster = createSlackPoster(client);
  const identity = createIdentityStore({ botUserId: options.botUserId, botId: options.botId });
  const directory = createSlackDirectory({ client, logger, refreshMs: options.directoryRefreshMs });
  const threads = createActiveThreads(options.activeThreadLimit);
  const tasks = createTaskTracker((error) => logger.error('background Slack task failed', { error: String(error) }));
  const sendAttachmentPrivately = async (userId: string, attachment: Attachment): Promise<void> => {
    const opened = await callSlack('conversations.open', () => client.conversations.open({ users: userId }));
    if (opened.channel?.id === undefined) throw new Error('conversations.open returned no channel');
    await poster.upload(opened.channel.id, attachment);
  };
  const readHistory = explainingRefusals(createHistoryReader({ client, directory, identity: identity.get, logger }), logger);
  const replyDeps: ReplyChannelDeps = { poster, logger, readHistory, markThreadActive: threads.add, sendAttachmentPrivately, client, loadingStatus: { refused: false } };
  return { options, bolt, directory, threads, identity, tasks, replyDeps };
}

/**
 * Slack refusing to let the bot read a conversation is something the asker can act on: it becomes a
 * person-facing refusal (what to invite or grant) that the bot's pipeline shows as written.
 */
function explainingRefusals(read: ReplyChannelDeps['readHistory'], logger: SlackAdapterLogger): ReplyChannelDeps['readHistory'] {
  return async (request) => {
    try {
      return await read(request);
    } catch (error) {
      const hint = isAccessError(error) ? userHintFor(error) : undefined;
      if (hint === undefined) throw error;
      logger.warn(`Slack refused to let the bot read ${request.channelId} (${slackErrorCode(error)}); invite the bot or grant the scope`, { channelId: request.channelId, slackError: slackErrorCode(error) });
      throw new PermissionDeniedError(hint);
    }
  };
}

function registerRoutes(parts: AdapterParts, handlers: BotHandlers): void {
  const deps: RoutingDeps = {
    handlers,
    directory: parts.directory,
    threads: parts.threads,
    identity: parts.identity,
    logger: parts.options.logger,
    replyDeps: parts.replyDeps,
    tasks: parts.tasks,
    answerBeforeAck: parts.options.processBeforeResponse ?? false,
  };
  // Before the message routes: Bolt's Assistant takes the DM-thread messages of the split view.
  registerAssistant(parts.bolt.app, deps);
  registerEventRoutes(parts.bolt.app, deps);
  registerCommandRoutes(parts.bolt.app, deps);
  registerFeedbackRoutes(parts.bolt.app, deps);
  registerStrongerModelRoute(parts.bolt.app, deps);
}

/** A post nobody is waiting for (reports, alerts): log access problems clearly, then let the caller decide. */
async function postToChannel(parts: AdapterParts, channel: string, reply: OutgoingReply): Promise<void> {
  const { poster } = parts.replyDeps;
  try {
    const [first] = await postMessages(poster, { channelId: channel }, renderReply(reply));
    if (first === undefined) return;
    // A scheduled report starts a thread the bot owns: questions under it get answers.
    parts.threads.add(first.channel, first.ts);
    // The chart belongs to the report: in its thread, not as a second top-level message. The report
    // is delivered once its text is posted; a failed upload must not make it look undelivered (and
    // be posted again), so it is logged instead.
    if (reply.attachment) {
      await poster.upload(first.channel, reply.attachment, first.ts).catch((error: unknown) => {
        parts.options.logger.warn(`posted to ${channel}, but its attachment could not be uploaded`, { channel, slackError: slackErrorCode(error) ?? String(error) });
      });
    }
  } catch (error) {
    if (isAccessError(error)) {
      const explanation = userHintFor(error) ?? slackErrorCode(error);
      parts.options.logger.warn(`cannot post to ${channel}: ${explanation}`, { channel, slackError: slackErrorCode(error) });
    }
    throw error;
  }
}

export function createSlackAdapter(input: SlackAdapterOptions): SlackAdapter {
  const parts = buildParts(resolveSlackOptions(input));
  const { bolt, options } = parts;
  const botIdentity = ownIdentity(bolt.client, parts.identity, options.logger);
  let state: 'idle' | 'starting' | 'running' | 'stopped' | 'failed' = 'idle';
  return {
    platform: 'slack',
    maxMessageLength: SECTION_TEXT_LIMIT,
    httpAddress: () => bolt.address(),
    async start(handlers: BotHandlers) {
      if (state !== 'idle') throw new Error(`the Slack adapter cannot start: it is ${state}`);
      state = 'starting';
      registerRoutes(parts, handlers);
      try {
        await bolt.start();
      } catch (error) {
        // Routes are registered on the Bolt app already; a retry needs a fresh adapter.
        state = 'failed';
        throw tokenRejection(error) ?? error;
      }
      state = 'running';
      options.logger.info('Slack adapter started', { mode: options.mode, address: bolt.address() });
    },
    async stop() {
      if (state !== 'running') return;
      state = 'stopped';
      // Let acknowledged commands finish answering before the connection goes away.
      await parts.tasks.drain(options.stopTimeoutMs);
      await bolt.stop();
    },
    memberNames: () => parts.directory.memberNames(),
    postToChannel: (channel, reply) => postToChannel(parts, channel, reply),
    resolveChannel: createChannelResolver(bolt.client),
    notifyPrivately: async (userId, reply) => {
      const opened = await callSlack('conversations.open', () => bolt.client.conversations.open({ users: userId }));
      if (opened.channel?.id === undefined) throw new Error('conversations.open returned no channel');
      await postMessages(parts.replyDeps.poster, { channelId: opened.channel.id }, renderReply(reply));
    },
    resumeChannel: (message, location) => resumedChannel(bolt.client, parts.replyDeps, message, location, botIdentity),
  };
}
