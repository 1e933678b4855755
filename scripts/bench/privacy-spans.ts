/**
 * Span snapshot for guard speed work: a rewrite for speed must find exactly the same spans.
 *
 *   npx tsx scripts/bench/privacy-spans.ts --write /tmp/spans.json   # texts + the guard's spans now
 *   npx tsx scripts/bench/privacy-spans.ts --check /tmp/spans.json   # same texts again; exits 1 on any difference
 *
 * Texts: both halves of both faker evaluation sets, both PII-free sets, the 5,000 benchmark messages and
 * the labelled bench corpus (with its member directory). The texts are stored in the snapshot, so a
 * later README edit (one PII-free source) does not change what is compared. Only spans are compared,
 * never scored against labels.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateEvalSet } from '../eval/privacy/generate.ts';
import { buildPiiFreeSet } from '../eval/privacy/pii-free-set.ts';
import { generateSecondSet } from '../eval/privacy-second/generate.ts';
import { loadPiiFreeSet } from '../eval/privacy-second/pii-free-set.ts';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { generatePrivacyCorpus } from '../../test/privacy/fixtures/labelled-corpus.ts';
import { MEMBER_NAMES } from '../../test/privacy/fixtures/corpus-values.ts';
import { buildBenchMessages } from './privacy-messages.ts';

interface Sample {
  text: string;
  members: boolean;
}

interface Snapshot {
  samples: Sample[];
  spans: string[];
}

function collectSamples(): Sample[] {
  const plain = (text: string): Sample => ({ text, members: false });
  return [
    ...generateEvalSet('dev').map((message) => plain(message.text)),
    ...generateEvalSet('held').map((message) => plain(message.text)),
    ...generateSecondSet('dev').map((message) => plain(message.text)),
    ...generateSecondSet('held').map((message) => plain(message.text)),
    ...buildPiiFreeSet().map((message) => plain(message.text)),
    ...loadPiiFreeSet('dev').map((message) => plain(message.text)),
    ...loadPiiFreeSet('held').map((message) => plain(message.text)),
    ...buildBenchMessages().map(plain),
    ...generatePrivacyCorpus().map((message) => ({ text: message.text, members: true })),
  ];
}

function spansOf(sample: Sample): string {
  const entities = detectEntities(sample.text, sample.members ? { memberNames: MEMBER_NAMES } : undefined);
  return entities.map((entity) => `${entity.type}${entity.secretKind ? `/${entity.secretKind}` : ''}@${entity.start}-${entity.end}`).join(' ');
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== '--write' && mode !== '--check') || file === undefined) {
    console.error('usage: privacy-spans.ts --write FILE | --check FILE');
    process.exit(2);
  }
  if (mode === '--write') {
    const samples = collectSamples();
    writeFileSync(file, JSON.stringify({ samples, spans: samples.map(spansOf) } satisfies Snapshot));
    console.log(`wrote the spans of ${samples.length} texts to ${file}`);
    return;
  }
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  let differences = 0;
  snapshot.samples.forEach((sample, index) => {
    const now = spansOf(sample);
    if (now === snapshot.spans[index]) return;
    differences += 1;
    if (differences <= 10) console.log(`#${index}: ${JSON.stringify(sample.text.slice(0, 160))}\n  before: ${snapshot.spans[index]}\n  now:    ${now}`);
  });
  console.log(`${differences} of ${snapshot.samples.length} texts differ`);
  if (differences > 0) process.exit(1);
}

main();
