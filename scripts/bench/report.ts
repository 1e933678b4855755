/**
 * `npm run bench`'s output: the issue's table (measure, goal, now, verdict) with the peers side by
 * side, the retrieval-by-size table, and with several runs, whether every goal held in all of them.
 */
import type { GuardMeasure, Percentiles, RetrievalMeasure, RouteMeasure, StartupMeasure } from './measures.ts';

export const GOAL_SIZE = 100_000;

/** With `--only retrieval`, only `retrieval` is measured: the rows of the others are left out. */
export interface BenchRun {
  startup?: StartupMeasure;
  retrieval: RetrievalMeasure[];
  routeEmpty?: RouteMeasure;
  routeHandbook?: RouteMeasure;
  guard?: GuardMeasure;
}

export interface GoalRow {
  measure: string;
  goal: string;
  now: string;
  held: boolean;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const triple = (value: Percentiles) => `${ms(value.p50)} / ${ms(value.p95)} / ${ms(value.p99)}`;
const routeNow = (route: RouteMeasure) =>
  `p50 ${ms(route.p50)}, p99 ${ms(route.p99)} ms CPU (guard alone p99 ${ms(route.guard.p99)}, the rest p99 ${ms(route.rest.p99)})`;

export function goalRows(run: BenchRun): GoalRow[] {
  const { startup, retrieval, routeEmpty, routeHandbook, guard } = run;
  const rows: GoalRow[] = [];
  if (startup) {
    rows.push({
      measure: '`tandem --help`',
      goal: '< 300 ms CPU, < 120 MB RSS',
      now: `${ms(startup.helpCpuMs)} ms CPU, ${startup.helpMaxRssMb.toFixed(0)} MB RSS (\`--version\` ${ms(startup.versionCpuMs)} ms)`,
      held: startup.helpCpuMs < 300 && startup.helpMaxRssMb < 120,
    });
  }
  const atGoal = retrieval.find((measure) => measure.passages === GOAL_SIZE);
  if (atGoal?.minisearch) {
    const ratio = atGoal.minisearch.p95 / atGoal.tandem.p95;
    const single = atGoal.oneQuestion;
    rows.push({
      measure: 'one-question `tandem ask`, unchanged 100k-passage index',
      goal: '< 1 s wall',
      now: `${(single.medianWallMs / 1000).toFixed(2)} s (median of 5; slowest ${(single.maxWallMs / 1000).toFixed(2)} s; ${ms(single.medianCpuMs)} ms CPU)`,
      held: single.medianWallMs < 1000,
    });
    rows.push({
      measure: 'per answer over 100k passages (`ask --json -`, p50 / p95 / p99 ms CPU)',
      goal: 'p95 < 15 ms, ≥ 2.5× faster than minisearch',
      now: `${triple(atGoal.tandem)}; minisearch ${triple(atGoal.minisearch)} (p95 ${ratio.toFixed(1)}×); recall@5 ${atGoal.tandem.recallAt5.toFixed(2)} vs ${atGoal.minisearch.recallAt5.toFixed(2)}`,
      held: atGoal.tandem.p95 < 15 && ratio >= 2.5,
    });
  }
  if (routeEmpty) rows.push({ measure: 'routing + guard per 2 kB message (`route --json -`, empty knowledge base)', goal: 'p99 < 2 ms', now: routeNow(routeEmpty), held: routeEmpty.p99 < 2 });
  if (routeHandbook) rows.push({ measure: '`route` per 2 kB message, sample handbook', goal: 'p99 < 5 ms', now: routeNow(routeHandbook), held: routeHandbook.p99 < 5 });
  if (guard) {
    const fastestPeer = Math.max(guard.peers['redact-pii'], guard.peers.openredaction);
    rows.push({
      measure: 'privacy guard throughput (`redact --json -`, chat messages 200–2,000 bytes)',
      goal: 'faster than openredaction and redact-pii',
      now: `${guard.tandemMbPerSecond.toFixed(2)} MB/s; redact-pii ${guard.peers['redact-pii'].toFixed(2)}, openredaction ${guard.peers.openredaction.toFixed(2)} MB/s`,
      held: guard.tandemMbPerSecond > fastestPeer,
    });
  }
  return rows;
}

export function printRun(run: BenchRun, heading: string): void {
  console.log(heading);
  console.log('');
  printTable(['measure', 'goal', 'now', ''], goalRows(run).map((row) => [row.measure, row.goal, row.now, row.held ? '✅' : '❌']));
  console.log('\nRetrieval by index size (`tandem ask --json -`, 300 questions from headings and key sentences, ms CPU per answer):\n');
  printTable(
    ['passages', 'ingest s', 'tandem p50 / p95 / p99', 'minisearch p50 / p95 / p99', 'p95 ratio', 'recall@5 tandem / minisearch'],
    run.retrieval.map((measure) => [
      measure.passages.toLocaleString('en-US'),
      measure.ingestSeconds === null ? '(cached)' : measure.ingestSeconds.toFixed(1),
      triple(measure.tandem),
      measure.minisearch ? triple(measure.minisearch) : '(not run: too large for memory)',
      measure.minisearch ? `${(measure.minisearch.p95 / measure.tandem.p95).toFixed(1)}×` : '',
      `${measure.tandem.recallAt5.toFixed(2)} / ${measure.minisearch?.recallAt5.toFixed(2) ?? '—'}`,
    ]),
  );
}

/** One line per goal: held in every run or not, with each run's verdict. */
export function printVerdict(runs: readonly BenchRun[]): boolean {
  const perRun = runs.map(goalRows);
  const measures = perRun[0]?.map((row) => row.measure) ?? [];
  console.log(`\nEvery goal in all ${runs.length} runs:\n`);
  printTable(['measure', ...runs.map((_, index) => `run ${index + 1}`), `held in all ${runs.length}`], measures.map((measure, index) => {
    const verdicts = perRun.map((rows) => rows[index]?.held ?? false);
    return [measure, ...verdicts.map((held) => (held ? '✅' : '❌')), verdicts.every(Boolean) ? 'yes' : 'no'];
  }));
  const all = perRun.every((rows) => rows.every((row) => row.held));
  console.log(`\n${all ? 'Every goal held in every run.' : 'Not every goal held in every run.'}`);
  return all;
}

function printTable(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
