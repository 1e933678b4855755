/**
 * The cascade's judge: is the local answer good enough to post, or should the request escalate?
 * Cheap, local signals only (the field's cascades use the same ones): cut off at the length limit,
 * empty, hedging or refusing, or declaring the knowledge base silent.
 */
import type { GenerateResult } from './providers/contract.ts';

const HEDGES = [
  /\bi('m| am) not (sure|certain)\b/i,
  /\bi (do not|don't) (know|have (enough )?information)\b/i,
  /\bas an ai\b/i,
  /\bi (cannot|can't|am unable to) (help|answer|assist)\b/i,
  /\bcouldn['’]t find this in the knowledge base\b/i,
];

export interface AnswerVerdict {
  weak: boolean;
  reason?: string;
}

export function judgeLocalAnswer(result: Pick<GenerateResult, 'text' | 'finishReason'>): AnswerVerdict {
  const text = result.text.trim();
  if (text.length === 0) return { weak: true, reason: 'local answer was empty' };
  if (result.finishReason === 'length') return { weak: true, reason: 'local answer hit the length limit' };
  const hedge = HEDGES.find((pattern) => pattern.test(text));
  if (hedge) return { weak: true, reason: 'local answer was unsure or declined' };
  return { weak: false };
}
