/**
 * A second opinion on difficulty, learned from labelled requests: a logistic regression over the
 * message's words, word pairs, four-letter pieces, length and knowledge-base coverage
 * (learned-features.ts), trained by `npm run train:router` on the development halves of the labelled
 * routing sets (scripts/eval/routing-*.jsonl; the held-back halves never). The rules in
 * assess-request.ts name what they see; the model catches hard requests told in words no rule names
 * ("torn between two ways of doing X", a trend asked of pasted figures), which is where rules written
 * beside their examples fall short on a new writer's messages.
 *
 * It counts only where it is confident (see withLearnedOpinion in assess-request.ts). Its reason
 * gives its rating, never words of the message: a word the model weighs may be a name or a piece of
 * a secret, and the reason is shown in the channel and stored in the ledger.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TandemError } from '../../errors.ts';
import { packageFile } from '../../package-files.ts';
import { FEATURE_BUCKETS, messageFeatures, type FeatureContext } from './learned-features.ts';

/** Where the trained weights are kept, from the package root. */
export const LEARNED_DIFFICULTY_FILE = 'src/router/request-kind/learned-difficulty.json';

/**
 * How sure the model must be before it alone sends a request to the cloud. Chosen on sets the model
 * had not read (each labelled set scored by a model trained without it, `npm run train:router --
 * --by-set`) and on a reviewer's corpus of company questions asked in a judgement's words: at 0.9
 * no more answerable company questions went to the cloud on any set than with the rules alone; at
 * 0.85 the reviewer's corpus sent three more of them to the cloud for one more hard request caught.
 */
export const CONFIDENT = 0.9;
/**
 * How sure the model must be that a request is easy before the rules' "hard" is overruled. On the
 * eighteen sets, each scored by a model that had not read it: at 0.01, 8 of the 37 easy requests the
 * rules escalated stayed local, and 1 of 1,122 hard ones did (0.02: 12 and 1; 0.05: 21 and 2). 0.05
 * was tried and dropped: it held short diagnoses of our own systems, which the model has seen too
 * few of ("customers are getting charged twice since i shipped the retry logic, why": 3 %).
 */
export const CONFIDENT_EASY = 0.01;
/**
 * Below CONFIDENT, the model's rating counts only beside the rules' own signs of difficulty: a request
 * the rules rate RULES_HALF_WAY or more (more than a long message's length and list of conditions give
 * alone: a judgement asked, a technical subject, a paste asked about) and the model AGREEING or more goes
 * where the default bar sends it. Short requests show the rules one sign at most and the model few words
 * ("schema for usage-based billing across tenants", "sane for the bastion?" above a config): on sets the
 * model had not read, most short hard requests sat between the two lines. Chosen like CONFIDENT, by set:
 * over the nineteen sets of the time, hard → cloud 1,130 → 1,145 of 1,182 with no more answerable
 * questions sent (27 of 1,361) and one more other easy one (8 of 943).
 */
export const AGREEING = 0.4;
export const RULES_HALF_WAY = 0.35;
/** The difficulty a confidently easy request is held to: under the default bar at every tier, so the local model answers first (and the cascade still escalates a weak answer). */
export const EASY_DIFFICULTY = 0.3;
/** The classifier's difficulty at CONFIDENT: the default escalation bar, so a small local model passes the request on. */
export const DIFFICULTY_AT_CONFIDENT = 0.6;
const MAX_DIFFICULTY = 0.99;

const modelFileSchema = z.strictObject({
  /** What it was trained on: the number of messages and labelled sets, and a hash of everything training read. */
  trainedOn: z.strictObject({ messages: z.number().int().positive(), sets: z.number().int().positive(), dataHash: z.string() }),
  /** FEATURE_BUCKETS when it was trained: weights of another size belong to other features. */
  buckets: z.number().int(),
  bias: z.number().finite(),
  /** [slot, weight] for every slot whose weight counts. */
  weights: z.array(z.tuple([z.number().int().min(0).max(FEATURE_BUCKETS - 1), z.number().min(-1e6).max(1e6)])),
});

export type LearnedModelFile = z.infer<typeof modelFileSchema>;

export interface LearnedOpinion {
  /** The model's probability that the request needs a frontier model. */
  probability: number;
  /** How many labelled messages it learned from (for the reason people read). */
  trainedOn: number;
}

/** Weights in memory: a bias, one weight per feature slot, and how many labelled messages they came from. */
export interface LearnedWeights {
  bias: number;
  weights: Float32Array | Float64Array;
  trainedOn: number;
}

let loaded: LearnedWeights | undefined;

/** Reads the shipped weights once; called at start so no person's message waits for it. */
export function loadLearnedDifficulty(): LearnedWeights {
  loaded ??= weightsFrom(readModelFile());
  return loaded;
}

/** The weights as the bot holds them (32-bit floats in a slot array). */
export function weightsFrom(file: LearnedModelFile): LearnedWeights {
  const weights = new Float32Array(FEATURE_BUCKETS);
  for (const [slot, weight] of file.weights) weights[slot] = weight;
  return { bias: file.bias, weights, trainedOn: file.trainedOn.messages };
}

/** The shipped model's opinion of a message. */
export function learnedOpinion(text: string, context: FeatureContext): LearnedOpinion {
  return opinionOf(loadLearnedDifficulty(), text, context);
}

/** Any weights' opinion of a message (the training script scores each set with a model trained without it). */
export function opinionOf(model: LearnedWeights, text: string, context: FeatureContext): LearnedOpinion {
  let score = model.bias;
  for (const bucket of messageFeatures(text, context)) score += model.weights[bucket]!;
  return { probability: logistic(score), trainedOn: model.trainedOn };
}

/** A weighted sum as a probability: the one function training (scripts/router/logistic-regression.ts) and every opinion use. */
export function logistic(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/**
 * The classifier's difficulty the model's opinion stands for, given what the rules made of the
 * message: at CONFIDENT and above the model's alone; between AGREEING and CONFIDENT the default bar,
 * when the rules found at least RULES_HALF_WAY on their own (two partial readings that point the same
 * way); otherwise undefined (the rules decide alone).
 */
export function learnedDifficulty(probability: number, rulesDifficulty = 0): number | undefined {
  if (!(probability >= CONFIDENT)) return agrees(probability, rulesDifficulty) ? DIFFICULTY_AT_CONFIDENT : undefined;
  const above = (Math.min(probability, 1) - CONFIDENT) / (1 - CONFIDENT);
  return Math.min(MAX_DIFFICULTY, DIFFICULTY_AT_CONFIDENT + above * (MAX_DIFFICULTY - DIFFICULTY_AT_CONFIDENT));
}

/** Whether a rating under CONFIDENT and the rules' own difficulty are together enough for the default bar. */
function agrees(probability: number, rulesDifficulty: number): boolean {
  return probability >= AGREEING && rulesDifficulty >= RULES_HALF_WAY;
}

/** The rating as the reason shows it: never "100%" or "0%", which a model cannot know. */
export function describeRating(opinion: LearnedOpinion): string {
  const percent = opinion.probability * 100;
  const shown = percent > 99 ? '>99%' : percent < 1 ? '<1%' : `${Math.round(percent)}%`;
  return `a model learned from ${opinion.trainedOn} labelled requests rates it ${shown} likely to need a frontier model`;
}

function readModelFile(): LearnedModelFile {
  let text: string;
  try {
    text = readFileSync(packageFile(LEARNED_DIFFICULTY_FILE), 'utf8');
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  return parseModelFile(text);
}

/** The weights file's text, checked: a damaged file is a coded error naming the file and the fix, not NaN difficulties. */
export function parseModelFile(text: string): LearnedModelFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  const file = modelFileSchema.safeParse(parsed);
  if (!file.success) throw damaged(`${file.error.issues[0]?.path.join('.') || 'the file'}: ${file.error.issues[0]?.message ?? 'is invalid'}`);
  if (file.data.buckets !== FEATURE_BUCKETS) throw damaged(`it has ${file.data.buckets} feature slots, the features ${FEATURE_BUCKETS}`);
  return file.data;
}

function damaged(detail: string): TandemError {
  return new TandemError('INSTALL_DAMAGED', `the request classifier's weights (${LEARNED_DIFFICULTY_FILE}) cannot be read (${detail}): reinstall tandem, or rebuild them with \`npm run train:router\``);
}
