/** `tandem config check`: validate, then print the effective config with every secret masked. */
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { maskSecrets } from '../../config/secrets.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../runtime.ts';

export function registerConfig(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const config = program.command('config').description('Inspect configuration');
  config
    .command('check')
    .description('Validate the configuration and print the effective values (secrets masked)')
    .option('--json', 'print JSON instead of YAML')
    .action((options: { json?: boolean }) => {
      const loaded = loadCliConfig(io, globals());
      const masked = maskSecrets(loaded.config);
      writeLine(io.stderr, `Configuration is valid. File: ${loaded.file ?? '(none; defaults and environment)'}. Environment: ${loaded.environmentKeys.join(', ') || '(none)'}.`);
      writeLine(io.stdout, options.json ? JSON.stringify(masked, null, 2) : stringify(masked).trimEnd());
    });
}
