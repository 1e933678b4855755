/**
 * The provider half of the routing facts. The local model is always checked; the cloud is probed
 * only when the request could go there at all — a confidential channel or `--local` must not even
 * tell the vendor (with our API key) that someone is asking something.
 */
import type { ChannelPolicy } from './channel-policy.ts';
import type { CloudEscalation } from './cloud-escalation.ts';
import type { RouteFacts } from './decide-route.ts';
import type { ModelLineup } from './provider-health.ts';
import { tierFromParameterSize, type LocalTier } from './request-kind/local-tier.ts';

export interface ProviderFacts {
  local: RouteFacts['local'];
  cloud: RouteFacts['cloud'];
}

export async function providerFacts(
  models: ModelLineup,
  escalation: CloudEscalation | undefined,
  gate: { channelPolicy: ChannelPolicy; flags: { local: boolean } },
): Promise<ProviderFacts> {
  const local = await models.local.get();
  const localFacts = { available: local.ok, detail: local.detail, contextWindow: local.contextWindow ?? models.localContextWindow, ...localTier(models, local.parameterSize) };
  if (!escalation) return { local: localFacts, cloud: { configured: false, available: false, detail: 'not configured' } };
  const mayEscalate = gate.channelPolicy === 'open' && !gate.flags.local;
  const cloud = mayEscalate ? await escalation.monitor.get() : escalation.monitor.current;
  return { local: localFacts, cloud: { configured: true, available: cloud.ok, detail: cloud.detail } };
}

/** The configured tier, else the one the server's parameter size implies, else the cautious guess. */
export function localTier(models: Pick<ModelLineup, 'localTier'>, parameterSize: string | undefined): { tier: LocalTier; tierSource: string } {
  if (models.localTier) return { tier: models.localTier, tierSource: 'routing.localTier' };
  const reported = tierFromParameterSize(parameterSize);
  if (reported) return { tier: reported, tierSource: `${parameterSize} parameters` };
  return { tier: 'small', tierSource: 'size not reported, assumed small' };
}
