/**
 * The peers, timed in the benchmark's own process on the same input as tandem: minisearch on the
 * same passages and questions, redact-pii and openredaction on the same chat messages. CPU time
 * (process.cpuUsage) around each call, the same clock tandem's stamps use.
 *
 * Offline by construction: fetch throws, redact-pii is loaded through its built-in redactors only
 * (its index also loads a Google DLP client), openredaction runs with learning (its file writer) off.
 */
import MiniSearch from 'minisearch';
import { OpenRedaction } from 'openredaction';
import compositeModule from 'redact-pii/lib/SyncCompositeRedactor.js';
import type { BenchCorpus } from './corpus.ts';

globalThis.fetch = () => Promise.reject(new Error('network access is disabled in the benchmark'));

export interface PeerLatency {
  cpuMs: number[];
  recallAt5: number;
}

function cpuMsOf(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function cpuMsOfAsync(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

interface Passage {
  id: number;
  heading: string;
  text: string;
  key: string;
}

function passages(corpus: BenchCorpus): Passage[] {
  const all: Passage[] = [];
  for (const [file, markdown] of corpus.files) {
    markdown.split('\n## ').slice(1).forEach((section, index) => {
      const [heading = '', ...body] = section.split('\n');
      all.push({ id: all.length, heading, text: body.join('\n').trim(), key: `${file}#${index}` });
    });
  }
  return all;
}

/** minisearch with the same heading boost as tandem (3×), OR semantics, top 5. */
export function minisearchLatency(corpus: BenchCorpus, warmUp: number): PeerLatency {
  const all = passages(corpus);
  const index = new MiniSearch<Passage>({ fields: ['heading', 'text'], storeFields: ['key'] });
  index.addAll(all);
  const search = (text: string) => index.search(text, { boost: { heading: 3 }, combineWith: 'OR' }).slice(0, 5);
  for (const question of corpus.questions.slice(0, warmUp)) search(question.text);
  const cpuMs: number[] = [];
  let found = 0;
  for (const question of corpus.questions.slice(warmUp)) {
    let hits: ReturnType<typeof search> = [];
    cpuMs.push(cpuMsOf(() => (hits = search(question.text))));
    if (hits.some((hit) => hit.key === `${question.file}#${question.section}`)) found++;
  }
  return { cpuMs, recallAt5: found / Math.max(1, corpus.questions.length - warmUp) };
}

/** MB per CPU second over all messages (after a short warm-up, as for tandem). */
export async function peerThroughput(messages: readonly string[], warmUp: number): Promise<Record<'redact-pii' | 'openredaction', number>> {
  const bytes = messages.slice(warmUp).reduce((sum, message) => sum + Buffer.byteLength(message), 0);
  const stock = new compositeModule.SyncCompositeRedactor();
  for (const message of messages.slice(0, warmUp)) stock.redact(message);
  let redactPiiMs = 0;
  for (const message of messages.slice(warmUp)) redactPiiMs += cpuMsOf(() => stock.redact(message));
  const openRedaction = new OpenRedaction({ enableLearning: false });
  for (const message of messages.slice(0, warmUp)) await openRedaction.detect(message);
  let openRedactionMs = 0;
  for (const message of messages.slice(warmUp)) openRedactionMs += await cpuMsOfAsync(() => openRedaction.detect(message));
  return { 'redact-pii': megabytesPerSecond(bytes, redactPiiMs), openredaction: megabytesPerSecond(bytes, openRedactionMs) };
}

export function megabytesPerSecond(bytes: number, cpuMs: number): number {
  return bytes / 1_000_000 / (cpuMs / 1000);
}
