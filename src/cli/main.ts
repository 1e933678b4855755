/**
 * The `tandem` command line. Every failure ends here: configuration errors exit 2 before anything
 * starts, usage errors print a hint, and nothing is swallowed.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError, TandemError } from '../errors.ts';
import { maskSecretsIn } from '../mask-secrets.ts';
import { writeLine, type CliIo } from './io.ts';
import { describeDamage } from '../../db/open-checks.ts';
import type { GlobalOptions } from './runtime.ts';
import { defineCommands } from './command-line.ts';
import { packageVersion } from '../package-files.ts';

export const EXIT_CONFIG = 2;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('tandem')
    .description('Local-first AI assistant for Slack, Discord and the terminal')
    .option('--db <path>', 'SQLite database file (default ./data/tandem.db, or TANDEM_DB)')
    .option('--verbose', 'log debug detail to stderr')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(run with --help for usage)');
  const globals = () => program.opts<GlobalOptions>();
  defineCommands(program, io, globals);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
  if (error instanceof ConfigError) {
    writeLine(io.stderr, `tandem: ${error.message}`);
    writeLine(io.stderr, 'Nothing was started. Fix the values above (see `tandem config check` and the README’s configuration table).');
    return EXIT_CONFIG;
  }
  const damage = describeDamage(error);
  if (damage) {
    writeLine(io.stderr, `tandem: ${damage.message}`);
    return 1;
  }
  if (error instanceof TandemError) {
    writeLine(io.stderr, `tandem: ${maskSecretsIn(error.message)}`);
    if (error.code === 'CONFIG_INVALID') return EXIT_CONFIG;
    return error.code === 'USAGE' ? EXIT_USAGE : 1;
  }
  writeLine(io.stderr, maskSecretsIn(`tandem: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  return 1;
}
