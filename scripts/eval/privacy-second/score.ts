/**
 * Scores the privacy guard on the second evaluation set, with the same measures and grouping as
 * scripts/eval/privacy/score.ts: a labelled value counts as caught when every letter and digit of it
 * lies inside some redacted span (of any type); a PII-free message counts as altered when the guard
 * redacted anything in it.
 *
 *   npm run eval:privacy-second -- --half dev [--misses] [--dump DIR]
 *   npm run eval:privacy-second -- --half held
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from '../../../src/router/privacy/index.ts';
import { generateSecondSet } from './generate.ts';
import type { EvalLabel, EvalMessage, EvalSpan, Half } from './labels.ts';
import { loadPiiFreeSet, type PiiFreeMessage } from './pii-free-set.ts';

interface Span {
  start: number;
  end: number;
}

const GROUPS: ReadonlyArray<{ name: string; types: readonly EvalLabel[] }> = [
  { name: 'cards+phones+emails+IBANs+SSNs+IPs', types: ['CREDIT_CARD', 'PHONE', 'EMAIL', 'IBAN', 'US_SSN', 'IP_ADDRESS'] },
  { name: 'person names', types: ['PERSON'] },
  { name: 'addresses + postcodes', types: ['ADDRESS'] },
  { name: 'dates of birth', types: ['DATE_OF_BIRTH'] },
  { name: 'passports, licences, national ids', types: ['ID_NUMBER'] },
];

interface Tally {
  caught: number;
  total: number;
}

function isCovered(text: string, label: Span, predicted: readonly Span[]): boolean {
  for (let index = label.start; index < label.end; index += 1) {
    if (!/[\p{L}\p{N}]/u.test(text[index] ?? '')) continue;
    if (!predicted.some((span) => span.start <= index && index < span.end)) return false;
  }
  return true;
}

function add(map: Map<string, Tally>, key: string, caught: boolean): void {
  const tally = map.get(key) ?? { caught: 0, total: 0 };
  tally.total += 1;
  if (caught) tally.caught += 1;
  map.set(key, tally);
}

const ratio = ({ caught, total }: Tally): string => `${(total === 0 ? NaN : caught / total).toFixed(3)}  ${caught}/${total}`;

function scoreLabelled(messages: readonly EvalMessage[], showMisses: boolean): string[] {
  const byType = new Map<string, Tally>();
  const byFamily = new Map<string, Tally>();
  const misses: string[] = [];
  for (const message of messages) {
    const predicted = redact(message.text).entities;
    for (const span of message.spans) {
      const caught = isCovered(message.text, span, predicted);
      add(byType, span.type, caught);
      add(byFamily, `${message.family} / ${span.type}`, caught);
      if (!caught) misses.push(describeMiss(message, span));
    }
  }
  const lines = GROUPS.map((group) => {
    const tally = group.types.reduce((sum, type) => ({ caught: sum.caught + (byType.get(type)?.caught ?? 0), total: sum.total + (byType.get(type)?.total ?? 0) }), { caught: 0, total: 0 });
    return `  recall ${group.name.padEnd(36)} ${ratio(tally)}`;
  });
  lines.push('  by label:');
  for (const [type, tally] of [...byType].sort()) lines.push(`    ${type.padEnd(40)} ${ratio(tally)}`);
  lines.push('  by template family:');
  for (const [family, tally] of [...byFamily].sort()) lines.push(`    ${family.padEnd(40)} ${ratio(tally)}`);
  return showMisses ? [...lines, ...misses] : lines;
}

function describeMiss(message: EvalMessage, span: EvalSpan): string {
  return `MISS ${span.type} ${JSON.stringify(message.text.slice(span.start, span.end))} in ${JSON.stringify(message.text)}`;
}

function scorePiiFree(messages: readonly PiiFreeMessage[], showSpans: boolean): string[] {
  let altered = 0;
  const spans: string[] = [];
  for (const message of messages) {
    const { entities } = redact(message.text);
    if (entities.length > 0) altered += 1;
    for (const entity of entities) spans.push(`EXTRA ${entity.type} ${JSON.stringify(message.text.slice(entity.start, entity.end))} [${message.id}] ${JSON.stringify(message.text)}`);
  }
  const line = `  PII-free messages altered                    ${(100 * altered / Math.max(1, messages.length)).toFixed(1)} %  ${altered}/${messages.length}`;
  return showSpans ? [line, ...spans] : [line];
}

function dump(directory: string, half: Half, labelled: readonly EvalMessage[], piiFree: readonly PiiFreeMessage[]): void {
  mkdirSync(directory, { recursive: true });
  const write = (name: string, rows: readonly object[]) => writeFileSync(join(directory, name), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  write(`${half}-labelled.jsonl`, labelled);
  write(`${half}-pii-free.jsonl`, piiFree);
  console.log(`wrote ${labelled.length} labelled and ${piiFree.length} PII-free messages to ${directory}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const halfIndex = args.indexOf('--half');
  const half = halfIndex === -1 ? undefined : args[halfIndex + 1];
  if (half !== 'dev' && half !== 'held') {
    console.error('Say which half to score: --half dev (while working) or --half held (only at the end of a round).');
    process.exitCode = 2;
    return;
  }
  const labelled = generateSecondSet(half);
  const piiFree = loadPiiFreeSet(half);
  const dumpIndex = args.indexOf('--dump');
  if (dumpIndex !== -1) {
    const directory = args[dumpIndex + 1];
    if (directory === undefined) {
      console.error('--dump needs a directory, e.g. --dump /tmp/privacy-second');
      process.exitCode = 2;
      return;
    }
    dump(directory, half, labelled, piiFree);
    return;
  }
  const showMisses = args.includes('--misses');
  console.log(`Privacy guard on the second set, ${half === 'dev' ? 'development' : 'held-back'} half — ${labelled.length} labelled, ${piiFree.length} PII-free messages`);
  for (const line of scoreLabelled(labelled, showMisses)) console.log(line);
  for (const line of scorePiiFree(piiFree, showMisses)) console.log(line);
}

main();
