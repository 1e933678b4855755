/**
 * Scores the privacy guard on the faker-built evaluation set.
 *
 *   npm run eval:privacy -- --half dev [--misses]
 *   npm run eval:privacy -- --half held
 *
 * A labelled value counts as caught when every letter and digit of it lies inside some redacted span
 * (of any type: what matters is that it does not leave). Precision: redacted spans that overlap a
 * labelled value, over all redacted spans. Over-redaction: PII-free messages the guard changed at all.
 */
import { redact } from '../../../src/router/privacy/index.ts';
import { generateEvalSet, type EvalMessage, type EvalSpan, type Half } from './generate.ts';
import type { EvalLabel } from './slot-values.ts';

interface Span {
  start: number;
  end: number;
}

const GROUPS: ReadonlyArray<{ name: string; types: readonly EvalLabel[]; target?: number }> = [
  { name: 'cards+phones+emails+IBANs+SSNs+IPs', types: ['CREDIT_CARD', 'PHONE', 'EMAIL', 'IBAN', 'US_SSN', 'IP_ADDRESS'], target: 0.95 },
  { name: 'person names', types: ['PERSON'], target: 0.9 },
  { name: 'addresses + postcodes', types: ['ADDRESS'], target: 0.85 },
  { name: 'dates of birth', types: ['DATE_OF_BIRTH'] },
  { name: 'passports, licences, national ids', types: ['ID_NUMBER'] },
  { name: 'secrets', types: ['SECRET'] },
];

export interface EvalScore {
  caught: Map<EvalLabel, { caught: number; total: number }>;
  predicted: number;
  predictedOnLabels: number;
  cleanMessages: number;
  cleanAltered: number;
  misses: Array<{ message: EvalMessage; span: EvalSpan }>;
  falsePositives: Array<{ message: EvalMessage; span: Span }>;
}

export function scoreHalf(messages: readonly EvalMessage[], detect: (text: string) => Span[]): EvalScore {
  const score: EvalScore = { caught: new Map(), predicted: 0, predictedOnLabels: 0, cleanMessages: 0, cleanAltered: 0, misses: [], falsePositives: [] };
  for (const message of messages) {
    const predicted = detect(message.text);
    if (message.family === 'clean') {
      score.cleanMessages += 1;
      if (predicted.length > 0) score.cleanAltered += 1;
    }
    for (const span of predicted) {
      score.predicted += 1;
      if (message.spans.some((label) => label.start < span.end && span.start < label.end)) score.predictedOnLabels += 1;
      else score.falsePositives.push({ message, span });
    }
    for (const label of message.spans) {
      const entry = score.caught.get(label.type) ?? { caught: 0, total: 0 };
      entry.total += 1;
      if (isCovered(message.text, label, predicted)) entry.caught += 1;
      else score.misses.push({ message, span: label });
      score.caught.set(label.type, entry);
    }
  }
  return score;
}

function isCovered(text: string, label: Span, predicted: readonly Span[]): boolean {
  for (let index = label.start; index < label.end; index += 1) {
    if (!/[\p{L}\p{N}]/u.test(text[index] ?? '')) continue;
    if (!predicted.some((span) => span.start <= index && index < span.end)) return false;
  }
  return true;
}

export function groupRecall(score: EvalScore, types: readonly EvalLabel[]): { caught: number; total: number } {
  let caught = 0;
  let total = 0;
  for (const type of types) {
    caught += score.caught.get(type)?.caught ?? 0;
    total += score.caught.get(type)?.total ?? 0;
  }
  return { caught, total };
}

export function describeScore(half: Half, score: EvalScore, messageCount: number): string {
  const lines = [`Privacy guard on the ${half === 'dev' ? 'development' : 'held-back'} half — ${messageCount} messages`];
  for (const group of GROUPS) {
    const { caught, total } = groupRecall(score, group.types);
    const recall = total === 0 ? NaN : caught / total;
    const target = group.target === undefined ? '' : `  (target ≥ ${group.target.toFixed(2)})`;
    lines.push(`  recall ${group.name.padEnd(36)} ${recall.toFixed(3)}  ${caught}/${total}${target}`);
  }
  const precision = score.predicted === 0 ? NaN : score.predictedOnLabels / score.predicted;
  lines.push(`  precision (spans on a labelled value)        ${precision.toFixed(3)}  ${score.predictedOnLabels}/${score.predicted}`);
  const altered = score.cleanAltered / Math.max(1, score.cleanMessages);
  lines.push(`  PII-free messages altered                    ${(100 * altered).toFixed(1)} %  ${score.cleanAltered}/${score.cleanMessages}  (target ≤ 10 %)`);
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const half = (args[args.indexOf('--half') + 1] ?? 'dev') as Half;
  if (half !== 'dev' && half !== 'held') throw new Error('--half is dev or held');
  const messages = generateEvalSet(half);
  const score = scoreHalf(messages, (text) => redact(text).entities);
  console.log(describeScore(half, score, messages.length));
  if (args.includes('--misses')) {
    for (const { message, span } of score.misses) console.log(`MISS ${span.type} ${JSON.stringify(message.text.slice(span.start, span.end))} in ${JSON.stringify(message.text)}`);
    for (const { message, span } of score.falsePositives) console.log(`EXTRA ${JSON.stringify(message.text.slice(span.start, span.end))} in ${JSON.stringify(message.text)}`);
  }
}

if (process.argv[1]?.endsWith('score.ts')) main();
