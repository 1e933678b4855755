/**
 * Trains the learned difficulty model (src/router/request-kind/learned-difficulty.ts) on the
 * development halves of the labelled routing sets — never their held-back halves, which stay for
 * scoring — with each message's retrieval confidence over the sample handbook, as `tandem route
 * --evaluate` computes it (scripts/router/difficulty-training.ts).
 *
 *   npm run train:router                # train, write src/router/request-kind/learned-difficulty.json
 *   npm run train:router -- --check     # exit 1 unless training now gives the shipped file byte for byte
 *   npm run train:router -- --by-set    # each set's dev half scored by a model trained without that set:
 *                                       # the rules alone vs the rules with the model (how it does on a new writer's messages)
 *   npm run train:router -- --by-set --only routing-fifteenth --rules-from ../tandem-be14e17
 *                                       # the same for one set, with the rules of another checkout (one made
 *                                       # before the set was written, its dependencies installed): both halves blind
 *
 * Training is deterministic (full-batch gradient descent from zeros, slots in order), so the same
 * sets and code give the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LEARNED_DIFFICULTY_FILE } from '../../src/router/request-kind/learned-difficulty.ts';
import { printBySet, rulesFrom } from './by-set.ts';
import { decisionsChangedByPruning, modelFile, serializeModelFile, trainingRows, trainOn } from './difficulty-training.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, 'by-set': { type: 'boolean' }, only: { type: 'string' }, 'rules-from': { type: 'string' } } });
  const rows = await trainingRows();
  if (values['by-set']) {
    printBySet(rows, values.only, values['rules-from'] ? await rulesFrom(values['rules-from']) : undefined);
    return;
  }
  const model = trainOn(rows);
  const file = modelFile(model, rows);
  const path = join(ROOT, LEARNED_DIFFICULTY_FILE);
  if (values.check) {
    const same = readFileSync(path, 'utf8') === serializeModelFile(file);
    if (same) console.log(`${LEARNED_DIFFICULTY_FILE} is what training on the labelled sets gives now (${rows.length} messages).`);
    else console.error(`${LEARNED_DIFFICULTY_FILE} is not what training on the labelled sets and this code gives now: run \`npm run train:router\`.`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(path, serializeModelFile(file));
  const changed = decisionsChangedByPruning(model, file, rows);
  const used = model.weights.filter((weight) => weight !== 0).length;
  console.log(`Trained on ${rows.length} messages of ${file.trainedOn.sets} sets; kept ${file.weights.length} of ${used} weights (${changed} decisions changed by leaving out the smallest); wrote ${LEARNED_DIFFICULTY_FILE}.`);
}

await main();
