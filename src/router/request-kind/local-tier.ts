/**
 * How capable the local model is, from the parameter size Ollama reports in /api/show
 * (`details.parameter_size`, e.g. "3.2B", "70.6B", "567M") or from `routing.localTier` for servers
 * that do not say. A 70B local model keeps most work that a 3B model should pass on, so the
 * difficulty a request needs before it escalates rises with the tier.
 */
export type LocalTier = 'small' | 'medium' | 'large';

/** Added to the escalation threshold: how much more a bigger local model is trusted with. */
export const TIER_ALLOWANCE: Readonly<Record<LocalTier, number>> = { small: 0, medium: 0.15, large: 0.3 };

export function tierFromParameterSize(parameterSize: string | undefined): LocalTier | undefined {
  const match = /^\s*([\d.]+)\s*([kmbt])?/i.exec(parameterSize ?? '');
  if (!match) return undefined;
  const scale = { k: 1e-6, m: 1e-3, b: 1, t: 1e3 }[(match[2] ?? 'b').toLowerCase() as 'k' | 'm' | 'b' | 't'];
  const billions = Number(match[1]) * scale;
  if (!Number.isFinite(billions)) return undefined;
  if (billions < 10) return 'small';
  if (billions < 40) return 'medium';
  return 'large';
}
