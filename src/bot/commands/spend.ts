import type { IncomingMessage } from '../../core/chat-contract.ts';
import { NotAvailableYetError } from '../../errors.ts';
import { usageReply, type BotCommand } from '../command.ts';
import type { BotServices } from '../services.ts';

/** Spend figures are for finance and admins: who may see them is configured, not guessed. */
export function spendCommand(services: BotServices): BotCommand {
  const viewers = services.config.report.viewers;
  const command: BotCommand = {
    name: 'spend',
    aliases: ['cost', 'costs'],
    usage: '/spend [YYYY-MM]',
    summary: 'Month-to-date AI spend, savings versus all-cloud, and budget (finance and admins).',
    refuse(message: IncomingMessage) {
      // The terminal belongs to the operator who started tandem.
      if (message.platform === 'shell') return undefined;
      const allowed = viewers.users.includes(message.userId) || message.userRoles.some((role) => viewers.roles.includes(role));
      return allowed ? undefined : 'Spend figures are limited to finance and admins. Ask an admin to add you to `report.viewers`.';
    },
    async run({ args }) {
      if (!services.spendReport) throw new NotAvailableYetError('The spend report');
      const month = args.trim();
      if (month !== '' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return usageReply(command, `"${month}" is not a month like 2026-10.`);
      return { ...(await services.spendReport(month || undefined)), ephemeral: true };
    },
  };
  return command;
}
