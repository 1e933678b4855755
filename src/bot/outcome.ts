/**
 * What the degrade ladder returns, whichever command climbed it (ask, summarize) and whichever rung
 * answered (cloud, local, or the model-free fallback): the text, how it was made, and what it cost.
 * One shape, so the reply, the marker and `--json` are built the same way for every command.
 */
import type { Citation, ReplyProvenance } from '../core/chat-contract.ts';
import type { Route } from '../router/decide-route.ts';

export interface ModelOutcome {
  text: string;
  citations: Citation[];
  /** The rung that answered; `extractive` is summarize's model-free rung, `retrieval-only` ask's. */
  route: Route | 'extractive';
  escalated: boolean;
  reasons: string[];
  notes: string[];
  marker: string;
  markerPlacement: 'top' | 'bottom';
  usage: { inputTokens: number; outputTokens: number };
  costUsdMicros: number | null;
  modelCallId: number | undefined;
}

export const NO_USAGE = { inputTokens: 0, outputTokens: 0 } as const;

/** The part of an outcome a one-shot caller reports beside the reply (`tandem ask --json`). */
export function provenanceOf(outcome: ModelOutcome): ReplyProvenance {
  return { route: outcome.route, escalated: outcome.escalated, reasons: outcome.reasons, usage: outcome.usage, costUsdMicros: outcome.costUsdMicros };
}
