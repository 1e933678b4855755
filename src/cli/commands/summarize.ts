/**
 * `tandem summarize`: summarize a thread given as JSON (`[{user, text, ts}]`), from a file or stdin;
 * with `--json`, JSON Lines of threads in, one summary per line out, in one process. Each thread goes
 * through `bot.receive` as a `/summarize` typed in it, as in chat.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OutgoingReply, ReplyProvenance } from '../../core/chat-contract.ts';
import { UsageError } from '../../errors.ts';
import { readAll, writeLine, type CliIo } from '../io.ts';
import { terminalSafe } from '../../adapters/terminal-text.ts';
import { maskSecretsIn } from '../../mask-secrets.ts';
import { createOneShotAdapter } from '../one-shot-adapter.ts';
import { bootTandem, type GlobalOptions } from '../runtime.ts';
import { answered } from './ask.ts';
import { parseThreads } from './summarize-input.ts';

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
    const adapter = createOneShotAdapter(tandem.services);
    const flags = [options.cloud ? ' --cloud' : '', options.local ? ' --local' : ''].join('');
    for (const thread of threads) {
      const reply = await adapter.send({ text: `/summarize ${options.length}${flags}`, channel: options.channel, conversation: thread.messages });
      const provenance = answered(reply);
      writeLine(io.stdout, options.json ? JSON.stringify({ ...(thread.id === undefined ? {} : { id: thread.id }), ...jsonOf(reply, provenance) }) : textOf(reply));
    }
  } finally {
    tandem.close();
  }
}

function jsonOf(reply: OutgoingReply, provenance: ReplyProvenance) {
  return { summary: reply.text, route: provenance.route, escalated: provenance.escalated, reasons: provenance.reasons, notes: reply.notes, marker: reply.marker };
}

/** Summaries quote other people's messages: nothing in them may drive the terminal. */
function textOf(reply: OutgoingReply): string {
  const top = reply.markerPlacement === 'top';
  return terminalSafe([top ? reply.marker : '', reply.text, ...reply.notes.map((note) => `ℹ️  ${maskSecretsIn(note)}`), top ? '' : reply.marker].filter(Boolean).join('\n\n'));
}

function readThreadFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
