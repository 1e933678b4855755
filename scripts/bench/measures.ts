/**
 * The measures of `npm run bench`, each through the `tandem` command (cli-process.ts), with the
 * peers timed in this process on the same input (peers.ts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLines, runOnce, percentile } from './cli-process.ts';
import { generateCorpus, writeCorpus, type BenchCorpus } from './corpus.ts';
import { minisearchLatency, peerThroughput, megabytesPerSecond } from './peers.ts';

/** Questions asked first and not counted: a running bot is warm. */
const WARM_UP = 20;
/** Changing the corpus generator must rebuild cached knowledge bases. */
const CORPUS_VERSION = 1;
/** minisearch holds its index in memory: ~2.3 GB at 100k passages, so it would not fit at 1M. */
const MINISEARCH_MAX_PASSAGES = 100_000;

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(samples: readonly number[]): Percentiles {
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), p99: percentile(samples, 0.99) };
}

export interface StartupMeasure {
  helpCpuMs: number;
  helpMaxRssMb: number;
  versionCpuMs: number;
}

/** `tandem --help` and `--version`, five runs each: the median CPU time, the largest peak memory. */
export async function measureStartup(workspace: string): Promise<StartupMeasure> {
  mkdirSync(workspace, { recursive: true });
  await runOnce(['--version'], workspace); // builds dist/ if the sources changed, outside the measure
  const help = [];
  const version = [];
  for (let run = 0; run < 5; run++) {
    help.push(await runOnce(['--help'], workspace));
    version.push(await runOnce(['--version'], workspace));
  }
  return {
    helpCpuMs: percentile(help.map((run) => run.cpuMs), 0.5),
    helpMaxRssMb: Math.max(...help.map((run) => run.maxRssMb)),
    versionCpuMs: percentile(version.map((run) => run.cpuMs), 0.5),
  };
}

export interface RetrievalMeasure {
  passages: number;
  ingestSeconds: number | null;
  tandem: Percentiles & { recallAt5: number };
  minisearch: (Percentiles & { recallAt5: number }) | null;
  /** One-question `tandem ask`: the median wall time of ONE_QUESTION_RUNS processes, and their slowest. */
  oneQuestion: { medianWallMs: number; maxWallMs: number; medianCpuMs: number };
}

/**
 * A single process's wall time on a shared machine is mostly how long it waited for a core: the
 * median of a few runs is what a person typically waits, the slowest is shown beside it.
 */
const ONE_QUESTION_RUNS = 5;

/**
 * A knowledge base of `passages` synthetic passages (cached under the workspace between runs),
 * 300 questions through `tandem ask --json -`, the same questions through minisearch, and one
 * `tandem ask` of a single question on the unchanged index (wall time, as a person waits for it).
 */
export async function measureRetrieval(workspace: string, passages: number, questionCount: number): Promise<RetrievalMeasure> {
  const folder = join(workspace, `kb-${passages}`);
  const corpus = generateCorpus(passages, questionCount);
  const ingestSeconds = await ensureKnowledgeBase(folder, corpus);
  const questions = [...corpus.questions.slice(0, WARM_UP), ...corpus.questions];
  const run = await runLines(['ask', '--json', '-'], { cwd: folder, stdin: `${questions.map((question) => question.text).join('\n')}\n` });
  let found = 0;
  run.lines.slice(WARM_UP).forEach((line, index) => {
    const question = corpus.questions[index]!;
    const answer = JSON.parse(line) as { citations: Array<{ source: string; heading: string }> };
    if (answer.citations.slice(0, 5).some((citation) => citation.source === `bench/${question.file}` && citation.heading.endsWith(`> ${question.heading}`))) found++;
  });
  const mini = passages <= MINISEARCH_MAX_PASSAGES ? minisearchLatency({ ...corpus, questions }, WARM_UP) : null;
  const single = [];
  for (let run = 0; run < ONE_QUESTION_RUNS; run++) single.push(await runLines(['ask', '--json', corpus.questions[run]!.text], { cwd: folder }));
  return {
    passages,
    ingestSeconds,
    tandem: { ...percentiles(run.cpuMs.slice(WARM_UP)), recallAt5: found / corpus.questions.length },
    minisearch: mini ? { ...percentiles(mini.cpuMs), recallAt5: mini.recallAt5 } : null,
    oneQuestion: {
      medianWallMs: percentile(single.map((run) => run.wallMs), 0.5),
      maxWallMs: Math.max(...single.map((run) => run.wallMs)),
      medianCpuMs: percentile(single.map((run) => run.cpuMs[0] ?? Number.NaN), 0.5),
    },
  };
}

/** Writes the corpus and runs `tandem ingest` unless the same corpus is already indexed there. */
async function ensureKnowledgeBase(folder: string, corpus: BenchCorpus): Promise<number | null> {
  const marker = join(folder, 'corpus.json');
  const identity = JSON.stringify({ version: CORPUS_VERSION, passages: corpus.passages, questions: corpus.questions.length });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === identity) return null;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeCorpus(corpus, join(folder, 'corpus'));
  // No model: nothing leaves the machine, and each answer is the whole pipeline short of generation.
  writeFileSync(join(folder, 'tandem.config.yaml'), 'local:\n  host: http://127.0.0.1:9\nknowledge:\n  includeSample: false\n  folders:\n    - path: ./corpus\n      name: bench\n');
  const started = performance.now();
  await runLines(['ingest', '--json'], { cwd: folder });
  writeFileSync(marker, identity);
  return (performance.now() - started) / 1000;
}

export interface RouteMeasure extends Percentiles {
  /** The privacy guard alone on the same messages (`tandem redact --json -`, the guard route runs). */
  guard: Percentiles;
  /** Per message, route's CPU time less the guard's: retrieval, the classifier, the decision, output. */
  rest: Percentiles;
}

/**
 * `tandem route --json -` per message, with an empty knowledge base or the bundled sample handbook,
 * and the same messages through `tandem redact --json -` to split route's time into guard and rest.
 */
export async function measureRoute(workspace: string, knowledge: 'empty' | 'sample handbook', messages: readonly string[]): Promise<RouteMeasure> {
  const folder = join(workspace, knowledge === 'empty' ? 'route-empty' : 'route-handbook');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'tandem.config.yaml'), `local:\n  host: http://127.0.0.1:9\n${knowledge === 'empty' ? 'knowledge:\n  includeSample: false\n' : ''}`);
  const stdin = `${[...messages.slice(0, WARM_UP), ...messages].join('\n')}\n`;
  const route = (await runLines(['route', '--json', '-'], { cwd: folder, stdin })).cpuMs.slice(WARM_UP);
  const guard = (await runLines(['redact', '--json', '-'], { cwd: folder, stdin })).cpuMs.slice(WARM_UP);
  return { ...percentiles(route), guard: percentiles(guard), rest: percentiles(route.map((cpuMs, index) => cpuMs - (guard[index] ?? 0))) };
}

export interface GuardMeasure {
  tandemMbPerSecond: number;
  peers: Record<'redact-pii' | 'openredaction', number>;
}

/** `tandem redact --json -` over chat messages: bytes per CPU second, against the peers on the same messages. */
export async function measureGuard(workspace: string, messages: readonly string[]): Promise<GuardMeasure> {
  const folder = join(workspace, 'redact');
  mkdirSync(folder, { recursive: true });
  const sent = [...messages.slice(0, WARM_UP), ...messages];
  const run = await runLines(['redact', '--json', '-'], { cwd: folder, stdin: `${sent.join('\n')}\n` });
  const bytes = messages.reduce((sum, message) => sum + Buffer.byteLength(message), 0);
  const cpuMs = run.cpuMs.slice(WARM_UP).reduce((sum, value) => sum + value, 0);
  return { tandemMbPerSecond: megabytesPerSecond(bytes, cpuMs), peers: await peerThroughput(sent, WARM_UP) };
}
