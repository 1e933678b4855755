/**
 * Retrieval benchmark: tandem's FTS5 BM25 against minisearch, on the same chunks, in one process.
 *
 *   npx tsx scripts/bench/retrieval.ts [--sizes 1000,10000,100000] [--queries 300] [--json]
 *
 * For each size a deterministic synthetic corpus is generated (seeded PRNG; Zipf-distributed words;
 * Markdown files of ten sections of 100–160 words, one chunk per section) and written to a
 * temporary folder. Each query has a planted target: three rare words put into one random chunk, queried
 * together with one common word. Measured:
 *  - ingest: files → parsed, chunked, tokenised, inserted and FTS-indexed, into a temporary file
 *    database (WAL, as in production), without embeddings;
 *  - query latency p50/p95/p99 of the full `retrieve()` (query analysis, BM25 in SQL with the
 *    channel filter, chunk loading, confidence) vs minisearch's `search()`;
 *  - recall@5 of the planted targets for both, and how often both put the same chunk first.
 * Temporary files are deleted afterwards.
 */
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prng, vocabulary, zipfSampler } from './corpus.ts';
import MiniSearch from 'minisearch';
import { openDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';

const SECTIONS_PER_DOCUMENT = 10;
const SCOPE = { channelId: 'C-BENCH', channelName: 'bench', isDirect: false };

interface Corpus {
  documents: string[][];
  /** Per query: the words asked, and the (document, section) holding the planted answer. */
  queries: Array<{ text: string; document: number; section: number }>;
}

interface SizeReport {
  chunks: number;
  ingestSeconds: number;
  chunksPerSecond: number;
  databaseMb: number;
  tandem: Latency & { recallAt5: number };
  minisearch: Latency & { recallAt5: number; buildSeconds: number };
  sameTopHit: number;
}

interface Latency { p50: number; p95: number; p99: number }

function generateCorpus(chunks: number, queryCount: number, seed: number): Corpus {
  const random = prng(seed);
  const words = vocabulary();
  const sample = zipfSampler(random, words.length);
  const phrase = (count: number) => Array.from({ length: count }, () => words[sample()]!).join(' ');
  const documentCount = Math.ceil(chunks / SECTIONS_PER_DOCUMENT);
  const bodies = Array.from({ length: documentCount }, (_, document) =>
    Array.from({ length: Math.min(SECTIONS_PER_DOCUMENT, chunks - document * SECTIONS_PER_DOCUMENT) }, () => phrase(100 + Math.floor(random() * 60)).split(' ')),
  );
  const queries: Corpus['queries'] = [];
  const used = new Set<string>();
  while (queries.length < Math.min(queryCount, chunks)) {
    const document = Math.floor(random() * documentCount);
    const section = Math.floor(random() * bodies[document]!.length);
    if (used.has(`${document}/${section}`)) continue;
    used.add(`${document}/${section}`);
    const rare = Array.from({ length: 3 }, () => words[3_000 + Math.floor(random() * 27_000)]!);
    const body = bodies[document]![section]!;
    for (const word of rare) body[Math.floor(random() * body.length)] = word;
    queries.push({ text: [...rare, words[100 + Math.floor(random() * 900)]].join(' '), document, section });
  }
  const documents = bodies.map((sections, document) => [
    `# ${phrase(3)} ${document}`,
    ...sections.map((body) => `## ${phrase(2)}\n\n${body.join(' ')}`),
  ]);
  return { documents, queries };
}

function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function benchSize(size: number, queryCount: number): Promise<SizeReport> {
  const corpus = generateCorpus(size, queryCount, 20_260_101 + size);
  const root = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  try {
    const folder = join(root, 'corpus');
    corpus.documents.forEach((document, index) => {
      const directory = join(folder, `part-${Math.floor(index / 1000)}`);
      mkdirSync(directory, { recursive: true });
      writeFileSync(join(directory, `doc-${index}.md`), `${document.join('\n\n')}\n`);
    });
    const database = openDatabase(join(root, 'bench.db'));
    try {
      const knowledge = new KnowledgeBase({ database });
      const started = performance.now();
      // The same lifecycle as `tandem ingest PATH`: registered as a source, then indexed.
      const { summary } = await knowledge.addSource({ path: folder, name: 'bench' });
      const ingestSeconds = (performance.now() - started) / 1000;
      const targets = targetChunkIds(database, corpus);
      const tandem = await measureTandem(knowledge, corpus, targets);
      const mini = measureMinisearch(database, corpus, targets);
      const sameTopHit = tandem.top.filter((id, index) => id !== undefined && id === mini.top[index]).length / corpus.queries.length;
      database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      return {
        chunks: summary.chunks,
        ingestSeconds: round(ingestSeconds),
        chunksPerSecond: Math.round(summary.chunks / ingestSeconds),
        databaseMb: round(statSync(join(root, 'bench.db')).size / 1024 / 1024),
        tandem: { ...tandem.latency, recallAt5: round(tandem.recall) },
        minisearch: { ...mini.latency, recallAt5: round(mini.recall), buildSeconds: round(mini.buildSeconds) },
        sameTopHit: round(sameTopHit),
      };
    } finally {
      database.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function targetChunkIds(database: ReturnType<typeof openDatabase>, corpus: Corpus): number[] {
  const find = database.sqlite.prepare<[string, number], { id: number }>(
    'SELECT c.id FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id WHERE d.source_path = ? AND c.ordinal = ?',
  );
  return corpus.queries.map((query) => find.get(`bench/part-${Math.floor(query.document / 1000)}/doc-${query.document}.md`, query.section)?.id ?? -1);
}

async function measureTandem(knowledge: KnowledgeBase, corpus: Corpus, targets: number[]) {
  for (const query of corpus.queries.slice(0, 20)) await knowledge.retrieve(query.text, SCOPE);
  const times: number[] = [];
  const top: Array<number | undefined> = [];
  let found = 0;
  for (const [index, query] of corpus.queries.entries()) {
    const started = performance.now();
    const result = await knowledge.retrieve(query.text, SCOPE, { limit: 5 });
    times.push(performance.now() - started);
    top.push(result.chunks[0]?.chunkId);
    if (result.chunks.some((chunk) => chunk.chunkId === targets[index])) found++;
  }
  return { latency: percentiles(times), recall: found / corpus.queries.length, top };
}

function measureMinisearch(database: ReturnType<typeof openDatabase>, corpus: Corpus, targets: number[]) {
  const rows = database.sqlite.prepare('SELECT id, heading_path AS heading, text FROM knowledge_chunks').all() as Array<{ id: number; heading: string; text: string }>;
  const index = new MiniSearch<{ id: number; heading: string; text: string }>({ fields: ['heading', 'text'], storeFields: [] });
  const started = performance.now();
  index.addAll(rows);
  const buildSeconds = (performance.now() - started) / 1000;
  const search = (text: string) => index.search(text, { boost: { heading: 3 }, combineWith: 'OR' }).slice(0, 5);
  for (const query of corpus.queries.slice(0, 20)) search(query.text);
  const times: number[] = [];
  const top: Array<number | undefined> = [];
  let found = 0;
  for (const [position, query] of corpus.queries.entries()) {
    const begun = performance.now();
    const hits = search(query.text);
    times.push(performance.now() - begun);
    top.push(hits[0]?.id as number | undefined);
    if (hits.some((hit) => hit.id === targets[position])) found++;
  }
  return { latency: percentiles(times), recall: found / corpus.queries.length, top, buildSeconds };
}

function printTable(reports: SizeReport[]): void {
  const header = ['chunks', 'ingest s', 'chunks/s', 'db MB', 'tandem p50/p95/p99 ms', 'minisearch p50/p95/p99 ms', 'p95 ratio mini/tandem', 'mini build s', 'recall@5 tandem', 'recall@5 mini', 'same top hit'];
  const lines = reports.map((report) => [
    report.chunks,
    report.ingestSeconds,
    report.chunksPerSecond,
    report.databaseMb,
    `${report.tandem.p50} / ${report.tandem.p95} / ${report.tandem.p99}`,
    `${report.minisearch.p50} / ${report.minisearch.p95} / ${report.minisearch.p99}`,
    `${round(report.minisearch.p95 / Math.max(report.tandem.p95, 0.001))}×`,
    report.minisearch.buildSeconds,
    report.tandem.recallAt5,
    report.minisearch.recallAt5,
    report.sameTopHit,
  ].map(String));
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, queries: { type: 'string', default: '300' }, json: { type: 'boolean', default: false } } });
  const sizes = values.sizes.split(',').map((size) => Number.parseInt(size.trim(), 10)).filter((size) => size > 0);
  const reports: SizeReport[] = [];
  for (const size of sizes) {
    if (!values.json) console.error(`benchmarking ${size} chunks…`);
    reports.push(await benchSize(size, Number.parseInt(values.queries, 10)));
  }
  if (values.json) console.log(JSON.stringify(reports, null, 2));
  else printTable(reports);
}

// `| head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

await main();
