/**
 * The handbook-search misses of a labelled routing set's development half, for reading:
 *
 *   npx tsx scripts/eval/routing-misses.ts scripts/eval/routing-third.jsonl [more sets…]
 *
 * Runs `tandem route --evaluate FILE --split dev --json` and prints, per set, the company questions
 * on the wrong side of the "not found" line and the answerable ones whose page is not first, with
 * the page found instead. Only the development half is ever scored here: the held-back half stays
 * unread until the final scoring.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Miss {
  text: string;
  answerable: boolean;
  confidence?: number;
  found: boolean;
  page?: string;
  pageRank?: number;
}

interface Report {
  split: string;
  score: { retrievalMisses: Miss[]; pages: { total: number; first: number; top3: number; falseNotFound: number }; unanswerable: { total: number; cleared: number } };
}

const TANDEM = fileURLToPath(new URL('../../bin/tandem.mjs', import.meta.url));

function devReport(file: string): Report {
  const output = execFileSync(process.execPath, [TANDEM, 'route', '--evaluate', file, '--split', 'dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const parsed = JSON.parse(output) as { reports: Report[] };
  const report = parsed.reports.find((entry) => entry.split === 'dev');
  if (!report) throw new Error(`${file}: no development split`);
  return report;
}

function describeMiss(miss: Miss): string {
  const where = miss.answerable ? (miss.pageRank === undefined ? 'page not in results' : `page at ${miss.pageRank}`) : 'unanswerable';
  const line = miss.found ? 'above line' : 'below line';
  return `  ${where.padEnd(20)}${line.padEnd(12)}${(miss.confidence ?? 0).toFixed(3)}  ${miss.page ?? '-'}  ${JSON.stringify(miss.text)}`;
}

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: npx tsx scripts/eval/routing-misses.ts SET.jsonl [SET.jsonl…]');
for (const file of files) {
  const { score } = devReport(file);
  console.log(`${file} (dev): page 1st ${score.pages.first}, top 3 ${score.pages.top3}, false not-found ${score.pages.falseNotFound}, unanswerable cleared ${score.unanswerable.cleared}/${score.unanswerable.total}`);
  for (const miss of score.retrievalMisses) console.log(describeMiss(miss));
}
