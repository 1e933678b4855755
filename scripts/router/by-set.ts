/**
 * `npm run train:router -- --by-set`: each labelled set's development half scored by a model trained
 * on every other set, beside the rules alone — what the model adds on a writer it has never read.
 * With `--rules-from` the rules are another checkout's (one made before a set was written), so both
 * are blind to that set. "Escalates" is decideRoute's difficulty rule for a small local model at the
 * default threshold, with a healthy cloud and an open channel.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { difficultyBar, reachesBar } from '../../src/router/decide-route.ts';
import { assessByRules, withLearnedOpinion, type RequestAssessment } from '../../src/router/request-kind/assess-request.ts';
import { opinionOf, type LearnedWeights } from '../../src/router/request-kind/learned-difficulty.ts';
import { ROUTING_DEFAULTS, trainOn, type TrainingRow } from './difficulty-training.ts';

type Rules = typeof assessByRules;

interface Scored {
  row: TrainingRow;
  rules: boolean;
  both: boolean;
}

const GROUPS = [
  { name: 'hard→cloud', width: 28, holds: (row: TrainingRow) => row.hard },
  { name: 'answerable→cloud', width: 34, holds: (row: TrainingRow) => !row.hard && isAnswerable(row) },
  { name: 'other easy→cloud', width: 34, holds: (row: TrainingRow) => !row.hard && !isAnswerable(row) },
];

/** Another checkout's classifier as the rules: its `assessByRules`, or its `assessRequest` from before the learned model. */
export async function rulesFrom(checkout: string): Promise<Rules> {
  const module = (await import(pathToFileURL(resolve(checkout, 'src/router/request-kind/assess-request.ts')).href)) as { assessByRules?: Rules; assessRequest: Rules };
  return module.assessByRules ?? module.assessRequest;
}

export function printBySet(rows: TrainingRow[], only: string | undefined, rules: Rules = assessByRules): void {
  const sets = [...new Set(rows.map((row) => row.set))].filter((set) => only === undefined || set === only);
  if (sets.length === 0) throw new Error(`--only ${only}: no labelled set of that name (routing-<name>)`);
  console.log(`${'set'.padEnd(21)}${GROUPS.map((group) => `${group.name} rules / +model`.padEnd(group.width)).join('')}`);
  const everything: Scored[] = [];
  for (const set of sets) {
    const scored = scoreWithoutIt(rows, set, rules);
    everything.push(...scored);
    console.log(line(set, scored));
  }
  console.log(line('all', everything));
}

/** The set's messages, each judged by the rules and by the rules with a model that never read the set. */
function scoreWithoutIt(rows: TrainingRow[], set: string, rules: Rules): Scored[] {
  const training = rows.filter((row) => row.set !== set);
  const model = trainOn(training);
  const weights: LearnedWeights = { bias: model.bias, weights: model.weights, trainedOn: training.length };
  return rows
    .filter((row) => row.set === set)
    .map((row) => {
      const coverage = { confidence: row.confidence, line: ROUTING_DEFAULTS.minRetrievalConfidence };
      const ruled = rules(row.text, coverage);
      return { row, rules: escalates(ruled), both: escalates(withLearnedOpinion(ruled, () => opinionOf(weights, row.text, coverage))) };
    });
}

function line(label: string, scored: Scored[]): string {
  const cells = GROUPS.map((group) => {
    const members = scored.filter((entry) => group.holds(entry.row));
    return `${members.filter((entry) => entry.rules).length} / ${members.filter((entry) => entry.both).length} of ${members.length}`.padEnd(group.width);
  });
  return `${label.padEnd(21)}${cells.join('')}`;
}

function isAnswerable(row: TrainingRow): boolean {
  return row.kind === 'company' && row.answerable === true;
}

function escalates(assessment: RequestAssessment): boolean {
  return reachesBar(assessment, difficultyBar(ROUTING_DEFAULTS, 'small'));
}
