/**
 * What every route (events, commands, shortcut, buttons) shares: the bot's handlers, lookups,
 * the threads the bot takes part in and who the bot itself is.
 */
import type { BotHandlers } from '../../core/chat-contract.ts';
import { BoundedSet } from '../bounded-set.ts';
import type { SlackDirectory } from './directory.ts';
import type { BotIdentity } from './history.ts';
import type { SlackAdapterLogger } from './options.ts';
import type { ReplyChannelDeps } from './reply-channel.ts';
import type { TaskTracker } from './task-tracker.ts';

export interface RoutingDeps {
  handlers: BotHandlers;
  directory: SlackDirectory;
  threads: ActiveThreads;
  identity: IdentityStore;
  logger: SlackAdapterLogger;
  replyDeps: ReplyChannelDeps;
  tasks: TaskTracker;
  /** Hold Slack's HTTP response until the answer is posted (tests), not just until the claim. */
  answerBeforeAck: boolean;
}

/** Threads the bot started or was addressed in; later messages there are for the bot. */
export interface ActiveThreads {
  add(channelId: string, threadTs: string): void;
  has(channelId: string, threadTs: string): boolean;
}

export function createActiveThreads(capacity: number): ActiveThreads {
  const keys = new BoundedSet(capacity);
  const key = (channelId: string, threadTs: string) => `${channelId}:${threadTs}`;
  return {
    add: (channelId, threadTs) => void keys.add(key(channelId, threadTs)),
    has: (channelId, threadTs) => keys.has(key(channelId, threadTs)),
  };
}

/** The bot's own ids: from options, else learnt from Bolt's authorization context on each event. */
export interface IdentityStore {
  get(): BotIdentity;
  learn(context: { botUserId?: string; botId?: string; teamId?: string }): void;
}

export function createIdentityStore(initial: BotIdentity): IdentityStore {
  const identity: BotIdentity = { ...initial };
  return {
    get: () => identity,
    learn(context) {
      identity.botUserId ??= context.botUserId;
      identity.botId ??= context.botId;
      identity.teamId ??= context.teamId;
    },
  };
}
