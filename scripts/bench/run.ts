/**
 * `npm run bench`: how fast tandem is, measured through the `tandem` command itself, with the peers
 * timed in this process in the same run, printed as the README's performance table.
 *
 *   npm run bench [-- --sizes 1000,10000,100000] [--questions 300] [--messages 5000] [--runs 3] [--json]
 *   npm run bench -- --only retrieval [--sizes 100000]
 *
 * With --only retrieval just the per-answer measure runs (with minisearch and the one-question ask,
 * at each size); the printed table leaves the other rows out.
 *
 * With --runs N the whole table is measured N times in a row (knowledge bases built once), each run
 * printed, then whether every goal held in all N; the exit code is 0 only if they all did.
 *
 * Per answer, the time is the CPU time the tandem process reports for that output line
 * (TANDEM_CPU_STAMPS, see scripts/bench/cli-process.ts); the peers are timed with the same clock
 * (process.cpuUsage) around each call. CPU time rather than wall time, so that other programs on
 * a shared machine do not count. Knowledge bases are generated, ingested through `tandem ingest`
 * and kept in .tandem-bench/ for the next run; delete the folder to measure ingestion again.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chatMessages } from './messages.ts';
import { measureGuard, measureRetrieval, measureRoute, measureStartup, type RetrievalMeasure } from './measures.ts';
import { printRun, printVerdict, type BenchRun } from './report.ts';

const WORKSPACE = join(import.meta.dirname, '../../.tandem-bench');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    questions: { type: 'string', default: '300' },
    messages: { type: 'string', default: '5000' },
    'route-messages': { type: 'string', default: '300' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

function progress(step: string): void {
  process.stderr.write(`bench: ${step}…\n`);
}

const MEASURES = ['retrieval'] as const;
if (values.only !== undefined && !(MEASURES as readonly string[]).includes(values.only)) {
  process.stderr.write(`bench: --only takes one of: ${MEASURES.join(', ')} (got "${values.only}")\n`);
  process.exit(2);
}

async function measureRetrievalSizes(sizes: readonly number[], questions: number): Promise<RetrievalMeasure[]> {
  const retrieval: RetrievalMeasure[] = [];
  for (const size of sizes) {
    progress(`retrieval at ${size.toLocaleString('en-US')} passages`);
    retrieval.push(await measureRetrieval(WORKSPACE, size, questions));
  }
  return retrieval;
}

async function measureOnce(sizes: readonly number[], questions: number): Promise<BenchRun> {
  if (values.only === 'retrieval') return { retrieval: await measureRetrievalSizes(sizes, questions) };
  progress('start-up');
  const startup = await measureStartup(join(WORKSPACE, 'startup'));
  const retrieval = await measureRetrievalSizes(sizes, questions);
  const routeMessages = chatMessages(Number.parseInt(values['route-messages'], 10), 1_900, 2_048, 21);
  progress('route, empty knowledge base');
  const routeEmpty = await measureRoute(WORKSPACE, 'empty', routeMessages);
  progress('route, sample handbook');
  const routeHandbook = await measureRoute(WORKSPACE, 'sample handbook', routeMessages);
  progress('privacy guard throughput');
  const guard = await measureGuard(WORKSPACE, chatMessages(Number.parseInt(values.messages, 10), 200, 2_000, 14));
  return { startup, retrieval, routeEmpty, routeHandbook, guard };
}

/** Where and under what load: on a shared machine the wall-clock rows depend on it. */
function conditions(): string {
  const cores = cpus();
  const load = loadavg().map((value) => value.toFixed(1)).join(' / ');
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${process.platform}; load average ${load} (1 / 5 / 15 min)`;
}

const stamp = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

async function main(): Promise<void> {
  const sizes = values.sizes.split(',').map((size) => Number.parseInt(size.trim(), 10)).filter((size) => size > 0);
  const questions = Number.parseInt(values.questions, 10);
  const runCount = Math.max(1, Number.parseInt(values.runs, 10) || 1);
  const runs: BenchRun[] = [];
  for (let index = 0; index < runCount; index++) {
    if (runCount > 1) progress(`run ${index + 1} of ${runCount}`);
    const run = await measureOnce(sizes, questions);
    runs.push(run);
    const heading = `${runCount > 1 ? `Run ${index + 1} of ${runCount}, finished` : 'Measured'} ${stamp()} UTC on ${conditions()}, with \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`.`;
    if (values.json) console.log(JSON.stringify({ run: index + 1, date: new Date().toISOString(), machine: conditions(), ...run }));
    else printRun(run, `${index > 0 ? '\n' : ''}${heading}`);
  }
  if (values.json) return;
  if (runCount > 1 && !printVerdict(runs)) process.exitCode = 1;
}

await main();
