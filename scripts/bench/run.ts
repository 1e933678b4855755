/**
 * `npm run bench`: how fast tandem is, measured through the `tandem` command itself, with the peers
 * timed in this process in the same run, printed as the README's performance table.
 *
 *   npm run bench [-- --sizes 1000,10000,100000] [--questions 300] [--messages 5000] [--json]
 *
 * Per answer, the time is the CPU time the tandem process reports for that output line
 * (TANDEM_CPU_STAMPS, see scripts/bench/cli-process.ts); the peers are timed with the same clock
 * (process.cpuUsage) around each call. CPU time rather than wall time, so that other programs on
 * a shared machine do not count. Knowledge bases are generated, ingested through `tandem ingest`
 * and kept in .tandem-bench/ for the next run; delete the folder to measure ingestion again.
 */
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chatMessages } from './messages.ts';
import { measureGuard, measureRetrieval, measureRoute, measureStartup, type Percentiles, type RetrievalMeasure } from './measures.ts';

const WORKSPACE = join(import.meta.dirname, '../../.tandem-bench');
const GOAL_SIZE = 100_000;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    questions: { type: 'string', default: '300' },
    messages: { type: 'string', default: '5000' },
    'route-messages': { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
  },
});

function progress(step: string): void {
  process.stderr.write(`bench: ${step}…\n`);
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const triple = (value: Percentiles) => `${ms(value.p50)} / ${ms(value.p95)} / ${ms(value.p99)}`;

async function main(): Promise<void> {
  const sizes = values.sizes.split(',').map((size) => Number.parseInt(size.trim(), 10)).filter((size) => size > 0);
  const questions = Number.parseInt(values.questions, 10);
  progress('start-up');
  const startup = await measureStartup(join(WORKSPACE, 'startup'));
  const retrieval: RetrievalMeasure[] = [];
  for (const size of sizes) {
    progress(`retrieval at ${size.toLocaleString('en-US')} passages`);
    retrieval.push(await measureRetrieval(WORKSPACE, size, questions));
  }
  progress('route, empty knowledge base');
  const routeMessages = chatMessages(Number.parseInt(values['route-messages'], 10), 1_900, 2_048, 21);
  const routeEmpty = await measureRoute(WORKSPACE, 'empty', routeMessages);
  progress('route, sample handbook');
  const routeHandbook = await measureRoute(WORKSPACE, 'sample handbook', routeMessages);
  progress('privacy guard throughput');
  const guard = await measureGuard(WORKSPACE, chatMessages(Number.parseInt(values.messages, 10), 200, 2_000, 14));
  const results = { startup, retrieval, routeEmpty, routeHandbook, guard };
  if (values.json) {
    console.log(JSON.stringify({ date: new Date().toISOString(), machine: machine(), ...results }, null, 2));
    return;
  }
  printTables(results);
}

function machine(): string {
  const cores = cpus();
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${process.platform}`;
}

type Results = {
  startup: Awaited<ReturnType<typeof measureStartup>>;
  retrieval: RetrievalMeasure[];
  routeEmpty: Percentiles;
  routeHandbook: Percentiles;
  guard: Awaited<ReturnType<typeof measureGuard>>;
};

function printTables(results: Results): void {
  const { startup, retrieval, routeEmpty, routeHandbook, guard } = results;
  const atGoal = retrieval.find((measure) => measure.passages === GOAL_SIZE);
  const verdict = (ok: boolean) => (ok ? '✅' : '❌');
  const rows: string[][] = [
    ['`tandem --help`', '< 300 ms CPU, < 120 MB RSS', `${ms(startup.helpCpuMs)} ms CPU, ${startup.helpMaxRssMb.toFixed(0)} MB RSS (\`--version\` ${ms(startup.versionCpuMs)} ms)`, verdict(startup.helpCpuMs < 300 && startup.helpMaxRssMb < 120)],
  ];
  if (atGoal?.minisearch) {
    const ratio = atGoal.minisearch.p95 / atGoal.tandem.p95;
    rows.push(['one-question `tandem ask`, unchanged 100k-passage index', '< 1 s wall', `${(atGoal.oneQuestionWallMs / 1000).toFixed(2)} s`, verdict(atGoal.oneQuestionWallMs < 1000)]);
    rows.push([
      'per answer over 100k passages (`ask --json -`, p50 / p95 / p99 ms CPU)',
      'p95 < 15 ms, ≥ 2.5× faster than minisearch',
      `${triple(atGoal.tandem)}; minisearch ${triple(atGoal.minisearch)} (p95 ${ratio.toFixed(1)}×); recall@5 ${atGoal.tandem.recallAt5.toFixed(2)} vs ${atGoal.minisearch.recallAt5.toFixed(2)}`,
      verdict(atGoal.tandem.p95 < 15 && ratio >= 2.5),
    ]);
  }
  rows.push(['routing + guard per 2 kB message (`route --json -`, empty knowledge base)', 'p99 < 2 ms', `p50 ${ms(routeEmpty.p50)}, p99 ${ms(routeEmpty.p99)} ms CPU`, verdict(routeEmpty.p99 < 2)]);
  rows.push(['`route` per 2 kB message, sample handbook', 'p99 < 5 ms', `p50 ${ms(routeHandbook.p50)}, p99 ${ms(routeHandbook.p99)} ms CPU`, verdict(routeHandbook.p99 < 5)]);
  const fastestPeer = Math.max(guard.peers['redact-pii'], guard.peers.openredaction);
  rows.push([
    'privacy guard throughput (`redact --json -`, chat messages 200–2,000 bytes)',
    'faster than openredaction and redact-pii',
    `${guard.tandemMbPerSecond.toFixed(2)} MB/s; redact-pii ${guard.peers['redact-pii'].toFixed(2)}, openredaction ${guard.peers.openredaction.toFixed(2)} MB/s`,
    verdict(guard.tandemMbPerSecond > fastestPeer),
  ]);
  console.log(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()} with \`npm run bench\`.\n`);
  printTable(['measure', 'goal', 'now', ''], rows);
  console.log('\nRetrieval by index size (`tandem ask --json -`, 300 questions from headings and key sentences, ms CPU per answer):\n');
  printTable(
    ['passages', 'ingest s', 'tandem p50 / p95 / p99', 'minisearch p50 / p95 / p99', 'p95 ratio', 'recall@5 tandem / minisearch'],
    retrieval.map((measure) => [
      measure.passages.toLocaleString('en-US'),
      measure.ingestSeconds === null ? '(cached)' : measure.ingestSeconds.toFixed(1),
      triple(measure.tandem),
      measure.minisearch ? triple(measure.minisearch) : '(not run: too large for memory)',
      measure.minisearch ? `${(measure.minisearch.p95 / measure.tandem.p95).toFixed(1)}×` : '',
      `${measure.tandem.recallAt5.toFixed(2)} / ${measure.minisearch?.recallAt5.toFixed(2) ?? '—'}`,
    ]),
  );
}

function printTable(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

await main();
