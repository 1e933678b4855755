/**
 * Guard throughput through the CLI, against redact-pii and openredaction in the same run:
 *
 *   npm run bench:privacy-throughput
 *
 * 5,000 chat messages of 200–2,000 bytes, built (seeded) from the faker evaluation set, go through
 * `tandem redact --json --stats -` in a child process, which reports the guard's CPU time per line
 * (start-up and the one-time warm-up are reported apart). The two peers run in this process on the
 * same messages, CPU time per message. Recall and over-redaction of all three come from one half of the
 * evaluation set (development by default, `-- --held` for the held-back one), scored as `npm run eval:privacy`
 * scores it. Offline: fetch throws.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { generateEvalSet, type Half } from '../eval/privacy/generate.ts';
import { buildBenchMessages } from './privacy-messages.ts';
import { groupRecall, scoreHalf } from '../eval/privacy/score.ts';
import { Pseudonymizer, redact } from '../../src/router/privacy/index.ts';
import { openRedactionAdapter, redactPiiAdapter, type ToolAdapter } from '../../test/privacy/bench-support/tool-adapters.ts';
import { describeOverhead, measureRoutingOverhead } from './routing-overhead.ts';

const PEER_BUDGET_MS = 180_000;

interface Speed {
  texts: number;
  bytes: number;
  cpuMs: number;
  p50Ms: number;
  p99Ms: number;
}

globalThis.fetch = async () => {
  throw new Error('network access is disabled in the privacy benchmark');
};

function measureCli(messages: readonly string[]): Speed & { warmUpCpuMs: number } {
  const run = spawnSync(process.execPath, ['bin/tandem.mjs', 'redact', '--json', '--stats', '-'], { input: messages.join('\n'), maxBuffer: 1 << 30, encoding: 'utf8' });
  const line = /redact stats: (\{.*\})/.exec(run.stderr)?.[1];
  if (run.status !== 0 || line === undefined) throw new Error(`tandem redact failed: ${run.stderr.slice(0, 400)}`);
  return JSON.parse(line) as Speed & { warmUpCpuMs: number };
}

async function measurePeer(tool: ToolAdapter, messages: readonly string[]): Promise<Speed> {
  for (const message of messages.slice(0, 5)) await tool.run(message);
  const perText: number[] = [];
  let bytes = 0;
  const started = performance.now();
  for (const message of messages) {
    if (performance.now() - started > PEER_BUDGET_MS) break;
    const start = process.cpuUsage();
    await tool.run(message);
    const used = process.cpuUsage(start);
    perText.push((used.user + used.system) / 1000);
    bytes += Buffer.byteLength(message);
  }
  const sorted = [...perText].sort((left, right) => left - right);
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { texts: perText.length, bytes, cpuMs: perText.reduce((sum, value) => sum + value, 0), p50Ms: at(0.5), p99Ms: at(0.99) };
}

async function accuracy(half: Half, detect: (text: string) => Promise<Array<{ start: number; end: number }>>): Promise<string[]> {
  const held = generateEvalSet(half);
  const predictions = new Map<string, Array<{ start: number; end: number }>>();
  for (const message of held) predictions.set(message.id, await detect(message.text));
  const score = scoreHalf(held, (text) => predictions.get(held.find((message) => message.text === text)?.id ?? '') ?? []);
  const recall = (types: Parameters<typeof groupRecall>[1]): string => {
    const { caught, total } = groupRecall(score, types);
    return (caught / Math.max(1, total)).toFixed(3);
  };
  return [
    recall(['CREDIT_CARD', 'PHONE', 'EMAIL', 'IBAN', 'US_SSN', 'IP_ADDRESS']),
    recall(['PERSON']),
    recall(['ADDRESS']),
    `${((100 * score.cleanAltered) / Math.max(1, score.cleanMessages)).toFixed(1)} %`,
  ];
}

function row(name: string, speed: Speed, recall: readonly string[]): string[] {
  const megabytesPerSecond = speed.bytes / 1e6 / (speed.cpuMs / 1000);
  return [name, String(speed.texts), megabytesPerSecond.toFixed(3), speed.p50Ms.toFixed(3), speed.p99Ms.toFixed(3), ...recall];
}

function printTable(header: readonly string[], rows: readonly string[][]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of rows) console.log(line(cells));
}

/** CPU time of the guard alone per distinct 2 kB message (a fresh pseudonymizer each, as per request). */
function describeGuardCpu(documents: readonly string[]): string {
  const cpu: number[] = [];
  for (const document of documents) {
    const start = process.cpuUsage();
    new Pseudonymizer().apply(document);
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((left, right) => left - right);
  const at = (share: number): number => cpu[Math.min(cpu.length - 1, Math.floor(share * cpu.length))] ?? 0;
  return `Guard CPU time per distinct 2 kB message: p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms over ${cpu.length} messages`;
}

async function main(): Promise<void> {
  const messages = buildBenchMessages();
  const totalBytes = messages.reduce((sum, message) => sum + Buffer.byteLength(message), 0);
  console.log(`Privacy guard throughput — ${messages.length} messages, ${(totalBytes / 1e6).toFixed(2)} MB; load average ${loadavg()[0]?.toFixed(2)}\n`);
  const cli = measureCli(messages);
  const half: Half = process.argv.includes('--held') ? 'held' : 'dev';
  const ourRecall = await accuracy(half, async (text) => redact(text).entities);
  // Our per-message figures are taken before the peers run in this process: after them the same guard
  // took about two and a half times the CPU per message (not garbage collection, not a patched built-in),
  // and a bot never runs them. The recall pass above has warmed the guard, as a running bot is warm.
  const documents = messages.filter((message) => Buffer.byteLength(message) >= 1900).map((message) => message.slice(0, 2048));
  // Warmed on the shorter messages, so each measured document is still seen for the first time, as a new message is.
  const warmUp = messages.filter((message) => Buffer.byteLength(message) < 1900).slice(0, 1000);
  const overhead = describeOverhead(measureRoutingOverhead(documents.slice(0, 400), [], warmUp));
  const guardCpu = describeGuardCpu(documents.slice(0, 400));
  const peers = [openRedactionAdapter(), redactPiiAdapter()];
  const peerSpeeds: Speed[] = [];
  for (const peer of peers) peerSpeeds.push(await measurePeer(peer, messages));
  const peerRecall: string[][] = [];
  for (const peer of peers) peerRecall.push(await accuracy(half, async (text) => (await peer.detect(text)).filter((span) => span.type !== 'OTHER')));
  const header = ['tool', 'texts', 'MB/s (CPU)', 'p50 ms/text', 'p99 ms/text', 'recall cards..IPs', 'recall names', 'recall addresses', 'PII-free altered'];
  printTable(header, [row('tandem redact (CLI)', cli, ourRecall), ...peers.map((peer, index) => row(peer.name, peerSpeeds[index]!, peerRecall[index]!))]);
  console.log(`\nCLI warm-up (word list, phone metadata, lexicon; once per process): ${cli.warmUpCpuMs.toFixed(0)} ms CPU`);
  const ours = cli.bytes / cli.cpuMs;
  for (const [index, peer] of peers.entries()) console.log(`throughput ours/${peer.name}: ${(ours / (peerSpeeds[index]!.bytes / peerSpeeds[index]!.cpuMs)).toFixed(2)}x`);
  console.log(`\n${overhead}`);
  console.log(guardCpu);
  console.log(`\nRecall columns: ${half === 'held' ? 'held-back' : 'development'} half of the faker set (scripts/eval/privacy; --held for the other); every tool is scored on every label.`);
}

await main();
