/**
 * Retrieval quality on the bundled sample handbook (or another handbook folder).
 *
 *   npx tsx scripts/eval/retrieval.ts [--handbook knowledge/sample-handbook]
 *                                     [--questions scripts/eval/questions.jsonl] [--json]
 *                                     [--ollama http://127.0.0.1:11434 --embed-model nomic-embed-text]
 *                                     [--set casual-dev --set tune]
 *
 * Ingests the handbook folder (default knowledge/sample-handbook; a relative --handbook is resolved
 * against the working directory) into an in-memory database, asks every question and reports
 * recall@1/3/5 and MRR@5 against the file each question's answer lives in — BM25 (with synonyms)
 * always, hybrid too when an Ollama embedding model is given and answers. Questions whose
 * `expected` is null are off-topic: they check the confidence calibration (they should score
 * below the 0.35 "not in the knowledge base" line, and answerable ones above it). `--set` (repeatable)
 * asks only the questions of those sets: the development halves, while the held-back ones
 * ("holdout", "casual-held") are left for the final scoring.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client.ts';
import { KnowledgeBase, type KnowledgeEmbedder, type RetrievalResult } from '../../src/knowledge/index.ts';
import { createOllamaProvider } from '../../src/router/providers/ollama.ts';

interface Question {
  question: string;
  /** Path inside the handbook folder, e.g. "it/vpn.md"; null for off-topic questions. */
  expected: string | null;
  /**
   * "tune" (default): questions looked at while the synonyms and the confidence formula were
   * chosen; "holdout": written before that tuning and never tuned on — the honest number;
   * "unseen": questions on a different handbook (questions-unseen.jsonl), never tuned on either.
   */
  set: string;
}

interface ModeReport {
  mode: 'bm25' | 'hybrid';
  set: string;
  questions: number;
  recallAt1: number;
  recallAt3: number;
  recallAt5: number;
  mrr: number;
  /** Answerable questions scoring ≥ the threshold, and off-topic ones scoring below it. */
  answerableAboveThreshold: number;
  offTopicBelowThreshold: number;
  p50Ms: number;
  misses: Array<{ question: string; expected: string; got: string[] }>;
  /** Answerable questions scored below the threshold, and off-topic ones at or above it. */
  miscalibrated: Array<{ question: string; confidence: number; answerable: boolean }>;
}

const SOURCE_NAME = 'handbook';
const CONFIDENCE_THRESHOLD = 0.35;
const DEFAULT_HANDBOOK = fileURLToPath(new URL('../../knowledge/sample-handbook', import.meta.url));
const DEFAULT_QUESTIONS = fileURLToPath(new URL('./questions.jsonl', import.meta.url));
const SCOPE = { channelId: 'C-EVAL', channelName: 'eval', isDirect: false };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      handbook: { type: 'string', default: DEFAULT_HANDBOOK },
      questions: { type: 'string', default: DEFAULT_QUESTIONS },
      json: { type: 'boolean', default: false },
      ollama: { type: 'string' },
      'embed-model': { type: 'string', default: 'nomic-embed-text' },
      set: { type: 'string', multiple: true },
    },
  });
  const handbook = resolve(values.handbook);
  if (!statSync(handbook, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--handbook ${values.handbook}: not a folder`);
  const sets = values.set;
  const questions = loadQuestions(values.questions).filter((question) => !sets || sets.includes(question.set));
  if (questions.length === 0) throw new Error(`--set ${sets?.join(', ')}: no question of ${values.questions} is in that set`);
  const reports = await evaluate(handbook, questions, undefined);
  let hybridNote: string | undefined;
  if (values.ollama) {
    const embedder = await reachableEmbedder(values.ollama, values['embed-model']);
    if (typeof embedder === 'string') hybridNote = embedder;
    else reports.push(...(await evaluate(handbook, questions, embedder)));
  }
  if (values.json) console.log(JSON.stringify({ reports, ...(hybridNote ? { hybridNote } : {}) }, null, 2));
  else printReports(handbook, reports, hybridNote);
}

export function loadQuestions(path: string): Question[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('//'))
    .map(({ line, number }) => {
      const parsed: unknown = JSON.parse(line);
      const record = parsed as Partial<Question>;
      if (typeof record.question !== 'string' || (record.expected !== null && typeof record.expected !== 'string')) {
        throw new Error(`${path}:${number}: expected {"question": string, "expected": string | null, "set"?: string}`);
      }
      return { question: record.question, expected: record.expected, set: typeof record.set === 'string' ? record.set : 'tune' };
    });
}

async function evaluate(handbook: string, questions: Question[], embedder: KnowledgeEmbedder | undefined): Promise<ModeReport[]> {
  const database = openDatabase(':memory:');
  try {
    const knowledge = new KnowledgeBase({ database, ...(embedder ? { embedder } : {}) });
    // The same lifecycle as `tandem ingest PATH`: registered as a source, then indexed.
    const { summary } = await knowledge.addSource({ path: resolve(handbook), name: SOURCE_NAME });
    if (summary.skipped.length > 0) throw new Error(`${handbook} did not ingest cleanly: ${JSON.stringify(summary.skipped)}`);
    const results: Array<{ question: Question; result: RetrievalResult; ms: number }> = [];
    for (const question of questions) {
      const started = performance.now();
      const result = await knowledge.retrieve(question.question, SCOPE, { limit: 5 });
      results.push({ question, result, ms: performance.now() - started });
    }
    const sets = [...new Set(questions.map((question) => question.set)), 'all'];
    const mode = embedder ? 'hybrid' : 'bm25';
    return sets.map((set) => summarize(mode, set, results.filter((entry) => set === 'all' || entry.question.set === set)));
  } finally {
    database.close();
  }
}

function summarize(mode: 'bm25' | 'hybrid', set: string, results: Array<{ question: Question; result: RetrievalResult; ms: number }>): ModeReport {
  const answerable = results.filter((entry) => entry.question.expected !== null);
  const offTopic = results.filter((entry) => entry.question.expected === null);
  const ranks = answerable.map((entry) => rankOf(entry.result, entry.question.expected!));
  const share = (count: number, total: number) => (total === 0 ? 0 : round(count / total));
  const times = results.map((entry) => entry.ms).sort((a, b) => a - b);
  return {
    mode,
    set,
    questions: answerable.length,
    recallAt1: share(ranks.filter((rank) => rank === 1).length, ranks.length),
    recallAt3: share(ranks.filter((rank) => rank !== undefined && rank <= 3).length, ranks.length),
    recallAt5: share(ranks.filter((rank) => rank !== undefined && rank <= 5).length, ranks.length),
    mrr: share(ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0), ranks.length),
    answerableAboveThreshold: share(answerable.filter((entry) => entry.result.confidence >= CONFIDENCE_THRESHOLD).length, answerable.length),
    offTopicBelowThreshold: share(offTopic.filter((entry) => entry.result.confidence < CONFIDENCE_THRESHOLD).length, offTopic.length),
    p50Ms: round(times[Math.floor(times.length / 2)] ?? 0),
    misses: answerable
      .filter((_, index) => (ranks[index] ?? 99) > 3)
      .map((entry) => ({ question: entry.question.question, expected: entry.question.expected!, got: entry.result.chunks.slice(0, 3).map((chunk) => chunk.source) })),
    miscalibrated: results
      .filter((entry) => (entry.question.expected !== null) !== (entry.result.confidence >= CONFIDENCE_THRESHOLD))
      .map((entry) => ({ question: entry.question.question, confidence: entry.result.confidence, answerable: entry.question.expected !== null })),
  };
}

/** 1-based rank of the first chunk from the expected file, undefined when not in the results. */
function rankOf(result: RetrievalResult, expected: string): number | undefined {
  const index = result.chunks.findIndex((chunk) => chunk.source === `${SOURCE_NAME}/${expected}`);
  return index === -1 ? undefined : index + 1;
}

async function reachableEmbedder(host: string, embedModel: string): Promise<KnowledgeEmbedder | string> {
  const provider = createOllamaProvider({ host, model: embedModel, embedModel, timeoutMs: 30_000 });
  try {
    await provider.embed!(['ping'], { model: embedModel });
    return { embed: provider.embed!.bind(provider), embedModel };
  } catch (error) {
    return `hybrid skipped: ${embedModel} at ${host} did not answer (${error instanceof Error ? error.message : String(error)})`;
  }
}

function printReports(handbook: string, reports: ModeReport[], hybridNote: string | undefined): void {
  const title = handbook === DEFAULT_HANDBOOK ? 'Sample handbook' : `Handbook ${relative(process.cwd(), handbook) || '.'}`;
  console.log(`${title} retrieval (top 5 per question; MRR over those 5)\n`);
  console.log('mode    set      answerable  recall@1  recall@3  recall@5  MRR@5   answerable≥0.35  off-topic<0.35  p50 ms');
  for (const report of reports) {
    const cells = [report.recallAt1, report.recallAt3, report.recallAt5, report.mrr].map((value) => value.toFixed(3).padEnd(8));
    const calibration = `${report.answerableAboveThreshold.toFixed(3).padEnd(17)}${report.offTopicBelowThreshold.toFixed(3).padEnd(16)}`;
    console.log(`${report.mode.padEnd(8)}${report.set.padEnd(9)}${String(report.questions).padEnd(12)}${cells.join('  ')}${calibration}${report.p50Ms}`);
  }
  if (hybridNote) console.log(`\n${hybridNote}`);
  for (const report of reports) {
    if (report.misses.length === 0 || report.set !== 'all') continue;
    console.log(`\n${report.mode}: not in the top 3`);
    for (const miss of report.misses) console.log(`  - ${miss.question}\n      expected ${miss.expected}; got ${miss.got.join(', ') || 'nothing'}`);
  }
  for (const report of reports) {
    if (report.miscalibrated.length === 0 || report.set !== 'all') continue;
    console.log(`\n${report.mode}: on the wrong side of ${CONFIDENCE_THRESHOLD}`);
    for (const entry of report.miscalibrated) console.log(`  - ${entry.confidence.toFixed(2)} ${entry.answerable ? 'answerable' : 'off-topic '}  ${entry.question}`);
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

// `| head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

await main();
