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
  let bytes = 0;
  let guardMicros = 0;
  for (const text of texts) {
    // CPU time of the guard alone (not the writes); per-text spread from the monotonic clock.
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = redact(text, { memberNames });
    perText.push(performance.now() - start);
    guardMicros += cpuMicrosSince(cpuStart);
    bytes += Buffer.byteLength(text);
    // Offsets refer to the input text; values are never printed, only their types and places.
    const entities = result.entities.map((entity) => ({ type: entity.type, start: entity.start, end: entity.end, ...(entity.secretKind ? { secretKind: entity.secretKind } : {}) }));
    writeLine(io.stdout, options.json || options.jsonl ? JSON.stringify({ text: result.text, entities }) : result.text);
  }
  if (options.stats) writeLine(io.stderr, `redact stats: ${JSON.stringify(describeStats(perText, bytes, guardMicros, warmMicros))}`);
}

function cpuMicrosSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

function describeStats(perTextMs: number[], bytes: number, guardMicros: number, warmMicros: number): Record<string, number> {
  const sorted = [...perTextMs].sort((left, right) => left - right);
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { texts: perTextMs.length, bytes, cpuMs: guardMicros / 1000, warmUpCpuMs: warmMicros / 1000, p50Ms: at(0.5), p99Ms: at(0.99) };
}
