/**
 * Builds the labelled privacy evaluation set from the chat templates and faker's locale data.
 * Deterministic: one seed per message, derived from its half, family, template and repetition.
 * Development half: even-numbered templates of each family; held-back half: odd-numbered ones,
 * with their own seeds. Nothing is written to the repository (the secrets are built at run time);
 * `npx tsx scripts/eval/privacy/generate.ts OUT_DIR` writes both halves as JSONL for inspection.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fakers from '@faker-js/faker';
import type { Faker } from '@faker-js/faker';
import { fillSlot, type EvalLabel, type SlotContext } from './slot-values.ts';
import { TEMPLATES, type TemplateFamily } from './templates.ts';

export type Half = 'dev' | 'held';

export interface EvalSpan {
  type: EvalLabel;
  start: number;
  end: number;
}

export interface EvalMessage {
  id: string;
  half: Half;
  family: TemplateFamily;
  locale: string;
  text: string;
  spans: EvalSpan[];
}

/** Message locales: names, phones and e-mails come from these. */
const LOCALES: Readonly<Record<string, Faker>> = {
  en: fakers.fakerEN_US,
  en_GB: fakers.fakerEN_GB,
  de: fakers.fakerDE,
  fr: fakers.fakerFR,
  es: fakers.fakerES,
  it: fakers.fakerIT,
  pt_BR: fakers.fakerPT_BR,
  nl: fakers.fakerNL,
  pl: fakers.fakerPL,
  tr: fakers.fakerTR,
  en_IN: fakers.fakerEN_IN,
  vi: fakers.fakerVI,
  en_AU: fakers.fakerEN_AU,
  sv: fakers.fakerSV,
  en_NG: fakers.fakerEN_NG,
  ro: fakers.fakerRO,
};

/** Scripts other than Latin: Cyrillic, CJK, Hangul, Arabic, Devanagari, Greek, Hebrew, Thai. */
const NATIVE_LOCALES: Readonly<Record<string, Faker>> = {
  ru: fakers.fakerRU,
  uk: fakers.fakerUK,
  ja: fakers.fakerJA,
  zh_CN: fakers.fakerZH_CN,
  ko: fakers.fakerKO,
  ar: fakers.fakerAR,
  ne: fakers.fakerNE,
  el: fakers.fakerEL,
  he: fakers.fakerHE,
  th: fakers.fakerTH,
};

/** The postcode shapes the guard promises: US, UK, DE, FR, CA, IN, AU. */
const ADDRESS_LOCALES: Readonly<Record<string, Faker>> = {
  US: fakers.fakerEN_US,
  GB: fakers.fakerEN_GB,
  DE: fakers.fakerDE,
  FR: fakers.fakerFR,
  CA: fakers.fakerEN_CA,
  IN: fakers.fakerEN_IN,
  AU: fakers.fakerEN_AU,
};

const REPETITIONS: Readonly<Record<TemplateFamily, number>> = {
  names: 14,
  'other-script-names': 20,
  contact: 16,
  payment: 14,
  'government-ids': 14,
  addresses: 20,
  'birth-dates': 16,
  network: 12,
  secrets: 8,
  pasted: 12,
  clean: 16,
};

const HALF_SALT: Readonly<Record<Half, number>> = { dev: 20261202, held: 91120262 };

export function generateEvalSet(half: Half): EvalMessage[] {
  const messages: EvalMessage[] = [];
  for (const family of Object.keys(TEMPLATES) as TemplateFamily[]) {
    TEMPLATES[family].forEach((template, templateIndex) => {
      if ((templateIndex % 2 === 0 ? 'dev' : 'held') !== half) return;
      // A message without slots is the same text every time: count it once.
      const repetitions = template.includes('{') ? REPETITIONS[family] : 1;
      for (let repetition = 0; repetition < repetitions; repetition += 1) {
        const seed = hashSeed(`${HALF_SALT[half]}|${family}|${templateIndex}|${repetition}`);
        messages.push(instantiate(template, seed, { half, family, id: `${half}-${family}-${templateIndex}-${repetition}` }));
      }
    });
  }
  return messages;
}

function instantiate(template: string, seed: number, meta: { half: Half; family: TemplateFamily; id: string }): EvalMessage {
  const locale = pick(Object.keys(LOCALES), seed);
  const nativeLocale = pick(Object.keys(NATIVE_LOCALES), seed >>> 3);
  const addressLocale = pick(Object.keys(ADDRESS_LOCALES), seed >>> 5);
  const context: SlotContext = {
    faker: LOCALES[locale]!,
    nativeFaker: NATIVE_LOCALES[nativeLocale]!,
    nativeLocale,
    addressFaker: ADDRESS_LOCALES[addressLocale]!,
  };
  for (const faker of [context.faker, context.nativeFaker, context.addressFaker]) faker.seed(seed);
  let text = '';
  const spans: EvalSpan[] = [];
  let cursor = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(cursor, match.index);
    const slot = fillSlot(match[1]!, context);
    if (slot.label !== undefined) spans.push({ type: slot.label, start: text.length, end: text.length + slot.value.length });
    text += slot.value;
    cursor = match.index + match[0].length;
  }
  text += template.slice(cursor);
  return { ...meta, locale: `${locale}/${nativeLocale}/${addressLocale}`, text, spans };
}

function pick<T>(values: readonly T[], seed: number): T {
  return values[seed % values.length]!;
}

/** FNV-1a: a stable 31-bit seed from a string. */
function hashSeed(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x7fffffff;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  // Not inside the repository: the messages hold realistic-looking secrets assembled at run time.
  const directory = process.argv[2] ?? join(tmpdir(), 'tandem-privacy-eval');
  mkdirSync(directory, { recursive: true });
  for (const half of ['dev', 'held'] as const) {
    const messages = generateEvalSet(half);
    writeFileSync(join(directory, `${half}.jsonl`), messages.map((message) => JSON.stringify(message)).join('\n') + '\n');
    console.log(`${half}: ${messages.length} messages → ${join(directory, `${half}.jsonl`)}`);
  }
}
