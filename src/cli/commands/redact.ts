/** `tandem redact`: show what the privacy guard finds in a text, with typed masks and offsets. */
import { redact, warmGuard } from '../../router/privacy/index.ts';
import { UsageError } from '../../errors.ts';
import { writeLine, type CliIo } from '../io.ts';
import { readInputMessages } from '../message-input.ts';
import type { GlobalOptions } from '../runtime.ts';

export interface RedactOptions {
  json?: boolean;
  jsonl?: boolean;
  names?: string;
  stats?: boolean;
}

export async function runRedact(io: CliIo, _globals: GlobalOptions, words: string[], options: RedactOptions): Promise<void> {
  const texts = (await readInputMessages(words, options.jsonl, io)).map((message) => message.text);
  if (texts.every((text) => text.trim() === '')) throw new UsageError('Give a text to redact, e.g. tandem redact "mail jane@example.com"');
  const memberNames = options.names ? options.names.split(',').map((name) => name.trim()).filter(Boolean) : [];
  const warmStart = process.cpuUsage();
  // Lazy tables (word list, phone metadata, lexicon) load once, before the first text.
  warmGuard();
  const warmMicros = cpuMicrosSince(warmStart);
  const perText: number[] = [];
  const cpuPerText: number[] = [];
  let bytes = 0;
  for (const text of texts) {
    // CPU time of the guard alone (not the writes), and the same span on the monotonic clock.
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = redact(text, { memberNames });
    perText.push(performance.now() - start);
    cpuPerText.push(cpuMicrosSince(cpuStart) / 1000);
    bytes += Buffer.byteLength(text);
    // Offsets refer to the input text; values are never printed, only their types and places.
    const entities = result.entities.map((entity) => ({ type: entity.type, start: entity.start, end: entity.end, ...(entity.secretKind ? { secretKind: entity.secretKind } : {}) }));
    writeLine(io.stdout, options.json || options.jsonl ? JSON.stringify({ text: result.text, entities }) : result.text);
  }
  if (options.stats) writeLine(io.stderr, `redact stats: ${JSON.stringify(describeStats(perText, cpuPerText, bytes, warmMicros))}`);
}

function cpuMicrosSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/**
 * p50/p99 per text on the monotonic clock (as before), and the same on the CPU clock: on a shared machine
 * the wall-clock tail is mostly time spent waiting for a core, which the CPU figures leave out.
 */
function describeStats(perTextMs: number[], cpuPerTextMs: number[], bytes: number, warmMicros: number): Record<string, number> {
  const wall = percentiles(perTextMs);
  const cpu = percentiles(cpuPerTextMs);
  const cpuMs = cpuPerTextMs.reduce((sum, value) => sum + value, 0);
  return { texts: perTextMs.length, bytes, cpuMs, warmUpCpuMs: warmMicros / 1000, p50Ms: wall.p50, p99Ms: wall.p99, cpuP50Ms: cpu.p50, cpuP99Ms: cpu.p99 };
}

function percentiles(values: readonly number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((left, right) => left - right);
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}
