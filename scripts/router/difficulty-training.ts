/**
 * How the shipped learned difficulty model is made, step by step, so `npm run train:router` writes it
 * and a test remakes it to prove the shipped file is what these sets and this code give: the labelled
 * development halves, each message's retrieval confidence over the sample handbook (as `tandem route
 * --evaluate` reads it), the features, the regression, and the file with its smallest weights left out.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/client.ts';
import { routingSchema } from '../../src/config/schema.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { FEATURE_BUCKETS, messageFeatures } from '../../src/router/request-kind/learned-features.ts';
import { AGREEING, CONFIDENT, CONFIDENT_EASY, opinionOf, weightsFrom, type LearnedModelFile, type LearnedWeights } from '../../src/router/request-kind/learned-difficulty.ts';
import { DEFAULT_TRAINING, trainLogistic, type LinearModel } from './logistic-regression.ts';
import { readDevHalves, trainingDataHash, type LabelledRequest } from './routing-sets.ts';

export const SAMPLE_HANDBOOK = fileURLToPath(new URL('../../knowledge/sample-handbook', import.meta.url));
/** The routing defaults a fresh install runs with: the "not found" line coverage is read against, and the escalation bar. */
export const ROUTING_DEFAULTS = routingSchema.parse({});
/** Weights below this are left out of the shipped file (the training run counts the decisions that changes). */
const SMALLEST_WEIGHT = 0.003;

export interface TrainingRow extends LabelledRequest {
  confidence: number;
  features: number[];
}

/** Every development-half message with its retrieval confidence and features. */
export async function trainingRows(labelled: LabelledRequest[] = readDevHalves()): Promise<TrainingRow[]> {
  const database = openDatabase(':memory:');
  try {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.addSource({ path: resolve(SAMPLE_HANDBOOK), name: 'handbook' });
    const rows: TrainingRow[] = [];
    for (const message of labelled) {
      const scope = { channelId: message.channel, channelName: message.channel, isDirect: false };
      const { confidence } = await knowledge.retrieve(message.text, scope, { limit: 5 });
      rows.push({ ...message, confidence, features: messageFeatures(message.text, { confidence, line: ROUTING_DEFAULTS.minRetrievalConfidence }) });
    }
    return rows;
  } finally {
    database.close();
  }
}

export function trainOn(rows: readonly TrainingRow[]): LinearModel {
  return trainLogistic(rows.map((row) => row.features), rows.map((row) => row.hard), FEATURE_BUCKETS, DEFAULT_TRAINING);
}

/** The file `npm run train:router` writes: what it was trained on, and every weight that counts, to three digits. */
export function modelFile(model: LinearModel, rows: readonly TrainingRow[]): LearnedModelFile {
  const weights: Array<[number, number]> = [];
  model.weights.forEach((weight, slot) => {
    if (Math.abs(weight) >= SMALLEST_WEIGHT) weights.push([slot, Number(weight.toPrecision(3))]);
  });
  const trainedOn = { messages: rows.length, sets: new Set(rows.map((row) => row.set)).size, dataHash: trainingDataHash(rows, DEFAULT_TRAINING) };
  return { trainedOn, buckets: FEATURE_BUCKETS, bias: Number(model.bias.toPrecision(6)), weights };
}

export function serializeModelFile(file: LearnedModelFile): string {
  return `${JSON.stringify(file)}\n`;
}

/** The training rows on which the shipped file decides otherwise than the full model, at any of the model's three lines. */
export function decisionsChangedByPruning(model: LinearModel, file: LearnedModelFile, rows: readonly TrainingRow[]): number {
  const full: LearnedWeights = { bias: model.bias, weights: model.weights, trainedOn: rows.length };
  const shipped = weightsFrom(file);
  const side = (weights: LearnedWeights, row: TrainingRow): string => {
    const { probability } = opinionOf(weights, row.text, { confidence: row.confidence, line: ROUTING_DEFAULTS.minRetrievalConfidence });
    return probability >= CONFIDENT ? 'hard' : probability >= AGREEING ? 'hard beside the rules' : probability < CONFIDENT_EASY ? 'easy' : 'unsure';
  };
  return rows.filter((row) => side(full, row) !== side(shipped, row)).length;
}
