/**
 * Privacy guard benchmark: tandem's guard vs openredaction vs redact-pii, in one process, on one
 * deterministic labelled corpus (test/privacy/fixtures/labelled-corpus.ts). Prints per-type precision,
 * recall and F1 (overlap match, same type), the share of labelled values left with nothing exposed,
 * throughput, p50/p99 latency per 2 kB message, and ours/theirs ratios.
 *
 *   npx tsx scripts/bench/privacy.ts
 *
 * Offline by construction: fetch is replaced by a function that throws, redact-pii's Google DLP part
 * is never loaded, and openredaction runs with learning (its only file writer) off. Every loop is bounded.
 */
import { loadavg } from 'node:os';
import { clearGuardCaches } from '../../src/router/privacy/index.ts';
import { generatePrivacyCorpus, type LabelledMessage, type LabelType } from '../../test/privacy/fixtures/labelled-corpus.ts';
import { microAverage, percentile, precisionRecallF1, scoreTool, type ToolScore } from '../../test/privacy/bench-support/span-scoring.ts';
import { MEMBER_NAMES } from '../../test/privacy/fixtures/corpus-values.ts';
import { describeOverhead, measureRoutingOverhead } from './routing-overhead.ts';
import { openRedactionAdapter, redactPiiAdapter, tandemAdapter, type ToolAdapter } from '../../test/privacy/bench-support/tool-adapters.ts';

const TYPES: readonly LabelType[] = ['PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'URL_CREDENTIALS', 'SECRET'];
const DOCUMENT_LENGTH = 2048;
const THROUGHPUT_BUDGET_MS = 2500;
const LATENCY_BUDGET_MS = 3000;
const MINIMUM_LATENCY_SAMPLES = 30;

interface Speed {
  megabytesPerSecond: number;
  p50: number;
  p99: number;
  samples: number;
}

let blockedNetworkCalls = 0;
globalThis.fetch = async () => {
  blockedNetworkCalls += 1;
  throw new Error('network access is disabled in the privacy benchmark');
};

async function main(): Promise<void> {
  const corpus = generatePrivacyCorpus(20261125, 180);
  const speedCorpus = generatePrivacyCorpus(777, 1200);
  const documents = buildDocuments(speedCorpus);
  const tools = [tandemAdapter(true), tandemAdapter(false), openRedactionAdapter(), redactPiiAdapter()];
  const scores = new Map<string, ToolScore>();
  const speeds = new Map<string, Speed>();
  for (const tool of tools) {
    const predictions = [];
    for (const message of corpus) predictions.push(await tool.detect(message.text));
    scores.set(tool.name, scoreTool(corpus, predictions));
    // Our caches would otherwise carry clauses and numbers from one tandem variant into the next.
    clearGuardCaches();
    speeds.set(tool.name, await measureSpeed(tool, speedCorpus, documents));
  }
  const labelled = corpus.reduce((sum, message) => sum + message.spans.length, 0);
  console.log(`\nPrivacy guard benchmark — ${corpus.length} messages, ${labelled} labelled spans; load average ${loadavg()[0]?.toFixed(2)} on this machine\n`);
  printAccuracy(tools, scores);
  printSpeed(tools, speeds, documents.length);
  printRatios(tools, scores, speeds);
  clearGuardCaches();
  console.log(`\n${describeOverhead(measureRoutingOverhead(documents, MEMBER_NAMES))}`);
  console.log(`\nNetwork calls attempted (and blocked): ${blockedNetworkCalls}`);
  printNotes();
}

function printNotes(): void {
  console.log(
    [
      '\nNotes',
      '- redact-pii has no IBAN detector; its only URL rule masks whole URLs (counted as URL_CREDENTIALS); its password rule needs `password: value`.',
      '- openredaction deliberately skips private (RFC 1918) addresses and documentation domains; the corpus labels private IPs as IP_ADDRESS.',
      '- "tandem" gets the member directory (12 names) as memberNames; the other tools have no equivalent option, hence the no-directory row.',
      '- The corpus comes from our own generator and was used while developing the guard: read our row as an upper bound, not a blind test.',
    ].join('\n'),
  );
}

/** Concatenates corpus messages into distinct 2 kB documents (no document repeats, so no warm caches). */
function buildDocuments(messages: readonly LabelledMessage[]): string[] {
  const documents: string[] = [];
  let current = '';
  for (const message of messages) {
    current += (current.length > 0 ? '\n' : '') + message.text;
    if (current.length >= DOCUMENT_LENGTH) {
      documents.push(current.slice(0, DOCUMENT_LENGTH));
      current = '';
    }
  }
  return documents;
}

async function measureSpeed(tool: ToolAdapter, messages: readonly LabelledMessage[], documents: readonly string[]): Promise<Speed> {
  for (const document of documents.slice(0, 3)) await tool.run(document);
  let bytes = 0;
  const throughputStart = performance.now();
  for (const message of messages) {
    if (performance.now() - throughputStart > THROUGHPUT_BUDGET_MS) break;
    await tool.run(message.text);
    bytes += Buffer.byteLength(message.text);
  }
  const megabytesPerSecond = bytes / 1e6 / ((performance.now() - throughputStart) / 1000);
  const latencies: number[] = [];
  const latencyStart = performance.now();
  for (const document of documents.slice(3)) {
    if (latencies.length >= MINIMUM_LATENCY_SAMPLES && performance.now() - latencyStart > LATENCY_BUDGET_MS) break;
    const start = performance.now();
    await tool.run(document);
    latencies.push(performance.now() - start);
  }
  latencies.sort((left, right) => left - right);
  return { megabytesPerSecond, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), samples: latencies.length };
}

function printAccuracy(tools: readonly ToolAdapter[], scores: ReadonlyMap<string, ToolScore>): void {
  const header = ['type', 'n', ...tools.map((tool) => tool.name)];
  const rows: string[][] = [];
  for (const type of TYPES) {
    const count = scores.get(tools[0]?.name ?? '')?.byType.get(type)?.labelled ?? 0;
    rows.push([type, String(count), ...tools.map((tool) => (tool.covers.has(type) ? formatPrf(precisionRecallF1(scores.get(tool.name)?.byType.get(type))) : 'not covered'))]);
  }
  rows.push(['micro avg', '', ...tools.map((tool) => formatPrf(microAverage(scores.get(tool.name)!, TYPES.filter((type) => tool.covers.has(type)))))]);
  rows.push(['fully masked', '', ...tools.map((tool) => formatShare(scores.get(tool.name)!))]);
  console.log('Accuracy: P / R / F1 per type (a prediction counts when it overlaps a labelled span of the same type)');
  printTable(header, rows);
}

function printSpeed(tools: readonly ToolAdapter[], speeds: ReadonlyMap<string, Speed>, documentCount: number): void {
  console.log(`\nSpeed (throughput over single messages; latency over up to ${documentCount} distinct 2 kB documents)`);
  const rows = tools.map((tool) => {
    const speed = speeds.get(tool.name)!;
    return [tool.name, speed.megabytesPerSecond.toFixed(3), speed.p50.toFixed(3), speed.p99.toFixed(3), String(speed.samples)];
  });
  printTable(['tool', 'MB/s', 'p50 ms/2kB', 'p99 ms/2kB', 'samples'], rows);
}

function printRatios(tools: readonly ToolAdapter[], scores: ReadonlyMap<string, ToolScore>, speeds: ReadonlyMap<string, Speed>): void {
  const ours = tools[0]!;
  const ourSpeed = speeds.get(ours.name)!;
  console.log(`\nRatios ours/theirs (${ours.name}; F1 over the types both cover; latency ratio < 1 means ours is faster)`);
  const rows = tools.slice(2).map((theirs) => {
    const shared = TYPES.filter((type) => theirs.covers.has(type));
    const ourF1 = microAverage(scores.get(ours.name)!, shared).f1;
    const theirF1 = microAverage(scores.get(theirs.name)!, shared).f1;
    const theirSpeed = speeds.get(theirs.name)!;
    return [
      `vs ${theirs.name}`,
      ratio(ourF1, theirF1),
      ratio(ourSpeed.megabytesPerSecond, theirSpeed.megabytesPerSecond),
      ratio(ourSpeed.p50, theirSpeed.p50),
      ratio(ourSpeed.p99, theirSpeed.p99),
    ];
  });
  printTable(['comparison', 'micro F1', 'throughput', 'p50 latency', 'p99 latency'], rows);
}

function formatPrf(values: { precision: number; recall: number; f1: number }): string {
  const format = (value: number): string => (Number.isNaN(value) ? ' -  ' : value.toFixed(2));
  return `${format(values.precision)} / ${format(values.recall)} / ${format(values.f1)}`;
}

function formatShare(score: ToolScore): string {
  return `${((100 * score.fullyMasked) / Math.max(1, score.labelledTotal)).toFixed(1)}%`;
}

function ratio(ours: number, theirs: number): string {
  return theirs === 0 || Number.isNaN(theirs) ? 'n/a' : `${(ours / theirs).toFixed(2)}x`;
}

function printTable(header: readonly string[], rows: readonly string[][]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

await main();
