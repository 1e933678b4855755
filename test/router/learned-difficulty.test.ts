import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../src/package-files.ts';
import { assessByRules, assessRequest, withLearnedOpinion } from '../../src/router/request-kind/assess-request.ts';
import { FEATURE_BUCKETS, messageFeatures, wordFeatures } from '../../src/router/request-kind/learned-features.ts';
import { CONFIDENT, CONFIDENT_EASY, EASY_DIFFICULTY, LEARNED_DIFFICULTY_FILE, learnedDifficulty, opinionOf, type LearnedModelFile } from '../../src/router/request-kind/learned-difficulty.ts';
import { DEFAULT_TRAINING, trainLogistic } from '../../scripts/router/logistic-regression.ts';
import { readDevHalves, trainingDataHash } from '../../scripts/router/routing-sets.ts';

const BAR = 0.6;
const uncovered = { confidence: 0.1, line: 0.35 };

describe('the learned difficulty model', () => {
  it('reads words, word pairs, letter pieces, length, lines and coverage, and only the opening of a long paste', () => {
    const text = 'Refactr the billing job?\nplease';
    const features = messageFeatures(text, { confidence: 0.8, line: 0.35 });
    const words = wordFeatures(text);
    expect(words.map((word) => word.text)).toEqual(expect.arrayContaining(['refactr', 'the billing', 'job ?', '?']));
    expect(words.find((word) => word.text === 'job ?')!.letters).toBe(false);
    expect(words.every((word) => features.includes(word.bucket))).toBe(true);
    expect(new Set(features).size).toBe(features.length);
    expect(features.every((bucket) => Number.isInteger(bucket) && bucket >= 0 && bucket < FEATURE_BUCKETS)).toBe(true);
    // A misspelling shares most of its letter pieces with the word.
    const typo = new Set(messageFeatures('refactr', { line: 0.35 }));
    expect(messageFeatures('refactoring', { line: 0.35 }).filter((bucket) => typo.has(bucket)).length).toBeGreaterThanOrEqual(3);
    // The same message reads the same, and runs of white space read as one space; coverage is a feature of its own.
    const covered = messageFeatures('how do we shard this', { confidence: 0.8, line: 0.35 });
    expect(messageFeatures('how do  we\tshard this ', { confidence: 0.8, line: 0.35 }).sort()).toEqual([...covered].sort());
    const uncoveredFeatures = messageFeatures('how do we shard this', { confidence: 0.1, line: 0.35 });
    expect(covered.filter((bucket) => !uncoveredFeatures.includes(bucket))).toHaveLength(2);
    const paste = `what is wrong here\n${'x = 1\n'.repeat(500)}zanzibar`;
    expect(wordFeatures(paste).map((word) => word.text)).not.toContain('zanzibar');
  });

  it('trains the same weights from the same rows, and leaves features only one row has at 0', () => {
    const rows = [[1, 7], [1, 8], [2, 9], [2, 10]];
    const labels = [true, true, false, false];
    const first = trainLogistic(rows, labels, 16, DEFAULT_TRAINING);
    const second = trainLogistic(rows, labels, 16, DEFAULT_TRAINING);
    expect([...first.weights]).toEqual([...second.weights]);
    expect(first.weights[8]).toBe(0);
    expect(first.weights[1]).toBeGreaterThan(0);
    expect(first.weights[2]).toBeLessThan(0);
  });

  it('stands for no difficulty below its confidence, the default bar at it, and at most 0.99', () => {
    expect(learnedDifficulty(CONFIDENT - 0.01)).toBeUndefined();
    expect(learnedDifficulty(CONFIDENT)).toBeCloseTo(BAR);
    expect(learnedDifficulty(1)).toBeCloseTo(0.99);
    expect(learnedDifficulty((CONFIDENT + 1) / 2)!).toBeGreaterThan(BAR);
  });

  it('only ever raises a difficulty, names the words that weighed, and leaves small talk alone', () => {
    const weights = { bias: 0, weights: new Float64Array(FEATURE_BUCKETS), trainedOn: 2 };
    const [migrate] = wordFeatures('migrate');
    const [we] = wordFeatures('we');
    weights.weights[migrate!.bucket] = 6;
    weights.weights[we!.bucket] = 1;
    const opinion = opinionOf(weights, 'how should we migrate the ledger', uncovered);
    expect(opinion.probability).toBeGreaterThan(CONFIDENT);
    expect(opinion.evidence()).toEqual(['migrate']);
    const raised = withLearnedOpinion({ kind: 'company', difficulty: 0.1, signals: ['the knowledge base covers it'] }, opinion);
    expect(raised.kind).toBe('task');
    expect(raised.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(raised.signals[0]).toMatch(/^a model learned from 2 labelled requests rates it 100% likely to need a frontier model; "migrate"$/);
    expect(withLearnedOpinion({ kind: 'task', difficulty: 0.99, signals: [] }, opinion).difficulty).toBe(0.99);
    expect(withLearnedOpinion({ kind: 'chitchat', difficulty: 0, signals: [] }, opinion).kind).toBe('chitchat');
    const unsure = opinionOf({ bias: 0, weights: new Float64Array(FEATURE_BUCKETS), trainedOn: 2 }, 'how should we migrate the ledger', uncovered);
    expect(withLearnedOpinion({ kind: 'general', difficulty: 0.2, signals: [] }, unsure)).toEqual({ kind: 'general', difficulty: 0.2, signals: [] });
  });

  it('holds a request it is sure is easy under the bar, except pasted material, with its rating as the reason', () => {
    const weights = { bias: -8, weights: new Float64Array(FEATURE_BUCKETS), trainedOn: 2 };
    const opinion = opinionOf(weights, 'can i split my leave into two chunks', uncovered);
    expect(opinion.probability).toBeLessThan(CONFIDENT_EASY);
    const held = withLearnedOpinion({ kind: 'task', difficulty: 0.83, signals: ['weighs a decision'] }, opinion);
    expect(held).toEqual({ kind: 'task', difficulty: EASY_DIFFICULTY, signals: ['a model learned from 2 labelled requests rates it 0% likely to need a frontier model', 'weighs a decision'] });
    expect(held.difficulty).toBeLessThan(BAR);
    const pasted = { kind: 'pasted' as const, difficulty: 0.9, signals: ['pasted contract'] };
    expect(withLearnedOpinion(pasted, opinion)).toEqual(pasted);
    const easy = { kind: 'general' as const, difficulty: 0.1, signals: [] };
    expect(withLearnedOpinion(easy, opinion)).toEqual(easy);
  });

  it('ships weights trained on the labelled sets as they are now (`npm run train:router` after editing a set)', () => {
    const shipped = JSON.parse(readFileSync(packageFile(LEARNED_DIFFICULTY_FILE), 'utf8')) as LearnedModelFile;
    const labelled = readDevHalves();
    expect(shipped.trainedOn.dataHash).toBe(trainingDataHash(labelled, DEFAULT_TRAINING));
    expect(shipped.trainedOn.messages).toBe(labelled.length);
  });

  it('sends a hard request the rules read as a plain question to the cloud, with the model as the reason', () => {
    const text = 'our biggest customer wants us to host their data in germany only, we are all on us-east. how big a deal is this';
    expect(assessByRules(text, uncovered).difficulty).toBeLessThan(BAR);
    const assessed = assessRequest(text, uncovered);
    expect(assessed.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessed.signals[0]).toMatch(/^a model learned from \d+ labelled requests rates it \d+% likely to need a frontier model/);
    // Everyday questions stay where the rules put them.
    for (const question of ['how many days of pto do i get', 'whats the wifi password in the london office', 'can you summarise our remote work policy']) {
      expect(assessRequest(question, { confidence: 0.8, line: 0.35 })).toEqual(assessByRules(question, { confidence: 0.8, line: 0.35 }));
    }
  });
});
