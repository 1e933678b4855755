/**
 * A second opinion on difficulty, learned from labelled requests: a logistic regression over the
 * message's words, word pairs, four-letter pieces, length and knowledge-base coverage
 * (learned-features.ts), trained by `npm run train:router` on the development halves of the labelled
 * routing sets (scripts/eval/routing-*.jsonl; the held-back halves never). The rules in
 * assess-request.ts name what they see; the model catches hard requests told in words no rule names
 * ("torn between two ways of doing X", a trend asked of pasted figures), which is where rules written
 * beside their examples fall short on a new writer's messages.
 *
 * It only ever raises difficulty, and only when it is confident: a request the rules call easy goes to
 * the cloud on the model's word alone when the model gives it ≥ CONFIDENT. Its reason names the words
 * that weighed most, so the decision stays explainable.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../../package-files.ts';
import { ENGLISH_FUNCTION_WORDS } from '../privacy/function-words.ts';
import { FEATURE_BUCKETS, messageFeatures, wordFeatures, type FeatureContext } from './learned-features.ts';

/** Where the trained weights are kept, from the package root. */
export const LEARNED_DIFFICULTY_FILE = 'src/router/request-kind/learned-difficulty.json';

/**
 * How sure the model must be before it alone sends a request to the cloud. Chosen on sets the model
 * had not read (each labelled set scored by a model trained without it, `npm run train:router --
 * --by-set`, and a reviewer's corpus of company questions asked in a judgement's words): at 0.9 no
 * more answerable company questions went to the cloud on any set than with the rules alone; at 0.85
 * the reviewer's corpus lost three more of them for one more hard request caught.
 */
export const CONFIDENT = 0.9;
/**
 * How sure the model must be that a request is easy before the rules' "hard" is overruled: at 0.01,
 * on sets the model had not read, it kept 8 of the 22 easy requests the rules escalated local and
 * lost 1 of 913 hard ones (0.02: 10 and 2).
 */
export const CONFIDENT_EASY = 0.01;
/** The difficulty a confidently easy request is held to: under the default bar at every tier, so the local model answers first (and the cascade still escalates a weak answer). */
export const EASY_DIFFICULTY = 0.3;
/** The classifier's difficulty at CONFIDENT: the default escalation bar, so a small local model passes the request on. */
const DIFFICULTY_AT_CONFIDENT = 0.6;
const MAX_DIFFICULTY = 0.99;
const EVIDENCE_SHOWN = 3;

export interface LearnedModelFile {
  /** What it was trained on: the number of messages and labelled sets, and a hash of their text and labels. */
  trainedOn: { messages: number; sets: number; dataHash: string };
  /** FEATURE_BUCKETS when it was trained: weights of another size belong to other features. */
  buckets: number;
  bias: number;
  /** [slot, weight] for every slot whose weight counts. */
  weights: Array<[number, number]>;
}

export interface LearnedOpinion {
  /** The model's probability that the request needs a frontier model. */
  probability: number;
  /** The words and word pairs that weighed most towards "hard", as written: read only when a reason shows them. */
  evidence: () => string[];
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
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(packageFile(LEARNED_DIFFICULTY_FILE), 'utf8')) as LearnedModelFile;
  if (file.buckets !== FEATURE_BUCKETS) throw new Error(`${LEARNED_DIFFICULTY_FILE} has ${file.buckets} feature slots, the features ${FEATURE_BUCKETS}: run \`npm run train:router\``);
  const weights = new Float32Array(FEATURE_BUCKETS);
  for (const [slot, weight] of file.weights) weights[slot] = weight;
  loaded = { bias: file.bias, weights, trainedOn: file.trainedOn.messages };
  return loaded;
}

/** The shipped model's opinion of a message. */
export function learnedOpinion(text: string, context: FeatureContext): LearnedOpinion {
  return opinionOf(loadLearnedDifficulty(), text, context);
}

/** Any weights' opinion of a message (the training script scores each set with a model trained without it). */
export function opinionOf(model: LearnedWeights, text: string, context: FeatureContext): LearnedOpinion {
  let score = model.bias;
  for (const bucket of messageFeatures(text, context)) score += model.weights[bucket]!;
  // Named only when a reason shows them: most messages never need their words as strings.
  return { probability: 1 / (1 + Math.exp(-score)), evidence: () => strongestWords(model, text), trainedOn: model.trainedOn };
}

/**
 * The words and word pairs that weighed most towards "hard" and that a person would recognise as a
 * reason ("tradeoffs", "torn between"): not punctuation, figures or function words alone, which
 * weigh too but explain nothing.
 */
function strongestWords(model: LearnedWeights, text: string): string[] {
  return wordFeatures(text)
    .filter((feature) => model.weights[feature.bucket]! > 0 && feature.letters && feature.text.split(' ').some((word) => word.length >= 3 && !ENGLISH_FUNCTION_WORDS.has(word)))
    .sort((left, right) => model.weights[right.bucket]! - model.weights[left.bucket]!)
    .slice(0, EVIDENCE_SHOWN)
    .map((feature) => feature.text);
}

/** The classifier's difficulty the model's opinion stands for, or undefined below CONFIDENT (the rules decide alone). */
export function learnedDifficulty(probability: number): number | undefined {
  if (probability < CONFIDENT) return undefined;
  const above = (probability - CONFIDENT) / (1 - CONFIDENT);
  return Math.min(MAX_DIFFICULTY, DIFFICULTY_AT_CONFIDENT + above * (MAX_DIFFICULTY - DIFFICULTY_AT_CONFIDENT));
}
