/**
 * What the index check costs a one-shot command on a large, unchanged knowledge base.
 *
 *   npx tsx scripts/bench/knowledge-freshness.ts [--files 15000] [--passages 100000] [--asks 3] [--json] [--keep DIR]
 *
 * Builds a deterministic synthetic corpus (seeded PRNG; Markdown files in folders of 100, one
 * passage per `##` section) in a temporary workspace, registers it with `tandem ingest ./corpus`
 * exactly as a person would, then runs `tandem --verbose ask --local "…"` as separate processes
 * (retrieval-only: no model is reachable, so model time does not dilute the share). Each ask's wall
 * time is measured from outside; the time spent bringing the index up to date — registering the
 * configuration and the freshness check (one stat per file, re-hashing only what changed) — is
 * read from tandem's own debug line. Also reported: the check after touching one file (re-hash of
 * that file only, and the stale-index note). Temporary files are deleted afterwards, unless --keep
 * DIR names a workspace to build once and reuse.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TANDEM = fileURLToPath(new URL('../../bin/tandem.mjs', import.meta.url));
const FILES_PER_FOLDER = 100;

/** mulberry32: the corpus is identical on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(random: () => number): string[] {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'to', 'sha', 'vel', 'dor', 'pi', 'nu', 'gar', 'es', 'tin', 'bo', 'ra', 'lek'];
  return Array.from({ length: 4_000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
}

function writeCorpus(folder: string, files: number, passages: number): number {
  const random = prng(20_261_202);
  const vocabulary = words(random);
  const phrase = (count: number) => Array.from({ length: count }, () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)]).join(' ');
  let bytes = 0;
  for (let index = 0; index < files; index++) {
    const sections = Math.floor(passages / files) + (index < passages % files ? 1 : 0);
    const text = [`# ${phrase(3)}`, ...Array.from({ length: sections }, () => `## ${phrase(2)}\n\n${phrase(80 + Math.floor(random() * 40))}`)].join('\n\n');
    const directory = join(folder, `part-${Math.floor(index / FILES_PER_FOLDER)}`);
    if (index % FILES_PER_FOLDER === 0) mkdirSync(directory, { recursive: true });
    const file = join(directory, `doc-${index}.md`);
    writeFileSync(file, `${text}\n`);
    // Settled files, as on a real disk: written well before the index is built.
    const past = new Date(Date.now() - 86_400_000);
    utimesSync(file, past, past);
    bytes += Buffer.byteLength(text) + 1;
  }
  return bytes;
}

function tandem(cwd: string, args: string[]): { ms: number; stdout: string; stderr: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [TANDEM, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TANDEM_DB: join(cwd, 'tandem.db'), TANDEM_CONFIG: join(cwd, 'tandem.config.yaml'), OLLAMA_HOST: 'http://127.0.0.1:9' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`tandem ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { ms, stdout: run.stdout, stderr: run.stderr };
}

function checkMs(stderr: string): number {
  const line = stderr.split('\n').find((entry) => entry.includes('knowledge index check'));
  const match = line && /"durationMs":([\d.]+)/.exec(line);
  if (!match) throw new Error(`no index-check line in the output (run with --verbose):\n${stderr}`);
  return Number(match[1]);
}

function main(): void {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '15000' }, passages: { type: 'string', default: '100000' }, asks: { type: 'string', default: '3' }, json: { type: 'boolean', default: false }, keep: { type: 'string' } } });
  const files = Number(values.files);
  const passages = Number(values.passages);
  const cwd = values.keep ?? mkdtempSync(join(tmpdir(), 'tandem-freshness-'));
  const reuse = values.keep !== undefined && existsSync(join(cwd, 'tandem.db'));
  try {
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'tandem.config.yaml'), 'knowledge:\n  includeSample: false\n');
    const bytes = reuse ? 0 : writeCorpus(join(cwd, 'corpus'), files, passages);
    const ingest = tandem(cwd, ['ingest', '--json', './corpus']);
    const indexed = JSON.parse(ingest.stdout) as { chunks: number };
    const asks = Array.from({ length: Number(values.asks) }, () => tandem(cwd, ['--verbose', 'ask', '--local', 'where is the gardo kalo renshati policy?']));
    const unchanged = asks.map((run) => ({ totalMs: run.ms, checkMs: checkMs(run.stderr), stale: run.stderr.includes('older than its files') }));
    const touched = join(cwd, 'corpus', 'part-0', 'doc-0.md');
    const original = readFileSync(touched);
    writeFileSync(touched, '# Changed\n\nThis page changed after the index was built.\n');
    const afterChange = tandem(cwd, ['--verbose', 'ask', '--local', 'where is the gardo kalo renshati policy?']);
    writeFileSync(touched, original);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const report = {
      files,
      passages: indexed.chunks,
      corpusMb: Math.round((bytes / 1024 / 1024) * 10) / 10,
      databaseMb: Math.round((statSync(join(cwd, 'tandem.db')).size / 1024 / 1024) * 10) / 10,
      ingestSeconds: Math.round(ingest.ms / 100) / 10,
      askMs: Math.round(median(unchanged.map((run) => run.totalMs))),
      checkMs: Math.round(median(unchanged.map((run) => run.checkMs))),
      checkShare: Math.round((median(unchanged.map((run) => run.checkMs)) / median(unchanged.map((run) => run.totalMs))) * 1000) / 1000,
      unchangedReportedStale: unchanged.some((run) => run.stale),
      afterOneChange: { askMs: Math.round(afterChange.ms), checkMs: Math.round(checkMs(afterChange.stderr)), noted: afterChange.stderr.includes('older than its files') },
    };
    if (values.json) {
      console.log(JSON.stringify(report));
      return;
    }
    console.log(`${report.files} files, ${report.passages} passages (${report.corpusMb} MB of Markdown; database ${report.databaseMb} MB), ingested in ${report.ingestSeconds} s.`);
    console.log(`tandem ask on the unchanged index: ${report.askMs} ms (median of ${unchanged.length}), of which the index check ${report.checkMs} ms = ${(report.checkShare * 100).toFixed(1)} %.${report.unchangedReportedStale ? ' (reported stale: unexpected)' : ''}`);
    console.log(`After changing one file: ask ${report.afterOneChange.askMs} ms, index check ${report.afterOneChange.checkMs} ms, stale-index note ${report.afterOneChange.noted ? 'shown' : 'MISSING'}.`);
  } finally {
    if (!values.keep) rmSync(cwd, { recursive: true, force: true });
  }
}

main();
