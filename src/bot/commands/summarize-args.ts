/**
 * `/summarize [thread link | #channel] [24h|7d|N messages] [short|detailed]` — parsed once for every
 * platform. Unknown words are an error (with usage), not silently ignored.
 */
import type { SummaryLength } from '../summary/prompts.ts';

export interface SummarizeArgs {
  /** A thread named by its permalink (Slack `…/archives/C123/p1700000000123456`, Discord `…/channels/g/c/m`). */
  thread?: { channelId: string; threadId: string };
  /** A channel named as `#name` or `<#C123|name>`. */
  channel?: string;
  limit?: number;
  sinceMs?: number;
  length: SummaryLength;
}

/** A channel summary covers the recent past by default; a thread is summarized whole (up to the maximum). */
export const DEFAULT_CHANNEL_MESSAGE_LIMIT = 200;
export const MAX_MESSAGE_LIMIT = 2000;

export function parseSummarizeArgs(args: string, now: Date): SummarizeArgs | { error: string } {
  const result: SummarizeArgs = { length: 'short' };
  const words = args.trim().length === 0 ? [] : args.trim().split(/\s+/);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const next = words[index + 1]?.toLowerCase();
    if (word === 'short' || word === 'detailed') result.length = word;
    else if (/^\d+[hd]$/i.test(word)) result.sinceMs = now.getTime() - durationMs(word);
    else if (/^\d+$/.test(word)) {
      const limit = Number(word);
      if (limit < 1 || limit > MAX_MESSAGE_LIMIT) return { error: `The message count must be between 1 and ${MAX_MESSAGE_LIMIT}.` };
      result.limit = limit;
      if (next === 'messages' || next === 'message' || next === 'msgs') index += 1;
    } else if (parseThreadLink(word)) result.thread = parseThreadLink(word);
    else if (/^<#\w+(\|[^>]*)?>$/.test(word)) result.channel = word.slice(2, -1).split('|')[0]!;
    else if (/^#[\w-]+$/.test(word)) result.channel = word.slice(1);
    else return { error: `I don't understand "${word}".` };
  }
  return result;
}

function durationMs(word: string): number {
  const amount = Number(word.slice(0, -1));
  return word.toLowerCase().endsWith('h') ? amount * 3_600_000 : amount * 86_400_000;
}

function parseThreadLink(word: string): { channelId: string; threadId: string } | undefined {
  const url = word.replace(/^<|>$/g, '').split('|')[0]!;
  const slack = /\/archives\/([A-Z0-9]+)\/p(\d{10})(\d{6})/.exec(url);
  if (slack) return { channelId: slack[1]!, threadId: `${slack[2]}.${slack[3]}` };
  const discord = /discord(?:app)?\.com\/channels\/\d+\/(\d+)(?:\/(\d+))?/.exec(url);
  if (discord) return { channelId: discord[1]!, threadId: discord[2] ?? discord[1]! };
  return undefined;
}
