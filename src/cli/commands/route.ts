import type { Command } from 'commander';
import { NotAvailableYetError } from '../../errors.ts';
import type { CliIo } from '../io.ts';
import type { GlobalOptions } from '../runtime.ts';

export function registerRoute(program: Command, _io: CliIo, _globals: () => GlobalOptions): void {
  program
    .command('route')
    .description('(coming soon)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new NotAvailableYetError('tandem route');
    });
}
