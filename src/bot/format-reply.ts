/**
 * The route marker, written once for every adapter: an escalated reply *leads* with `☁️ escalated`
 * (reason, what was redacted, provider/model, cost) so nobody mistakes it for a local answer; a local
 * reply carries a quiet `🏠 local` footer; a model-less reply says it came from the knowledge base.
 */
import type { Route } from '../router/decide-route.ts';

export const RETRIEVAL_ONLY_NOTE = '📚 from the knowledge base, no model available';

export interface MarkerInput {
  route: Route | 'extractive';
  model?: string;
  provider?: string;
  reason?: string;
  redactions?: Array<{ type: string; count: number }>;
  costUsdMicros?: number | null;
  /** While an answer streams the cost is not known yet: the marker leaves it out until the end. */
  costPending?: boolean;
}

export function routeMarker(input: MarkerInput): { marker: string; placement: 'top' | 'bottom' } {
  switch (input.route) {
    case 'cloud':
      return { marker: escalatedMarker(input), placement: 'top' };
    case 'local':
      return { marker: `🏠 local${input.model ? ` · ${input.model}` : ''}`, placement: 'bottom' };
    case 'retrieval-only':
      return { marker: RETRIEVAL_ONLY_NOTE, placement: 'bottom' };
    case 'extractive':
      return { marker: '📚 extractive summary, no model available', placement: 'bottom' };
  }
}

function escalatedMarker(input: MarkerInput): string {
  const parts = [`☁️ escalated: ${input.reason ?? 'cloud model'}`];
  const redacted = (input.redactions ?? []).filter((item) => item.count > 0);
  parts.push(redacted.length > 0 ? `redacted ${redacted.map((item) => `${item.count} ${item.type.toLowerCase()}`).join(', ')}` : 'nothing to redact');
  if (input.provider || input.model) parts.push([input.provider, input.model].filter(Boolean).join('/'));
  if (!input.costPending) parts.push(input.costUsdMicros === null || input.costUsdMicros === undefined ? 'cost unpriced' : formatUsdMicros(input.costUsdMicros));
  return parts.join(' · ');
}

/** Cents for ordinary amounts, more precision for the sub-cent costs single calls usually have. */
export function formatUsdMicros(micros: number): string {
  const dollars = micros / 1_000_000;
  if (dollars !== 0 && Math.abs(dollars) < 0.01) return `$${dollars.toFixed(4)}`;
  return `$${dollars.toFixed(2)}`;
}
