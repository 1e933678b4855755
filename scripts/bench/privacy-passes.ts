/**
 * The guard in-process over the 5,000 benchmark messages, four passes, CPU time per pass and per
 * 500-message slice of the first pass:
 *
 *   npx tsx scripts/bench/privacy-passes.ts
 *
 * The CLI bench is one pass in a fresh process; this shows how much of it is the process warming up
 * (compiling hot code, first sight of each word) rather than the steady cost a running bot pays, and a
 * last pass with the word caches emptied separates first sight of words from compiling.
 */
import { loadavg } from 'node:os';
import { clearGuardCaches, detectEntities, warmGuard } from '../../src/router/privacy/index.ts';
import { buildBenchMessages } from './privacy-messages.ts';

const SLICE = 500;

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const messages = buildBenchMessages();
const megabytes = messages.reduce((sum, message) => sum + Buffer.byteLength(message), 0) / 1e6;
warmGuard();
const slices: number[] = [];
for (let from = 0; from < messages.length; from += SLICE) {
  slices.push(cpuMs(() => messages.slice(from, from + SLICE).forEach((message) => detectEntities(message))));
}
const first = slices.reduce((sum, value) => sum + value, 0);
const later = [1, 2].map(() => cpuMs(() => messages.forEach((message) => detectEntities(message))));
// With the per-word caches emptied, a pass shows what first sight of every word costs once the code is compiled.
clearGuardCaches();
const cleared = cpuMs(() => messages.forEach((message) => detectEntities(message)));
const rate = (ms: number): string => (megabytes / (ms / 1000)).toFixed(2);
console.log(`load average ${loadavg()[0]?.toFixed(2)}; ${messages.length} messages, ${megabytes.toFixed(2)} MB`);
console.log(`first pass: ${first.toFixed(0)} ms CPU (${rate(first)} MB/s); per ${SLICE} messages: ${slices.map((value) => value.toFixed(0)).join(' ')}`);
console.log(`later passes: ${later.map((value) => `${value.toFixed(0)} ms (${rate(value)} MB/s)`).join(', ')}`);
console.log(`a pass after clearing the word caches: ${cleared.toFixed(0)} ms (${rate(cleared)} MB/s)`);
