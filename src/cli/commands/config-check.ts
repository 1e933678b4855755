/** `tandem config check`: validate, then print the effective config with every secret masked. */
import { stringify } from 'yaml';
import { maskSecrets } from '../../config/secrets.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../runtime.ts';

export interface ConfigCheckOptions {
  json?: boolean;
}

export async function runConfigCheck(io: CliIo, globals: GlobalOptions, options: ConfigCheckOptions): Promise<void> {
  const loaded = loadCliConfig(io, globals);
  const masked = maskSecrets(loaded.config);
  writeLine(io.stderr, `Configuration is valid. File: ${loaded.file ?? '(none; defaults and environment)'}. Environment: ${loaded.environmentKeys.join(', ') || '(none)'}.`);
  writeLine(io.stdout, options.json ? JSON.stringify(masked, null, 2) : stringify(masked).trimEnd());
}
