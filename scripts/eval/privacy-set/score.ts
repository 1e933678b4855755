/**
 * Scores the privacy guard on one evaluation set (a folder holding `labelled.jsonl` and
 * `pii-free.jsonl`) with the second set's measure: a labelled value counts as caught when every
 * letter and digit of it lies inside some redacted span (of any type); a PII-free message counts as
 * altered when the guard redacted anything in it. Each set's `score.ts` calls `scorePrivacySet`, so
 * the sets are measured by the same code and their figures compare.
 */
import { redact } from '../../../src/router/privacy/index.ts';
import {
  loadLabelledFrom,
  loadPiiFreeFrom,
  startOfValue,
  VALUE_TYPES,
  type Half,
  type LabelledMessage,
  type PiiFreeMessage,
} from './load.ts';

interface Span {
  start: number;
  end: number;
  type: string;
}

interface Options {
  half: Half;
  misses: boolean;
}

function parseArgs(argv: string[]): Options {
  const at = argv.indexOf('--half');
  const half = at >= 0 ? argv[at + 1] : undefined;
  if (half !== 'dev' && half !== 'held') {
    throw new Error('usage: score.ts --half dev|held [--misses]');
  }
  return { half, misses: argv.includes('--misses') };
}

async function spansOf(text: string): Promise<Span[]> {
  const result = await redact(text);
  return result.entities.map((entity) => ({ start: entity.start, end: entity.end, type: entity.type }));
}

/** Caught when no letter or digit of the value is left outside every redacted span. */
function isCaught(start: number, value: string, spans: Span[]): boolean {
  for (let offset = 0; offset < value.length; offset += 1) {
    if (!/[\p{L}\p{N}]/u.test(value[offset] ?? '')) continue;
    const at = start + offset;
    if (!spans.some((span) => span.start <= at && at < span.end)) return false;
  }
  return true;
}

const oneLine = (text: string): string => text.replaceAll('\n', ' ⏎ ');
const ratio = (part: number, whole: number): string => (whole === 0 ? '  n/a' : (part / whole).toFixed(3));

async function scoreLabelled(messages: LabelledMessage[], misses: boolean): Promise<void> {
  const tally = new Map<string, { caught: number; total: number }>();
  for (const message of messages) {
    const spans = await spansOf(message.text);
    for (const value of message.values) {
      const start = startOfValue(message.text, value);
      if (start < 0) throw new Error(`${message.id}: "${value.text}" is not in its text`);
      const caught = isCaught(start, value.text, spans);
      const count = tally.get(value.type) ?? { caught: 0, total: 0 };
      tally.set(value.type, { caught: count.caught + (caught ? 1 : 0), total: count.total + 1 });
      if (misses && !caught) console.log(`  miss ${message.id} ${value.type} "${value.text}" in: ${oneLine(message.text)}`);
    }
  }
  let caught = 0;
  let total = 0;
  console.log('recall by type');
  for (const type of VALUE_TYPES) {
    const count = tally.get(type);
    if (!count) continue;
    caught += count.caught;
    total += count.total;
    console.log(`  ${type.padEnd(14)} ${ratio(count.caught, count.total)}  (${count.caught}/${count.total})`);
  }
  const person = tally.get('PERSON') ?? { caught: 0, total: 0 };
  console.log(`PERSON recall   ${ratio(person.caught, person.total)}  (${person.caught}/${person.total})`);
  console.log(`overall recall  ${ratio(caught, total)}  (${caught}/${total})`);
}

async function scorePiiFree(messages: PiiFreeMessage[], misses: boolean): Promise<void> {
  let altered = 0;
  for (const message of messages) {
    const spans = await spansOf(message.text);
    if (spans.length === 0) continue;
    altered += 1;
    if (!misses) continue;
    const found = spans.map((span) => `${span.type} "${message.text.slice(span.start, span.end)}"`).join(', ');
    console.log(`  altered ${message.id}: ${found} in: ${oneLine(message.text)}`);
  }
  console.log(`PII-free messages altered  ${ratio(altered, messages.length)}  (${altered}/${messages.length})`);
}

/** Prints the set's figures for the half named in `argv` (`--half dev|held [--misses]`). */
export async function scorePrivacySet(folder: string, setName: string, argv: string[]): Promise<void> {
  const { half, misses } = parseArgs(argv);
  const labelled = loadLabelledFrom(folder).filter((message) => message.split === half);
  console.log(`${setName} privacy set, ${half} half: ${labelled.length} labelled messages`);
  await scoreLabelled(labelled, misses);
  await scorePiiFree(
    loadPiiFreeFrom(folder).filter((message) => message.split === half),
    misses,
  );
}
