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
  // The slots that count, numbered densely in ascending order: the passes touch a few hundred kilobytes, not all of
  // `dimensions`, and update them in the same order as before.
  const dense = new Int32Array(dimensions).fill(-1);
  const active: number[] = [];
  counts.forEach((count, slot) => {
    if (count >= options.minCount) dense[slot] = active.push(slot) - 1;
  });
  const { slots, offsets } = packRows(rows, dense);
  const targets = Float64Array.from(labels, (hard) => (hard ? 1 : 0));
  const weights = new Float64Array(active.length);
  const gradient = new Float64Array(active.length);
  let bias = 0;
  // Indexed loops over one packed array of every row's slots: the same additions in the same order as reading row by
  // row (the same weights, bit for bit), without an iterator per row and per pass.
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let row = 0; row < rows.length; row++) {
      const from = offsets[row]!;
      const to = offsets[row + 1]!;
      let total = 0;
      for (let at = from; at < to; at++) total += weights[slots[at]!]!;
      const error = logistic(bias + total) - targets[row]!;
      for (let at = from; at < to; at++) gradient[slots[at]!]! += error;
      biasGradient += error;
    }
    for (let index = 0; index < weights.length; index++) weights[index]! -= options.learningRate * (gradient[index]! / rows.length + options.l2 * weights[index]!);
    bias -= options.learningRate * (biasGradient / rows.length);
  }
  const full = new Float64Array(dimensions);
  active.forEach((slot, index) => {
    full[slot] = weights[index]!;
  });
  return { bias, weights: full };
}

/** Every row's counted slots by their dense numbers, one row after another, and where each row starts. */
function packRows(rows: readonly (readonly number[])[], dense: Int32Array): { slots: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(rows.length + 1);
  let length = 0;
  rows.forEach((row, index) => {
    for (const slot of row) if (dense[slot]! >= 0) length++;
    offsets[index + 1] = length;
  });
  const slots = new Int32Array(length);
  let at = 0;
  for (const row of rows) for (const slot of row) if (dense[slot]! >= 0) slots[at++] = dense[slot]!;
  return { slots, offsets };
}
