import type { Command } from 'commander';
import { NotAvailableYetError } from '../../errors.ts';
import type { CliIo } from '../io.ts';
import type { GlobalOptions } from '../runtime.ts';

export function registerReport(program: Command, _io: CliIo, _globals: () => GlobalOptions): void {
  program
    .command('report')
    .description('(coming soon)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new NotAvailableYetError('tandem report');
    });
}
