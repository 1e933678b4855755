/**
 * The three detectors the privacy benchmark compares, behind one shape. Each maps its own entity
 * names onto the guard's types where they mean the same thing; anything else is `OTHER` (it still
 * counts for "fully masked", never for a type's precision).
 */
import { OpenRedaction } from 'openredaction';
// Deep imports on purpose: the package index also loads the Google DLP client, which must never run here.
import patternsModule from 'redact-pii/lib/built-ins/simple-regexp-patterns.js';
import nameModule from 'redact-pii/lib/built-ins/NameRedactor.js';
import simpleModule from 'redact-pii/lib/built-ins/SimpleRegexpRedactor.js';
import compositeModule from 'redact-pii/lib/SyncCompositeRedactor.js';
import { detectEntities } from '../../../src/router/privacy/index.ts';
import type { LabelType } from '../fixtures/labelled-corpus.ts';
import { MEMBER_NAMES } from '../fixtures/corpus-values.ts';

export type PredictedType = LabelType | 'OTHER';

export interface PredictedSpan {
  type: PredictedType;
  start: number;
  end: number;
}

export interface ToolAdapter {
  name: string;
  /** Types the tool has a detector for; the others are reported as not covered. */
  covers: ReadonlySet<LabelType>;
  detect(text: string): Promise<PredictedSpan[]>;
  /** What latency and throughput measure: the tool's normal call, nothing of ours around it. */
  run(text: string): Promise<unknown> | unknown;
}

const ALL_TYPES: ReadonlySet<LabelType> = new Set(['PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'URL_CREDENTIALS', 'SECRET']);

export function tandemAdapter(withDirectory: boolean): ToolAdapter {
  const options = withDirectory ? { memberNames: MEMBER_NAMES } : {};
  return {
    name: withDirectory ? 'tandem' : 'tandem (no directory)',
    covers: ALL_TYPES,
    // The old corpus has no labels for the newer classes; they count as OTHER there.
    detect: async (text) => detectEntities(text, options).map(({ type, start, end }) => ({ type: ALL_TYPES.has(type as LabelType) ? (type as LabelType) : 'OTHER', start, end })),
    run: (text) => detectEntities(text, options),
  };
}

export function openRedactionAdapter(): ToolAdapter {
  // Learning off: its default writes a learnings file into the working directory.
  const redactor = new OpenRedaction({ enableLearning: false });
  return {
    name: 'openredaction',
    covers: ALL_TYPES,
    detect: async (text) => (await redactor.detect(text)).detections.map((detection) => ({
      type: mapOpenRedactionType(detection.type),
      start: detection.position[0],
      end: detection.position[1],
    })),
    run: (text) => redactor.detect(text),
  };
}

function mapOpenRedactionType(type: string): PredictedType {
  if (type === 'NAME') return 'PERSON';
  if (type.startsWith('EMAIL')) return 'EMAIL';
  if (type.startsWith('PHONE')) return 'PHONE';
  if (type === 'CREDIT_CARD') return 'CREDIT_CARD';
  if (type.includes('IBAN')) return 'IBAN';
  if (type === 'SSN' || type === 'US_SSN') return 'US_SSN';
  if (type === 'IPV4' || type === 'IPV6' || type === 'IP_ADDRESS') return 'IP_ADDRESS';
  if (type === 'URL_WITH_AUTH' || type === 'DATABASE_CONNECTION') return 'URL_CREDENTIALS';
  if (/(?:TOKEN|SECRET|API_KEY|ACCESS_KEY|PRIVATE_KEY|PASSWORD|WEBHOOK|BEARER)/.test(type) && type !== 'CARD_AUTH_CODE') return 'SECRET';
  return 'OTHER';
}

const REDACT_PII_TYPES: Readonly<Record<string, PredictedType>> = {
  creditCardNumber: 'CREDIT_CARD',
  phoneNumber: 'PHONE',
  ipAddress: 'IP_ADDRESS',
  usSocialSecurityNumber: 'US_SSN',
  emailAddress: 'EMAIL',
  password: 'SECRET',
  credentials: 'SECRET',
  // Its only URL rule masks whole URLs, credentials included; that is the closest it comes.
  url: 'URL_CREDENTIALS',
  names: 'PERSON',
};

/**
 * redact-pii only returns text. For spans, the same built-in redactors run in the library's own order
 * with private-use sentinel tokens, and the output is aligned back onto the input. Latency and
 * throughput use the stock SyncRedactor with default options.
 */
export function redactPiiAdapter(): ToolAdapter {
  const patterns = patternsModule as unknown as Record<string, RegExp>;
  const names = Object.keys(patterns).concat('names');
  const sentinel = (index: number): string => `\uE000${String.fromCharCode(0xe100 + index)}\uE001`;
  const steps = names.map((name, index) =>
    name === 'names'
      ? new nameModule.NameRedactor(sentinel(index))
      : new simpleModule.SimpleRegexpRedactor({ regexpPattern: patterns[name] as RegExp, replaceWith: sentinel(index) }),
  );
  const stock = new compositeModule.SyncCompositeRedactor();
  const covered = new Set(Object.values(REDACT_PII_TYPES).filter((type): type is LabelType => type !== 'OTHER'));
  return {
    name: 'redact-pii',
    covers: covered,
    detect: async (text) => {
      const output = steps.reduce((current, step) => step.redact(current), text);
      return alignSentinels(text, output).map((span) => ({ ...span, type: REDACT_PII_TYPES[names[span.index] ?? ''] ?? 'OTHER' }));
    },
    run: (text) => stock.redact(text),
  };
}

/**
 * Recovers replaced ranges: the literal pieces between sentinels appear in the input in order;
 * each is placed at its earliest occurrence after the previous one, the last one at the very end.
 */
function alignSentinels(input: string, output: string): Array<{ index: number; start: number; end: number }> {
  const pieces = output.split(/\uE000(.)\uE001/);
  const spans: Array<{ index: number; start: number; end: number }> = [];
  let cursor = (pieces[0] ?? '').length;
  for (let piece = 1; piece + 1 < pieces.length; piece += 2) {
    const index = (pieces[piece] ?? '').charCodeAt(0) - 0xe100;
    const literal = pieces[piece + 1] ?? '';
    const isLast = piece + 2 >= pieces.length;
    const found = isLast ? input.length - literal.length : literal === '' ? cursor : input.indexOf(literal, cursor + 1);
    const end = found < cursor ? cursor : found;
    spans.push({ index, start: cursor, end });
    cursor = end + literal.length;
  }
  return spans;
}
