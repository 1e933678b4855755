/**
 * The "budget dial": choose the complexity threshold from the team's own traffic so that about the
 * target share of requests would escalate on complexity. The threshold is the (1 − target) quantile
 * of the scores — operators set a share they understand, not a magic number.
 */
import { scoreComplexity } from './complexity.ts';

export interface Calibration {
  messages: number;
  targetCloudShare: number;
  /** Threshold to put in `routing.complexityThreshold`. */
  threshold: number;
  /** Share of these messages that would escalate on complexity at that threshold. */
  cloudShareAtThreshold: number;
  /** The same at the threshold configured now, for comparison. */
  cloudShareAtCurrent: number;
  /** How often each feature fired, most frequent first (what drives escalation in this traffic). */
  features: Array<{ name: string; share: number }>;
}

export function calibrateThreshold(texts: readonly string[], targetCloudShare: number, currentThreshold: number): Calibration {
  const scores = texts.map((text) => scoreComplexity(text));
  const sorted = scores.map((score) => score.score).sort((a, b) => a - b);
  const threshold = thresholdFor(sorted, targetCloudShare);
  const shareAt = (limit: number) => (sorted.length === 0 ? 0 : sorted.filter((score) => score >= limit).length / sorted.length);
  const counts = new Map<string, number>();
  for (const score of scores) for (const name of score.features) counts.set(name, (counts.get(name) ?? 0) + 1);
  return {
    messages: texts.length,
    targetCloudShare,
    threshold,
    cloudShareAtThreshold: shareAt(threshold),
    cloudShareAtCurrent: shareAt(currentThreshold),
    features: [...counts.entries()].map(([name, count]) => ({ name, share: count / texts.length })).sort((a, b) => b.share - a.share),
  };
}

/**
 * The smallest score at or above which at most the target share of messages lies. Scores are
 * discrete (a few features), so the achieved share can be below the target; never above it.
 */
function thresholdFor(sortedScores: readonly number[], targetCloudShare: number): number {
  if (sortedScores.length === 0) return 1;
  const allowed = Math.floor(sortedScores.length * targetCloudShare);
  const distinct = [...new Set(sortedScores)];
  for (const candidate of distinct) {
    const above = sortedScores.filter((score) => score >= candidate).length;
    if (above <= allowed && candidate > 0) return candidate;
  }
  // Even the highest score is shared by more than the target share: nothing escalates on complexity.
  return Math.min(1, (distinct[distinct.length - 1] ?? 0) + 0.01);
}
