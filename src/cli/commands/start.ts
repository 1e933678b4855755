/** `tandem start` (= `npm start`): run the bot on every configured platform, or the terminal chat. */
import { userInfo } from 'node:os';
import { ShellAdapter } from '../../adapters/shell.ts';
import type { ChatAdapter } from '../../core/chat-contract.ts';
import { createBot } from '../../bot/bot.ts';
import { terminalSafe } from '../../adapters/terminal-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { bootTandem, cliLogger, type GlobalOptions } from '../runtime.ts';
import { startBackgroundJobs, type BackgroundJobs } from '../../app/background-jobs.ts';
import { createLogger } from '../../logger.ts';
import { platformAdapters } from '../../app/platform-adapters.ts';
import { startRequestRecovery, type RequestRecovery } from '../../app/request-recovery.ts';

export interface StartOptions {
  shell?: boolean;
}

export async function runStart(io: CliIo, globals: GlobalOptions, options: StartOptions): Promise<void> {
  const { tandem, startup } = await bootTandem(io, { ...globals, probeCloud: true, longRunning: true });
  // On a platform, operators want info-level lines; in the terminal chat, only warnings.
  const logger = options.shell ? cliLogger(io, globals) : createLogger({ level: globals.verbose ? 'debug' : 'info', write: (line) => io.stderr.write(`${line}\n`) });
  const adapters: ChatAdapter[] = options.shell ? [] : await platformAdapters(tandem, logger);
  const shell = adapters.length === 0 ? new ShellAdapter({ input: io.stdin, output: io.stdout, userName: safeUserName(), banner: banner(startup.notes) }) : undefined;
  const all = shell ? [shell] : adapters;
  const bot = createBot(tandem.services, { memberNames: async () => (await Promise.all(all.map((adapter) => adapter.memberNames()))).flat() });
  let jobs: BackgroundJobs | undefined;
  let recovery: RequestRecovery | undefined;
  try {
    for (const adapter of all) await adapter.start(bot.handlers);
    recovery = startRequestRecovery({ journal: tandem.services.journal, bot, adapters: all, logger });
    jobs = startBackgroundJobs(tandem, adapters, logger);
    if (!shell) for (const note of [...startup.notes, `Connected: ${adapters.map((adapter) => adapter.platform).join(', ')}.`]) writeLine(io.stderr, terminalSafe(note));
    await (shell ? Promise.race([shell.done, io.shutdownSignal]) : io.shutdownSignal);
  } finally {
    await recovery?.stop();
    await jobs?.stop();
    for (const adapter of all) await adapter.stop().catch(() => undefined);
    tandem.close();
  }
}

function banner(notes: string[]): string {
  return ['tandem — your local-first company assistant. Type a question, /help for commands, Ctrl-D to quit.', ...notes].join('\n');
}

function safeUserName(): string {
  try {
    return userInfo().username || 'you';
  } catch {
    return 'you';
  }
}
