/**
 * Which channel a history read may touch. A summary is posted where it was asked for, so it may
 * only read what everyone there can already read: the channel the command was used in, the thread
 * it was used in, or a public thread of that channel. Anything else a link names — another channel,
 * a thread of another channel, a private thread, another server — is refused before a single
 * message is fetched. Discord links carry arbitrary ids in their last part, so the target is
 * resolved through the API and checked, never trusted from the link.
 */
import { ChannelType, type Client, type TextBasedChannel } from 'discord.js';
import { TandemError } from '../../errors.ts';
import type { HistoryRequest } from '../../core/chat-contract.ts';

const OUTSIDE = 'I can only summarize this channel or a thread in it: run /summarize there (summaries are posted where they are asked for).';

/**
 * `originId` is the channel or thread the command came from (as Discord reports it). Throws a
 * usage error (shown to the asker) when the target is not readable from there.
 */
export async function resolveHistoryTarget(client: Client, request: HistoryRequest, originId: string): Promise<TextBasedChannel> {
  const origin = await fetchChannel(client, originId);
  const home = origin?.isThread() ? origin.parentId : origin?.id;
  if (!origin || home !== request.channelId) throw new TandemError('USAGE', OUTSIDE);
  const targetId = request.scope === 'thread' ? (request.threadId ?? request.channelId) : request.channelId;
  const target = targetId === origin.id ? origin : await fetchChannel(client, targetId);
  if (!target?.isTextBased()) throw new TandemError('USAGE', 'That link does not point to this channel or a thread in it that I can read.');
  if (target.id === origin.id || target.id === home) return target;
  // A private thread's members are a subset of the channel's: only readable from inside it.
  if (target.isThread() && target.parentId === home && target.type !== ChannelType.PrivateThread) return target;
  throw new TandemError('USAGE', OUTSIDE);
}

async function fetchChannel(client: Client, id: string) {
  if (!/^\d+$/.test(id)) return null;
  // Unknown ids (a plain message id in a link's last part) are simply not readable targets.
  return client.channels.fetch(id).catch(() => null);
}
