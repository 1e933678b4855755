/**
 * Scoring a router against labelled messages (scripts/eval/routing-labelled.jsonl): the kind
 * confusion matrix, how many hard requests escalate, how many answerable company questions do,
 * the cloud share, and cloud spend relative to an oracle that escalates exactly the labelled-hard
 * requests. Spend is modelled per request as input tokens + 4 × output tokens (output costs about
 * four to five times input at current list prices), so the ratio does not depend on the vendor.
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { RequestKind } from './request-kind/assess-request.ts';

export const REQUEST_KINDS: readonly RequestKind[] = ['company', 'general', 'task', 'pasted', 'chitchat'];

export interface LabelledMessage {
  text: string;
  channel?: string;
  kind: RequestKind;
  hard: boolean;
  answerable?: boolean;
  page?: string;
  split?: string;
}

export interface RoutedMessage {
  message: LabelledMessage;
  kind: RequestKind;
  escalated: boolean;
  /** Retrieval confidence was at or above the "not found" line. */
  found: boolean;
  /** 1-based rank of the first passage from the labelled page, when it was retrieved. */
  pageRank?: number;
  /** Retrieval confidence, for reading where the "not found" line falls. */
  confidence?: number;
}

export interface RoutingScore {
  messages: number;
  /** confusion[labelled][predicted] */
  confusion: Record<RequestKind, Record<RequestKind, number>>;
  kindAccuracy: number;
  hard: { total: number; escalated: number; share: number };
  answerableCompany: { total: number; escalated: number; share: number };
  cloudShare: number;
  oracleCloudShare: number;
  /** Modelled cloud spend divided by the oracle's. */
  spendVsOracle: number;
  /** Answerable company questions labelled with their page: page first, in the top 3, below the line. */
  pages: { total: number; first: number; top3: number; falseNotFound: number };
  /**
   * Company questions the handbook cannot answer, and how many of them stay below the "not found"
   * line: a relevance change that lifts answerable questions must not lift these with them.
   */
  unanswerable: { total: number; cleared: number; share: number };
  /** Easy requests sent to the cloud and hard ones kept local, for reading. */
  misrouted: Array<{ text: string; labelledHard: boolean; kind: RequestKind }>;
  /**
   * Company questions on the wrong side of the "not found" line (answerable below it, unanswerable
   * above it) and answerable ones whose page is not first, for reading.
   */
  retrievalMisses: Array<{ text: string; answerable: boolean; confidence?: number; found: boolean; page?: string; pageRank?: number }>;
}

/** Prompt scaffolding and retrieved passages sent with every escalated question. */
const PROMPT_OVERHEAD_TOKENS = 600;
const OUTPUT_TOKENS = { easy: 250, hard: 700 };
const OUTPUT_PRICE_RATIO = 4;

export function scoreRouting(routed: readonly RoutedMessage[]): RoutingScore {
  const confusion = Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, Object.fromEntries(REQUEST_KINDS.map((other) => [other, 0]))])) as RoutingScore['confusion'];
  for (const entry of routed) confusion[entry.message.kind][entry.kind]++;
  const hard = routed.filter((entry) => entry.message.hard);
  const answerable = routed.filter((entry) => entry.message.kind === 'company' && entry.message.answerable !== false);
  const cost = (entries: readonly RoutedMessage[]) => entries.reduce((sum, entry) => sum + modelledCost(entry.message), 0);
  const oracleCost = cost(hard);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : round(part / whole));
  const escalated = routed.filter((entry) => entry.escalated);
  const paged = answerable.filter((entry) => entry.message.page !== undefined);
  const unanswerable = routed.filter((entry) => entry.message.kind === 'company' && entry.message.answerable === false);
  const cleared = unanswerable.filter((entry) => !entry.found).length;
  return {
    messages: routed.length,
    confusion,
    kindAccuracy: share(routed.filter((entry) => entry.kind === entry.message.kind).length, routed.length),
    hard: { total: hard.length, escalated: hard.filter((entry) => entry.escalated).length, share: share(hard.filter((entry) => entry.escalated).length, hard.length) },
    answerableCompany: { total: answerable.length, escalated: answerable.filter((entry) => entry.escalated).length, share: share(answerable.filter((entry) => entry.escalated).length, answerable.length) },
    cloudShare: share(escalated.length, routed.length),
    oracleCloudShare: share(hard.length, routed.length),
    spendVsOracle: oracleCost === 0 ? 0 : round(cost(escalated) / oracleCost),
    pages: {
      total: paged.length,
      first: share(paged.filter((entry) => entry.pageRank === 1).length, paged.length),
      top3: share(paged.filter((entry) => entry.pageRank !== undefined && entry.pageRank <= 3).length, paged.length),
      falseNotFound: share(answerable.filter((entry) => !entry.found).length, answerable.length),
    },
    unanswerable: { total: unanswerable.length, cleared, share: share(cleared, unanswerable.length) },
    misrouted: routed
      .filter((entry) => entry.escalated !== entry.message.hard)
      .map((entry) => ({ text: entry.message.text, labelledHard: entry.message.hard, kind: entry.kind })),
    retrievalMisses: routed.filter(isRetrievalMiss).map((entry) => ({
      text: entry.message.text,
      answerable: entry.message.answerable !== false,
      found: entry.found,
      ...(entry.confidence !== undefined ? { confidence: entry.confidence } : {}),
      ...(entry.message.page ? { page: entry.message.page } : {}),
      ...(entry.pageRank !== undefined ? { pageRank: entry.pageRank } : {}),
    })),
  };
}

function isRetrievalMiss(entry: RoutedMessage): boolean {
  if (entry.message.kind !== 'company') return false;
  if (entry.message.answerable === false) return entry.found;
  return !entry.found || (entry.message.page !== undefined && entry.pageRank !== 1);
}

function modelledCost(message: LabelledMessage): number {
  const input = countTokens(message.text) + PROMPT_OVERHEAD_TOKENS;
  return input + OUTPUT_PRICE_RATIO * (message.hard ? OUTPUT_TOKENS.hard : OUTPUT_TOKENS.easy);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
