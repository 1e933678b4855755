/**
 * The "budget dial": choose the difficulty threshold from the team's own traffic so that about the
 * target share of requests would escalate on difficulty. The threshold is the (1 − target) quantile
 * of the difficulties — operators set a share they understand, not a magic number. Feedback labels
 * (people who pressed "Ask a stronger model") are reported beside it: requests people wanted
 * escalated that would still stay local at the suggested threshold are the dial's blind spot.
 */
import { assessRequest, type RequestKind } from './request-kind/assess-request.ts';
import { TIER_ALLOWANCE, type LocalTier } from './request-kind/local-tier.ts';

export interface Calibration {
  messages: number;
  targetCloudShare: number;
  /** Threshold to put in `routing.difficultyThreshold`. */
  threshold: number;
  /** Share of these messages that would escalate on difficulty at that threshold. */
  cloudShareAtThreshold: number;
  /** The same at the threshold configured now, for comparison. */
  cloudShareAtCurrent: number;
  /** Share of each request kind in this traffic, most frequent first. */
  kinds: Array<{ kind: RequestKind; share: number }>;
  /** From "☁️ Ask a stronger model" presses, when there are any (each press: this request should have escalated). */
  pressed?: PressedLabels;
}

/** A press as calibration reads it: the difficulty the router saw and the local tier that answered. */
export interface PressLabel {
  difficulty: number;
  localTier: string;
}

export interface PressedLabels {
  presses: number;
  /** Share of pressed requests that would escalate at the suggested threshold (and at the current one). */
  escalatedAtThreshold: number;
  escalatedAtCurrent: number;
  /** The highest threshold at which at least PRESS_COVERAGE of pressed requests would escalate. */
  thresholdForPresses: number;
}

/** Presses are one person's judgement: aim to escalate nine in ten of them, not every one. */
export const PRESS_COVERAGE = 0.9;

/** The bar a press needed: its difficulty less what its local tier was trusted with. */
function neededThreshold(label: PressLabel): number {
  const tier: LocalTier = label.localTier === 'medium' || label.localTier === 'large' ? label.localTier : 'small';
  return Math.max(0, label.difficulty - TIER_ALLOWANCE[tier]);
}

/**
 * Presses pull the suggestion down: the threshold becomes the lower of the traffic quantile and the
 * bar that would have escalated PRESS_COVERAGE of the pressed requests.
 */
export function withPressLabels(calibration: Calibration, labels: readonly PressLabel[], currentThreshold: number): Calibration {
  if (labels.length === 0) return calibration;
  const needed = labels.map(neededThreshold).sort((a, b) => a - b);
  const index = Math.floor(needed.length * (1 - PRESS_COVERAGE));
  const thresholdForPresses = Math.round((needed[Math.min(index, needed.length - 1)] ?? 0) * 100) / 100;
  const threshold = Math.min(calibration.threshold, thresholdForPresses);
  const escalated = (limit: number) => needed.filter((bar) => bar >= limit).length / needed.length;
  return {
    ...calibration,
    threshold,
    pressed: { presses: labels.length, escalatedAtThreshold: escalated(threshold), escalatedAtCurrent: escalated(currentThreshold), thresholdForPresses },
  };
}

export function calibrateThreshold(texts: readonly string[], targetCloudShare: number, currentThreshold: number): Calibration {
  // No retrieval here: without coverage a question counts as general, which is as easy as company.
  const assessed = texts.map((text) => assessRequest(text, { line: 1 }));
  const sorted = assessed.map((assessment) => assessment.difficulty).sort((a, b) => a - b);
  const threshold = thresholdFor(sorted, targetCloudShare);
  const shareAt = (limit: number) => (sorted.length === 0 ? 0 : sorted.filter((score) => score >= limit).length / sorted.length);
  const counts = new Map<RequestKind, number>();
  for (const assessment of assessed) counts.set(assessment.kind, (counts.get(assessment.kind) ?? 0) + 1);
  return {
    messages: texts.length,
    targetCloudShare,
    threshold,
    cloudShareAtThreshold: shareAt(threshold),
    cloudShareAtCurrent: shareAt(currentThreshold),
    kinds: [...counts.entries()].map(([kind, count]) => ({ kind, share: count / texts.length })).sort((a, b) => b.share - a.share),
  };
}

/**
 * The smallest difficulty at or above which at most the target share of messages lies; the
 * achieved share can be below the target, never above it.
 */
export function thresholdFor(sortedScores: readonly number[], targetCloudShare: number): number {
  if (sortedScores.length === 0) return 1;
  const allowed = Math.floor(sortedScores.length * targetCloudShare);
  const distinct = [...new Set(sortedScores)];
  for (const candidate of distinct) {
    const above = sortedScores.filter((score) => score >= candidate).length;
    if (above <= allowed && candidate > 0) return candidate;
  }
  // Even the highest difficulty is shared by more than the target share: nothing escalates on it.
  return Math.min(1, (distinct[distinct.length - 1] ?? 0) + 0.01);
}
