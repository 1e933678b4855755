/**
 * Builds the second labelled privacy evaluation set from templates.ts and faker's locale data.
 * Deterministic: one seed per message from its half, template and repetition. Every third template
 * (index 2, 5, 8, …) belongs to the held-back half, with its own seeds; the rest are the dev half.
 * Nothing is written to the repository: the realistic-looking values are built at run time.
 */
import type { EvalMessage, EvalSpan, Half } from './labels.ts';
import { MESSAGE_LOCALES, NATIVE_LOCALES } from './locales.ts';
import { fillSlot, type SlotContext } from './slots.ts';
import { TEMPLATES, type Template } from './templates.ts';

const REPETITIONS = 9;
const HALF_SALT: Readonly<Record<Half, string>> = { dev: 'second-dev-2026', held: 'second-held-2026' };

export function halfOfTemplate(templateIndex: number): Half {
  return templateIndex % 3 === 2 ? 'held' : 'dev';
}

export function generateSecondSet(half: Half): EvalMessage[] {
  const messages: EvalMessage[] = [];
  TEMPLATES.forEach((template, templateIndex) => {
    if (halfOfTemplate(templateIndex) !== half) return;
    for (let repetition = 0; repetition < REPETITIONS; repetition += 1) {
      const seed = hashSeed(`${HALF_SALT[half]}|${templateIndex}|${repetition}`);
      messages.push(instantiate(template, seed, { half, id: `${half}-t${templateIndex}-${repetition}` }));
    }
  });
  return messages;
}

function instantiate(template: Template, seed: number, meta: { half: Half; id: string }): EvalMessage {
  const localeNames = Object.keys(MESSAGE_LOCALES);
  const nativeNames = Object.keys(NATIVE_LOCALES);
  const locale = localeNames[seed % localeNames.length]!;
  const nativeLocale = nativeNames[(seed >>> 7) % nativeNames.length]!;
  const context: SlotContext = { faker: MESSAGE_LOCALES[locale]!, nativeFaker: NATIVE_LOCALES[nativeLocale]!, nativeLocale };
  context.faker.seed(seed);
  context.nativeFaker.seed(seed >>> 1);
  let text = '';
  const spans: EvalSpan[] = [];
  let cursor = 0;
  for (const match of template.text.matchAll(/\{(\w+(?::\w+)?)\}/g)) {
    text += template.text.slice(cursor, match.index);
    const slot = fillSlot(match[1]!, context);
    if (slot.label !== undefined) spans.push({ type: slot.label, start: text.length, end: text.length + slot.value.length });
    text += slot.value;
    cursor = match.index + match[0].length;
  }
  text += template.text.slice(cursor);
  const usesNative = template.text.includes('{native');
  return { ...meta, family: template.family, locale: usesNative ? nativeLocale : locale, text, spans };
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
