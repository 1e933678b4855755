/**
 * `tandem summarize`: summarize a thread given as JSON (`[{user, text, ts}]`), from a file or stdin;
 * with `--json`, JSON Lines of threads in, one summary per line out, in one process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BotServices } from '../../bot/services.ts';
import { summarizeConversation, type SummaryOutcome } from '../../bot/summarize-flow.ts';
import { UsageError } from '../../errors.ts';
import { readAll, writeLine, type CliIo } from '../io.ts';
import { terminalSafe } from '../../adapters/terminal-text.ts';
import { maskSecretsIn } from '../../mask-secrets.ts';
import { bootTandem, type GlobalOptions } from '../runtime.ts';
import { parseThreads, type ThreadInput } from './summarize-input.ts';

export interface SummarizeOptions {
  json?: boolean;
  length: string;
  cloud?: boolean;
  local?: boolean;
  channel: string;
}

export async function runSummarize(io: CliIo, globals: GlobalOptions, file: string, options: SummarizeOptions): Promise<void> {
  if (options.length !== 'short' && options.length !== 'detailed') throw new UsageError(`--length must be short or detailed, not "${options.length}"`);
  const threads = parseThreads(file === '-' ? await readAll(io.stdin) : readThreadFile(resolve(io.cwd, file)), file);
  if (threads.length > 1 && !options.json) throw new UsageError(`${threads.length} threads given (one per line): add --json to get one summary per line`);
  const { tandem } = await bootTandem(io, { ...globals, knowledge: 'none' });
  try {
    for (const thread of threads) {
      const outcome = await summarizeThread(tandem.services, thread, options);
      writeLine(io.stdout, options.json ? JSON.stringify({ ...(thread.id === undefined ? {} : { id: thread.id }), ...jsonOf(outcome) }) : textOf(outcome));
    }
  } finally {
    tandem.close();
  }
}

function summarizeThread(services: BotServices, thread: ThreadInput, options: SummarizeOptions): Promise<SummaryOutcome> {
  const { messages } = thread;
  return summarizeConversation(services, {
    messages,
    scope: { channelId: options.channel, channelName: options.channel, isDirect: false },
    flags: { cloud: options.cloud ?? false, local: options.local ?? false },
    length: options.length === 'detailed' ? 'detailed' : 'short',
    context: { requestId: randomUUID().slice(0, 8), platform: 'cli', channelId: options.channel, channelName: options.channel, userId: 'cli' },
    memberNames: async () => [...new Set(messages.map((message) => message.userName))],
  });
}

function jsonOf(outcome: SummaryOutcome) {
  return { summary: outcome.text, route: outcome.route, escalated: outcome.escalated, reasons: outcome.reasons, notes: outcome.notes, marker: outcome.marker };
}

/** Summaries quote other people's messages: nothing in them may drive the terminal. */
function textOf(outcome: SummaryOutcome): string {
  const top = outcome.markerPlacement === 'top';
  return terminalSafe([top ? outcome.marker : '', outcome.text, ...outcome.notes.map((note) => `ℹ️  ${maskSecretsIn(note)}`), top ? '' : outcome.marker].filter(Boolean).join('\n\n'));
}

function readThreadFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
