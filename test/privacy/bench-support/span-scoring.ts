/**
 * Span scoring for the privacy benchmark. A prediction matches a labelled span when they overlap and
 * carry the same type (boundaries differ legitimately between tools: one masks `Sarah Connor,`,
 * another `Sarah Connor`). "Fully masked" ignores types: every letter and digit of the labelled span
 * is covered by some prediction, i.e. nothing of it would have reached the cloud.
 */
import type { LabelledMessage, LabelType } from '../fixtures/labelled-corpus.ts';
import type { PredictedSpan } from './tool-adapters.ts';

export interface TypeScore {
  truePositives: number;
  predicted: number;
  labelled: number;
  labelledFound: number;
}

export interface ToolScore {
  byType: Map<LabelType, TypeScore>;
  fullyMasked: number;
  labelledTotal: number;
}

export function scoreTool(messages: readonly LabelledMessage[], predictions: readonly PredictedSpan[][]): ToolScore {
  const byType = new Map<LabelType, TypeScore>();
  const score = (type: LabelType): TypeScore => {
    const existing = byType.get(type) ?? { truePositives: 0, predicted: 0, labelled: 0, labelledFound: 0 };
    byType.set(type, existing);
    return existing;
  };
  let fullyMasked = 0;
  let labelledTotal = 0;
  messages.forEach((message, index) => {
    const predicted = predictions[index] ?? [];
    for (const span of message.spans) {
      const entry = score(span.type);
      entry.labelled += 1;
      labelledTotal += 1;
      if (predicted.some((prediction) => prediction.type === span.type && overlaps(prediction, span))) entry.labelledFound += 1;
      if (isFullyMasked(message.text, span, predicted)) fullyMasked += 1;
    }
    for (const prediction of predicted) {
      if (prediction.type === 'OTHER') continue;
      const entry = score(prediction.type);
      entry.predicted += 1;
      if (message.spans.some((span) => span.type === prediction.type && overlaps(prediction, span))) entry.truePositives += 1;
    }
  });
  return { byType, fullyMasked, labelledTotal };
}

function overlaps(left: { start: number; end: number }, right: { start: number; end: number }): boolean {
  return left.start < right.end && right.start < left.end;
}

function isFullyMasked(text: string, span: { start: number; end: number }, predicted: readonly PredictedSpan[]): boolean {
  for (let index = span.start; index < span.end; index += 1) {
    if (!/[\p{L}\p{N}]/u.test(text[index] ?? '')) continue;
    if (!predicted.some((prediction) => prediction.start <= index && index < prediction.end)) return false;
  }
  return true;
}

export function precisionRecallF1(entry: TypeScore | undefined): { precision: number; recall: number; f1: number } {
  if (entry === undefined) return { precision: Number.NaN, recall: Number.NaN, f1: Number.NaN };
  const precision = entry.predicted === 0 ? Number.NaN : entry.truePositives / entry.predicted;
  const recall = entry.labelled === 0 ? Number.NaN : entry.labelledFound / entry.labelled;
  const f1 = Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: Number.isNaN(precision) ? 0 : precision, recall, f1 };
}

/** Micro average over the given types: pooled counts, so frequent types weigh more. */
export function microAverage(score: ToolScore, types: readonly LabelType[]): { precision: number; recall: number; f1: number } {
  const pooled: TypeScore = { truePositives: 0, predicted: 0, labelled: 0, labelledFound: 0 };
  for (const type of types) {
    const entry = score.byType.get(type);
    if (entry === undefined) continue;
    pooled.truePositives += entry.truePositives;
    pooled.predicted += entry.predicted;
    pooled.labelled += entry.labelled;
    pooled.labelledFound += entry.labelledFound;
  }
  return precisionRecallF1(pooled);
}

export function percentile(sortedValues: readonly number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const index = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil(fraction * sortedValues.length) - 1));
  return sortedValues[index] ?? Number.NaN;
}
