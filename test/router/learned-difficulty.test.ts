import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { TandemError } from '../../src/errors.ts';
import { packageFile } from '../../src/package-files.ts';
import { assessByRules, assessRequest, withLearnedOpinion } from '../../src/router/request-kind/assess-request.ts';
import { FEATURE_BUCKETS, messageFeatures } from '../../src/router/request-kind/learned-features.ts';
import {
  AGREEING,
  CONFIDENT,
  CONFIDENT_EASY,
  describeRating,
  EASY_DIFFICULTY,
  LEARNED_DIFFICULTY_FILE,
  learnedDifficulty,
  opinionOf,
  parseModelFile,
  RULES_HALF_WAY,
} from '../../src/router/request-kind/learned-difficulty.ts';
import { DEFAULT_TRAINING, trainLogistic } from '../../scripts/router/logistic-regression.ts';
import { modelFile, serializeModelFile, trainingRows, trainOn } from '../../scripts/router/difficulty-training.ts';

const BAR = 0.6;
const uncovered = { confidence: 0.1, line: 0.35 };
const covered = { confidence: 0.8, line: 0.35 };
const sorted = (features: number[]): number[] => [...features].sort((left, right) => left - right);

describe('the learned difficulty model', () => {
  it('reads letter pieces (a typo shares most of its word\'s), runs of white space as one, coverage, and only the opening of a long paste', () => {
    const features = messageFeatures('Refactr the billing job?\nplease', covered);
    expect(new Set(features).size).toBe(features.length);
    expect(features.every((bucket) => Number.isInteger(bucket) && bucket >= 0 && bucket < FEATURE_BUCKETS)).toBe(true);
    const typo = new Set(messageFeatures('refactr', { line: 0.35 }));
    expect(messageFeatures('refactoring', { line: 0.35 }).filter((bucket) => typo.has(bucket)).length).toBeGreaterThanOrEqual(3);
    expect(sorted(messageFeatures('how do  we\tshard this', covered))).toEqual(sorted(messageFeatures('how do we shard this', covered)));
    expect(sorted(messageFeatures('How do we shard this', covered))).toEqual(sorted(messageFeatures('how do we shard this', covered)));
    expect(sorted(messageFeatures('how do we shard this', uncovered))).not.toEqual(sorted(messageFeatures('how do we shard this', covered)));
    const paste = `what is wrong here\n${'x = 1\n'.repeat(500)}`;
    expect(sorted(messageFeatures(`${paste}zanzibar`, uncovered))).toEqual(sorted(messageFeatures(`${paste}qwertyui`, uncovered)));
  });

  it('trains the same weights from the same rows, and leaves features only one row has at 0', () => {
    const rows = [[1, 7], [1, 8], [2, 9], [2, 10]];
    const labels = [true, true, false, false];
    const first = trainLogistic(rows, labels, 16, DEFAULT_TRAINING);
    expect([...first.weights]).toEqual([...trainLogistic(rows, labels, 16, DEFAULT_TRAINING).weights]);
    expect(first.weights[8]).toBe(0);
    expect(first.weights[1]).toBeGreaterThan(0);
    expect(first.weights[2]).toBeLessThan(0);
  });

  it('stands for no difficulty below its confidence (or on no number), the default bar at it, and at most 0.99', () => {
    expect(learnedDifficulty(CONFIDENT - 0.01)).toBeUndefined();
    expect(learnedDifficulty(Number.NaN)).toBeUndefined();
    expect(learnedDifficulty(CONFIDENT)).toBeCloseTo(BAR);
    expect(learnedDifficulty(1)).toBeCloseTo(0.99);
    expect(learnedDifficulty((CONFIDENT + 1) / 2)!).toBeGreaterThan(BAR);
    // Under its confidence, the default bar only beside the rules' own half-way signs.
    expect(learnedDifficulty(AGREEING, RULES_HALF_WAY)).toBe(BAR);
    expect(learnedDifficulty(CONFIDENT - 0.01, RULES_HALF_WAY - 0.01)).toBeUndefined();
    expect(learnedDifficulty(AGREEING - 0.01, 0.55)).toBeUndefined();
  });

  it('raises a request it is sure is hard, holds one it is sure is easy, and leaves small talk and a paste whose ask is named to the rules', () => {
    const sure = (bias: number) => () => opinionOf({ bias, weights: new Float64Array(FEATURE_BUCKETS), trainedOn: 2 }, 'how should we migrate the ledger', uncovered);
    const raised = withLearnedOpinion({ kind: 'company', difficulty: 0.1, signals: ['the knowledge base covers it'] }, sure(8));
    expect(raised).toEqual({ kind: 'task', difficulty: 0.99, signals: ['a model learned from 2 labelled requests rates it >99% likely to need a frontier model', 'the knowledge base covers it'] });
    expect(withLearnedOpinion({ kind: 'task', difficulty: 0.99, signals: [] }, sure(8)).difficulty).toBe(0.99);
    // Already hard by the rules: their kind and reasons lead, the rating follows.
    expect(withLearnedOpinion({ kind: 'general', difficulty: 0.7, signals: ['asks for analysis'] }, sure(8))).toEqual({
      kind: 'general',
      difficulty: 0.99,
      signals: ['asks for analysis', 'a model learned from 2 labelled requests rates it >99% likely to need a frontier model'],
    });
    const held = withLearnedOpinion({ kind: 'task', difficulty: 0.83, signals: ['weighs a decision'] }, sure(-8));
    expect(held).toEqual({ kind: 'task', difficulty: EASY_DIFFICULTY, signals: ['a model learned from 2 labelled requests rates it <1% likely to need a frontier model', 'weighs a decision'] });
    expect(held.difficulty).toBeLessThan(BAR);
    const unsure = { kind: 'general' as const, difficulty: 0.2, signals: [] };
    expect(withLearnedOpinion(unsure, sure(0))).toEqual(unsure);
    // Half-way by the rules and even odds by the model: together, the default bar, with both in the reason.
    expect(withLearnedOpinion({ kind: 'general', difficulty: 0.45, signals: ['asks for a diagnosis (how is that even possible)'] }, sure(0))).toEqual({
      kind: 'task',
      difficulty: BAR,
      signals: ['a model learned from 2 labelled requests rates it 50% likely to need a frontier model, beside signals worth 0.45 on their own', 'asks for a diagnosis (how is that even possible)'],
    });
    // A company question only because the handbook shares its words: the rules' reading as a question is what the rating stands beside, and the reasons.
    const shared = { kind: 'company' as const, difficulty: 0, signals: ['the knowledge base covers it (confidence 0.93)'], asQuestion: { difficulty: 0.45, signals: ['asks for a decision (x or y)', 'about events'] } };
    expect(withLearnedOpinion(shared, sure(0))).toEqual({
      kind: 'task',
      difficulty: BAR,
      signals: ['a model learned from 2 labelled requests rates it 50% likely to need a frontier model, beside signals worth 0.45 on their own', 'asks for a decision (x or y)', 'about events'],
    });
    expect(withLearnedOpinion({ ...shared, asQuestion: { difficulty: 0.2, signals: [] } }, sure(0))).toEqual({ ...shared, asQuestion: { difficulty: 0.2, signals: [] } });
    // Not for one person's own matter: the rules' half-way reading of "my laptop…" is as often a helpdesk question told in detail.
    const own = { kind: 'pasted' as const, difficulty: 0.45, signals: ['reports a fault'], ownMatter: true };
    expect(withLearnedOpinion(own, sure(0))).toEqual(own);
    expect(withLearnedOpinion(own, sure(8)).difficulty).toBe(0.99);
    const sureRating = 'a model learned from 2 labelled requests rates it >99% likely to need a frontier model';
    expect(withLearnedOpinion({ kind: 'general', difficulty: 0.45, signals: [] }, sure(8)).signals).toEqual([sureRating]);
    // Not even asked: small talk, and a paste whose message says what to do with it ("add comments to this").
    const opinion = vi.fn(sure(8));
    for (const rules of [{ kind: 'chitchat' as const, difficulty: 0, signals: [] }, { kind: 'pasted' as const, difficulty: 0.25, signals: ['a light edit (add)'], pasteToWorkOn: true }]) {
      expect(withLearnedOpinion(rules, opinion)).toEqual(rules);
    }
    expect(opinion).not.toHaveBeenCalled();
    // A paste with only a question or a symptom around it is raised, never held.
    const asked = { kind: 'pasted' as const, difficulty: 0.5, signals: ['asks about it'] };
    expect(withLearnedOpinion(asked, sure(8)).difficulty).toBe(0.99);
    expect(withLearnedOpinion({ ...asked, difficulty: 0.7 }, sure(-8))).toEqual({ ...asked, difficulty: 0.7 });
    expect(describeRating({ probability: 0.5, trainedOn: 9 })).toBe('a model learned from 9 labelled requests rates it 50% likely to need a frontier model');
    expect(CONFIDENT_EASY).toBeLessThan(0.5);
  });

  it('marks one person\'s own matter: the first person singular with no "we" or "our", or a message received asked whether it is genuine', () => {
    const log = '\n```\nerror: could not connect to server\nretrying in 5s\nerror: could not connect to server\n```';
    expect(assessByRules(`vpn client on my mac fails like this since this morning${log}`, uncovered).ownMatter).toBe(true);
    expect(assessByRules('got this text an hour ago:\n> Your corporate card is suspended.\n> Call 1-800-555-0100 to reactivate.\nscam?', uncovered).ownMatter).toBe(true);
    expect(assessByRules(`our deploy pipeline fails like this since this morning${log}`, uncovered).ownMatter).toBeUndefined();
    expect(assessByRules(`i think our deploy pipeline fails like this since my change${log}`, uncovered).ownMatter).toBeUndefined();
    // The first person asking about systems: "my spark job on 3TB of parquet…" is no personal matter.
    expect(assessByRules('my spark job on 3TB of parquet spills to disk every night, 40 executors at 16GB each. do i need to repartition', uncovered).ownMatter).toBeUndefined();
  });

  it('keeps, beside a company question, what the rules make of it as a question, except when it asks whom to turn to, how to do something or what the policy is', () => {
    const decision = assessByRules('rabbitmq prefetch count for 50k msg/s and 8 consumers?', covered);
    expect(decision.kind).toBe('company');
    expect(decision.asQuestion?.difficulty).toBeGreaterThan(0);
    expect(decision.asQuestion?.signals.length).toBeGreaterThan(0);
    expect(assessByRules('kafka cluster lost 2 brokers and consumer lag is 4h, which team do i drag in', covered).asQuestion).toBeUndefined();
    // Nor when it asks how to do something, with no judgement asked, or what the policy is: the handbook answers those.
    expect(assessByRules('how do we request prod database access for the analytics dashboard', covered).asQuestion).toBeUndefined();
    expect(assessByRules("what's our policy on production database access for contractors", covered).asQuestion).toBeUndefined();
    // Its reasons say the handbook shares the words, not that the question asks for analysis (the rules ruled that out).
    expect(decision.asQuestion?.signals.join(' ')).not.toContain('asks for analysis');
  });

  it('refuses a damaged weights file with one line naming it and the fix', () => {
    const valid = readFileSync(packageFile(LEARNED_DIFFICULTY_FILE), 'utf8');
    expect(parseModelFile(valid).weights.length).toBeGreaterThan(1000);
    for (const text of ['{', JSON.stringify({ ...JSON.parse(valid), bias: 'x' }), JSON.stringify({ ...JSON.parse(valid), buckets: 1024 }), JSON.stringify({ ...JSON.parse(valid), weights: [[FEATURE_BUCKETS, 1]] })]) {
      const refusal = (() => {
        try {
          parseModelFile(text);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(refusal).toBeInstanceOf(TandemError);
      expect((refusal as TandemError).code).toBe('INSTALL_DAMAGED');
      expect((refusal as TandemError).message).toMatch(/learned-difficulty\.json\) cannot be read \(.+\): reinstall tandem, or rebuild them with `npm run train:router`$/);
    }
  });

  it('ships the weights that training on the labelled sets with this code gives now (`npm run train:router` after changing either)', async () => {
    const rows = await trainingRows();
    const digest = (text: string): string => createHash('sha256').update(text).digest('hex');
    // Compared by digest: a 380 kB diff would say nothing more than "retrain".
    expect(digest(serializeModelFile(modelFile(trainOn(rows), rows)))).toBe(digest(readFileSync(packageFile(LEARNED_DIFFICULTY_FILE), 'utf8')));
  }, 120_000);

  it('sends a hard request the rules read as a plain question to the cloud, and leaves everyday questions and small edits where the rules put them', () => {
    const text = 'our biggest customer wants us to host their data in germany only, we are all on us-east. how big a deal is this';
    expect(assessByRules(text, uncovered).difficulty).toBeLessThan(BAR);
    const assessed = assessRequest(text, uncovered);
    expect(assessed.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessed.signals[0]).toMatch(/^a model learned from \d+ labelled requests rates it (\d+|>99)% likely to need a frontier model$/);
    const everyday = [
      ['how many days of pto do i get', covered],
      ['whats the wifi password in the london office', uncovered],
      ['what time is it in tokyo right now', uncovered],
      ['can you make this sound friendlier: "pls send the report by friday"', uncovered],
      ['add comments to this\n```js\nconst total = items.reduce((sum, item) => sum + item.price, 0);\nconst tax = total * 0.2;\nconsole.log(total + tax);\n```', uncovered],
      ['format this\n```\nselect id,name from users where active=1 order by name\n```', uncovered],
      ...['comments please', 'this needs comments', 'tidy this up', 'rename the variables here'].map((ask) => [`${ask}\n\`\`\`js\nconst total = items.reduce((sum, item) => sum + item.price, 0);\nconst tax = total * 0.2;\nconsole.log(total + tax);\n\`\`\``, uncovered] as const),
    ] as const;
    for (const [question, coverage] of everyday) {
      expect(assessRequest(question, coverage).difficulty, question).toBeLessThan(BAR);
    }
    // A paste asked about, or reported as broken, is the model's to weigh as well.
    const broken = 'the big csv export always dies at exactly one minute\n```\nexport_job started rows=1200000\nexport_job progress 41%\nexport_job killed after 60s: upstream timeout\n```';
    expect(assessByRules(broken, uncovered).pasteToWorkOn).toBeUndefined();
    expect(assessByRules('debug this\n```js\nconst a = [1, 2, 3].map((x) => x * 2);\nconsole.log(a.lenght);\nsave(a);\n```', uncovered).pasteToWorkOn).toBeUndefined();
    expect(assessByRules(everyday[6]![0], uncovered).pasteToWorkOn).toBe(true);
    // A paste with no words around it, or only a word asking for an opinion or help, asks about it.
    const log = '```\nFATAL:  remaining connection slots are reserved for non-replication superuser connections\nFATAL:  sorry, too many clients already\n```';
    for (const text of [log, `thoughts\n${log}`, `wdyt\n${log}`, `help pls\n${log}`]) expect(assessByRules(text, uncovered).pasteToWorkOn, text).toBeUndefined();
  });
});
