/**
 * Trains the learned difficulty model (src/router/request-kind/learned-difficulty.ts) on the
 * development halves of the labelled routing sets — never their held-back halves, which stay for
 * scoring — with each message's retrieval confidence over the sample handbook, as `tandem route
 * --evaluate` computes it.
 *
 *   npm run train:router                # train, write src/router/request-kind/learned-difficulty.json
 *   npm run train:router -- --check     # exit 1 unless the shipped weights were trained on the sets as they are now
 *   npm run train:router -- --by-set    # each set's dev half scored by a model trained without that set:
 *                                       # the rules alone vs the rules with the model (how it does on a new writer's messages)
 *   npm run train:router -- --by-set --only routing-fifteenth --rules-from ../tandem-be14e17
 *                                       # the same for one set, with the rules of another checkout (one made
 *                                       # before the set was written, its dependencies installed): both halves blind
 *
 * Training is deterministic (full-batch gradient descent from zeros, features in sorted order), so
 * the same sets give the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { assessByRules, withLearnedOpinion, type RequestAssessment } from '../../src/router/request-kind/assess-request.ts';
import { FEATURE_BUCKETS, messageFeatures } from '../../src/router/request-kind/learned-features.ts';
import { CONFIDENT, LEARNED_DIFFICULTY_FILE, opinionOf, type LearnedModelFile, type LearnedWeights } from '../../src/router/request-kind/learned-difficulty.ts';
import { DEFAULT_TRAINING, trainLogistic, type LinearModel } from './logistic-regression.ts';
import { readDevHalves, trainingDataHash, type LabelledRequest } from './routing-sets.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HANDBOOK = join(ROOT, 'knowledge/sample-handbook');
/** routing.minRetrievalConfidence's default: the "not found" line the coverage feature is read against. */
const LINE = 0.35;
/** routing.difficultyThreshold's default, for a small local model: the bar `--by-set` escalates at. */
const BAR = 0.6;
/** Weights below this are left out of the shipped file: together they move no decision (the training run counts any that change). */
const SMALLEST_WEIGHT = 0.003;

interface Row extends LabelledRequest {
  confidence: number;
  features: number[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, 'by-set': { type: 'boolean' }, only: { type: 'string' }, 'rules-from': { type: 'string' } } });
  const labelled = readDevHalves();
  const dataHash = trainingDataHash(labelled, DEFAULT_TRAINING);
  if (values.check) return check(dataHash);
  const rows = await withConfidence(labelled);
  if (values['by-set']) return bySet(rows, values.only, values['rules-from'] ? await rulesFrom(values['rules-from']) : assessByRules);
  const model = trainLogistic(rows.map((row) => row.features), rows.map((row) => row.hard), FEATURE_BUCKETS, DEFAULT_TRAINING);
  const file = modelFile(model, { messages: rows.length, sets: new Set(rows.map((row) => row.set)).size, dataHash });
  writeFileSync(join(ROOT, LEARNED_DIFFICULTY_FILE), `${JSON.stringify(file)}\n`);
  const kept = loadedWeights(file);
  const full: LearnedWeights = { bias: model.bias, weights: model.weights, trainedOn: rows.length };
  const changed = rows.filter((row) => confident(kept, row) !== confident(full, row)).length;
  console.log(`Trained on ${rows.length} messages of ${file.trainedOn.sets} sets; kept ${file.weights.length} of ${model.weights.filter((weight) => weight !== 0).length} weights (${changed} decisions changed by leaving out the smallest weights); wrote ${LEARNED_DIFFICULTY_FILE}.`);
}

function check(dataHash: string): void {
  const shipped = JSON.parse(readFileSync(join(ROOT, LEARNED_DIFFICULTY_FILE), 'utf8')) as LearnedModelFile;
  if (shipped.trainedOn.dataHash === dataHash) {
    console.log(`${LEARNED_DIFFICULTY_FILE} was trained on the labelled sets as they are (${shipped.trainedOn.messages} messages).`);
    return;
  }
  console.error(`${LEARNED_DIFFICULTY_FILE} was trained on other data than scripts/eval/routing-*.jsonl holds now: run \`npm run train:router\`.`);
  process.exitCode = 1;
}

async function withConfidence(labelled: LabelledRequest[]): Promise<Row[]> {
  const database = openDatabase(':memory:');
  try {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.addSource({ path: HANDBOOK, name: 'handbook' });
    const rows: Row[] = [];
    for (const message of labelled) {
      const scope = { channelId: message.channel, channelName: message.channel, isDirect: false };
      const { confidence } = await knowledge.retrieve(message.text, scope, { limit: 5 });
      rows.push({ ...message, confidence, features: messageFeatures(message.text, { confidence, line: LINE }) });
    }
    return rows;
  } finally {
    database.close();
  }
}

function confident(model: LearnedWeights, row: Row): boolean {
  return opinionOf(model, row.text, { confidence: row.confidence, line: LINE }).probability >= CONFIDENT;
}

function modelFile(model: LinearModel, trainedOn: LearnedModelFile['trainedOn']): LearnedModelFile {
  const weights: Array<[number, number]> = [];
  // Weights too small to move a decision are left out: the file stays small and reads fast.
  model.weights.forEach((weight, slot) => {
    if (Math.abs(weight) >= SMALLEST_WEIGHT) weights.push([slot, Number(weight.toPrecision(3))]);
  });
  return { trainedOn, buckets: FEATURE_BUCKETS, bias: Number(model.bias.toPrecision(6)), weights };
}

/** The weights as the bot will hold them (32-bit floats), to count what leaving out the smallest changed. */
function loadedWeights(file: LearnedModelFile): LearnedWeights {
  const weights = new Float32Array(FEATURE_BUCKETS);
  for (const [slot, weight] of file.weights) weights[slot] = weight;
  return { bias: file.bias, weights, trainedOn: file.trainedOn.messages };
}

/** Each set scored by a model trained on every other set: how the model does on a writer it has never read. */
type Rules = (text: string, coverage: { confidence: number; line: number }) => RequestAssessment;

/** Another checkout's classifier as the rules: its `assessRequest`, from before the learned model (or its `assessByRules`). */
async function rulesFrom(checkout: string): Promise<Rules> {
  const module = (await import(pathToFileURL(resolve(checkout, 'src/router/request-kind/assess-request.ts')).href)) as { assessByRules?: Rules; assessRequest: Rules };
  return module.assessByRules ?? module.assessRequest;
}

function bySet(rows: Row[], only: string | undefined, rules: Rules): void {
  const sets = [...new Set(rows.map((row) => row.set))].filter((set) => only === undefined || set === only);
  if (sets.length === 0) throw new Error(`--only ${only}: no labelled set of that name (routing-<name>)`);
  const totals = { hard: 0, answerable: 0, easy: 0, rules: [0, 0, 0], both: [0, 0, 0] };
  console.log('set                  hard→cloud rules / +model   answerable→cloud rules / +model   other easy→cloud rules / +model');
  for (const set of sets) {
    const training = rows.filter((row) => row.set !== set);
    const model = trainLogistic(training.map((row) => row.features), training.map((row) => row.hard), FEATURE_BUCKETS, DEFAULT_TRAINING);
    const weights: LearnedWeights = { bias: model.bias, weights: model.weights, trainedOn: training.length };
    const scored = rows.filter((row) => row.set === set).map((row) => {
      const coverage = { confidence: row.confidence, line: LINE };
      const ruled = rules(row.text, coverage);
      const both = withLearnedOpinion(ruled, opinionOf(weights, row.text, coverage));
      return { row, rules: escalates(ruled), both: escalates(both) };
    });
    const groups = [
      scored.filter(({ row }) => row.hard),
      scored.filter(({ row }) => !row.hard && row.kind === 'company' && row.answerable === true),
      scored.filter(({ row }) => !row.hard && !(row.kind === 'company' && row.answerable === true)),
    ];
    const cells = groups.map((group, index) => {
      const rules = group.filter((entry) => entry.rules).length;
      const both = group.filter((entry) => entry.both).length;
      totals.rules[index]! += rules;
      totals.both[index]! += both;
      return `${rules} / ${both} of ${group.length}`.padEnd(index === 0 ? 28 : 34);
    });
    totals.hard += groups[0]!.length;
    totals.answerable += groups[1]!.length;
    totals.easy += groups[2]!.length;
    console.log(`${set.padEnd(21)}${cells.join('')}`);
  }
  const sizes = [totals.hard, totals.answerable, totals.easy];
  console.log(`${'all'.padEnd(21)}${sizes.map((size, index) => `${totals.rules[index]} / ${totals.both[index]} of ${size}`.padEnd(index === 0 ? 28 : 34)).join('')}`);
}

/** The difficulty rule of `decideRoute` for a small local model at the default threshold. */
function escalates(assessment: RequestAssessment): boolean {
  return assessment.kind !== 'chitchat' && assessment.difficulty >= BAR;
}

await main();
