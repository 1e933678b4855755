/** `tandem forget PATH`: remove an added knowledge source and every trace of its text from the database. */
import { dirname, resolve } from 'node:path';
import { composeTandem } from '../../app/compose.ts';
import { writeLine, type CliIo } from '../io.ts';
import { cliLogger, loadCliConfig, type GlobalOptions } from '../runtime.ts';

export async function runForget(io: CliIo, globals: GlobalOptions, path: string): Promise<void> {
  const loaded = loadCliConfig(io, globals);
  const tandem = await composeTandem({ config: loaded.config, logger: cliLogger(io, globals), baseDir: loaded.file ? dirname(loaded.file) : io.cwd });
  try {
    // No sync with the configuration first: forgetting is how a clash with it gets resolved.
    const { source, documents } = await tandem.knowledge.forget({ path: resolve(io.cwd, path), name: path });
    writeLine(io.stdout, `Forgot "${source.name}" (${source.path}): ${documents} document${documents === 1 ? '' : 's'} and their passages removed, and the freed space cleared from the database file.`);
  } finally {
    tandem.close();
  }
}
