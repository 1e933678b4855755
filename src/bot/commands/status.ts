import { maskSecretsIn } from '../../mask-secrets.ts';
import { reply, type BotCommand } from '../command.ts';
import type { BotServices } from '../services.ts';

/** Answers "is it broken?": model health, index freshness, cloud and budget at a glance. */
export function statusCommand(services: BotServices): BotCommand {
  return {
    name: 'status',
    aliases: [],
    usage: '/status',
    summary: 'Is the local model up, how fresh is the knowledge base, is cloud escalation on?',
    async run() {
      const local = await services.models.local.get();
      const escalation = services.escalation;
      const cloud = escalation ? await escalation.monitor.get() : undefined;
      const stats = services.knowledge.stats();
      const budget = services.config.budget.monthlyUsd;
      const lines = [
        `Local model: ${local.ok ? `✅ ${services.models.local.provider.modelId}` : `❌ ${local.detail} — answering from the knowledge base only`}`,
        `Cloud: ${cloud && escalation ? `${cloud.ok ? '✅' : '❌'} ${escalation.providerId}/${escalation.modelId}${cloud.ok ? '' : ` (${cloud.detail}) — configured but unusable: requests that would escalate are answered locally, with a note`}` : 'off (no API key configured)'}`,
        `Knowledge base: ${stats.documents} documents, ${stats.chunks} passages${stats.lastIndexedAt ? `, indexed ${stats.lastIndexedAt.toISOString()}` : ''}`,
        `Monthly cloud budget: ${budget === undefined ? 'none set' : `$${budget.toFixed(2)}`}`,
      ];
      // Provider details can name a host with credentials in it.
      return reply(maskSecretsIn(lines.join('\n')), { ephemeral: true });
    },
  };
}
