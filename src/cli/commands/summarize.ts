/** `tandem summarize`: summarize a thread given as JSON (`[{user, text, ts}]`), from a file or stdin. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import type { ConversationMessage } from '../../adapters/contract.ts';
import { summarizeConversation } from '../../bot/summarize-flow.ts';
import { UsageError } from '../../errors.ts';
import { readAll, writeLine, type CliIo } from '../io.ts';
import { bootTandem, type GlobalOptions } from '../runtime.ts';

const threadSchema = z.array(z.object({ user: z.string().min(1), text: z.string(), ts: z.union([z.string(), z.number()]) }));

interface SummarizeOptions {
  json?: boolean;
  length: string;
  cloud?: boolean;
  local?: boolean;
  channel: string;
}

export function registerSummarize(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('summarize')
    .description('Summarize a thread: a JSON array of {user, text, ts}, from a file or - for stdin')
    .argument('<file>', 'thread JSON file, or -')
    .option('--json', 'print the result as JSON')
    .option('--length <length>', 'short or detailed', 'short')
    .option('--cloud', 'ask for a cloud model (the routing policy may refuse)')
    .option('--local', 'never leave this machine')
    .option('--channel <name>', 'summarize as if in this channel (channel policy applies)', 'cli')
    .action(async (file: string, options: SummarizeOptions) => {
      if (options.length !== 'short' && options.length !== 'detailed') throw new UsageError(`--length must be short or detailed, not "${options.length}"`);
      const messages = parseThread(file === '-' ? await readAll(io.stdin) : readThreadFile(resolve(io.cwd, file)), file);
      const { tandem } = await bootTandem(io, globals());
      try {
        const outcome = await summarizeConversation(tandem.services, {
          messages,
          scope: { channelId: options.channel, channelName: options.channel, isDirect: false },
          flags: { cloud: options.cloud ?? false, local: options.local ?? false },
          length: options.length,
          context: { requestId: randomUUID().slice(0, 8), platform: 'cli', channelId: options.channel, channelName: options.channel, userId: 'cli' },
          memberNames: async () => [...new Set(messages.map((message) => message.userName))],
        });
        if (options.json) writeLine(io.stdout, JSON.stringify({ summary: outcome.text, route: outcome.route, escalated: outcome.escalated, reasons: outcome.reasons, notes: outcome.notes, marker: outcome.marker }));
        else writeLine(io.stdout, [outcome.markerPlacement === 'top' ? outcome.marker : '', outcome.text, ...outcome.notes.map((note) => `ℹ️  ${note}`), outcome.markerPlacement === 'top' ? '' : outcome.marker].filter(Boolean).join('\n\n'));
      } finally {
        tandem.close();
      }
    });
}

function readThreadFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseThread(text: string, origin: string): ConversationMessage[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${origin === '-' ? 'stdin' : origin} is not JSON: expected an array of {user, text, ts}`);
  }
  const parsed = threadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${origin === '-' ? 'stdin' : origin}: at [${issue.path.join('.')}] ${issue.message}; expected an array of {user, text, ts}`);
  }
  return parsed.data.map((message) => ({ userId: message.user, userName: message.user, text: message.text, ts: String(message.ts) }));
}
