/**
 * Binary logistic regression over hashed sparse features (each row: the slots of its features),
 * trained by full-batch gradient descent with L2 regularisation: small, deterministic (the same
 * rows give the same weights, bit for bit) and enough for a few thousand labelled messages. Slots
 * seen in fewer than `minCount` rows keep weight 0: a word only one message has teaches the model
 * that message, not a kind of request.
 */
import { logistic } from '../../src/router/request-kind/learned-difficulty.ts';

export interface TrainingOptions {
  iterations: number;
  learningRate: number;
  l2: number;
  minCount: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { iterations: 300, learningRate: 0.5, l2: 1e-3, minCount: 2 };

export interface LinearModel {
  bias: number;
  /** One weight per slot. */
  weights: Float64Array;
}

export function trainLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], dimensions: number, options: TrainingOptions = DEFAULT_TRAINING): LinearModel {
  const counts = new Uint32Array(dimensions);
  for (const row of rows) for (const slot of row) counts[slot]!++;
  const kept: number[] = [];
  counts.forEach((count, slot) => {
    if (count >= options.minCount) kept.push(slot);
  });
  const active = Int32Array.from(kept);
  const encoded = rows.map((row) => Int32Array.from(row.filter((slot) => counts[slot]! >= options.minCount)));
  const weights = new Float64Array(dimensions);
  const gradient = new Float64Array(dimensions);
  let bias = 0;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (const slot of active) gradient[slot] = 0;
    let biasGradient = 0;
    for (let row = 0; row < encoded.length; row++) {
      const error = logistic(bias + sum(weights, encoded[row]!)) - (labels[row] ? 1 : 0);
      for (const slot of encoded[row]!) gradient[slot]! += error;
      biasGradient += error;
    }
    for (const slot of active) weights[slot]! -= options.learningRate * (gradient[slot]! / encoded.length + options.l2 * weights[slot]!);
    bias -= options.learningRate * (biasGradient / encoded.length);
  }
  return { bias, weights };
}

function sum(weights: Float64Array, slots: Int32Array): number {
  let total = 0;
  for (const slot of slots) total += weights[slot]!;
  return total;
}
