import { hash } from 'node:crypto';
import { detectCandidates, prepareOptions, type PreparedOptions } from './detect-entities.ts';
import type { ModelFinding } from './local-model-filter.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';
import { formatPlaceholder, lookalikePattern, normalizeType } from './placeholder-syntax.ts';
import { restorePlaceholders, type IssuedPlaceholder, type RestoreResult } from './restore.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { escapeRegExp } from './text-scan.ts';
import { ENTITY_TYPES, isRestorable, type Candidate, type EntityType, type GuardOptions } from './types.ts';

/**
 * One per cloud request (or conversation): the same value gets the same placeholder across every text
 * it pseudonymizes, and only placeholders it issued are ever mapped back.
 */
export class Pseudonymizer {
  readonly #prepared: PreparedOptions;
  /** `TYPE \0 identity` → `<PERSON_1>`. Secrets are keyed by a hash, so no raw secret is kept. */
  readonly #placeholderByIdentity = new Map<string, string>();
  /** `PERSON_1` → type and original value: the only placeholders restore will map. */
  readonly #issued = new Map<string, IssuedPlaceholder>();
  readonly #lastNumber = new Map<EntityType, number>();
  /** Keys the user typed themselves (`PERSON_1`); never issued, so a model echo cannot resolve to anyone. */
  readonly #reserved = new Set<string>();
  /** Neutralized core (`PERSON#1`) → what the user actually typed (`PERSON_1`, `person\_1`). */
  readonly #neutralized = new Map<string, string>();
  /** Values the local model found that the patterns missed; matched literally in every later text. */
  readonly #extraValues: ModelFinding[] = [];
  /**
   * Names the patterns found in an earlier text: matched in every later one, in any case. A name is one decision per
   * conversation — "ask Emma Stone for the figures", then "emma stone is going to the concert" must not send the second
   * in clear because its words alone read as a film star's. See `isCarriedName` for which names are carried.
   */
  readonly #seenNames = new Set<string>();
  #seenPattern: RegExp | undefined;

  constructor(options?: GuardOptions) {
    this.#prepared = prepareOptions(options);
  }

  apply(text: string): string {
    const neutral = this.#neutralizeLookalikes(text);
    let output = '';
    let cursor = 0;
    for (const entity of this.#detect(neutral)) {
      output += neutral.slice(cursor, entity.start) + this.#placeholderFor(entity);
      cursor = entity.end;
    }
    return output + neutral.slice(cursor);
  }

  /** Adds values found by the local model's last pass; they are masked in every text given after this. */
  addValues(findings: readonly ModelFinding[]): void {
    this.#extraValues.push(...findings);
  }

  #detect(text: string): Candidate[] {
    const found = detectCandidates(text, this.#prepared);
    const earlier = [...literalMatches(text, this.#extraValues), ...nameMatches(text, this.#seenPattern)];
    const before = this.#seenNames.size;
    for (const candidate of found) if (candidate.type === 'PERSON' && isCarriedName(candidate.value)) this.#seenNames.add(candidate.value.toLowerCase());
    if (this.#seenNames.size !== before) this.#seenPattern = namesPattern(this.#seenNames);
    return earlier.length === 0 ? found : resolveOverlaps(text, [...found, ...earlier]);
  }

  /** How many distinct values of each type were replaced so far; never the values themselves. */
  findings(): Array<{ type: EntityType; count: number }> {
    const counts = new Map<EntityType, number>();
    for (const entry of this.#issued.values()) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
    return ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => ({ type, count: counts.get(type) ?? 0 }));
  }

  /** Re-identifies a model's answer locally; call it on the complete text (or see createRestoreStream). */
  restore(answer: string): RestoreResult {
    return restorePlaceholders(answer, this.#issued, this.#neutralized);
  }

  #neutralizeLookalikes(text: string): string {
    return text.replace(lookalikePattern(), (match: string, rawType: string, _separator: string, number: string) => {
      const type = normalizeType(rawType);
      if (type === undefined) return match;
      const neutralCore = `${rawType}#${number}`;
      if (!this.#neutralized.has(neutralCore)) this.#neutralized.set(neutralCore, match);
      const key = `${type}_${number}`;
      if (!this.#issued.has(key)) this.#reserved.add(key);
      return neutralCore;
    });
  }

  #placeholderFor(entity: Candidate): string {
    const identityKey = `${entity.type}\u0000${identityOf(entity)}`;
    const existing = this.#placeholderByIdentity.get(identityKey);
    if (existing !== undefined) return existing;
    const number = this.#nextNumber(entity.type);
    const placeholder = formatPlaceholder(entity.type, number);
    this.#placeholderByIdentity.set(identityKey, placeholder);
    this.#issued.set(`${entity.type}_${number}`, { type: entity.type, value: isRestorable(entity.type) ? entity.value : undefined });
    return placeholder;
  }

  #nextNumber(type: EntityType): number {
    let number = (this.#lastNumber.get(type) ?? 0) + 1;
    while (this.#reserved.has(`${type}_${number}`)) number += 1;
    this.#lastNumber.set(type, number);
    return number;
  }
}

function identityOf(entity: Candidate): string {
  // The one-shot digest: the same bytes as createHash().update().digest(), without building a Hash object per secret.
  if (!isRestorable(entity.type)) return hash('sha256', entity.value, 'base64url');
  if (entity.identity !== undefined) return entity.identity;
  if (entity.type === 'PERSON') return entity.value.toLowerCase().replace(/\s+/g, ' ');
  return entity.type === 'IP_ADDRESS' || entity.type === 'EMAIL' ? entity.value.toLowerCase() : entity.value;
}

/**
 * A name carried to later texts is one no ordinary word could be: two words or more ("Emma Stone"), or one word that is
 * neither in the English word list nor grammar ("Oluwaseun"). "Will", "Grace", "Mark" or "Hope" found as a name in one
 * text must not mask "we will ship it" or "i hope so" in the next.
 */
function isCarriedName(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  if (words.length > 1) return true;
  const lower = words[0]!.toLowerCase();
  return [...lower].length > 2 && !isDictionaryWord(lower) && !ENGLISH_FUNCTION_WORDS.has(lower);
}

/** One case-insensitive alternation of the carried names, longest first, matched as whole words. */
function namesPattern(names: ReadonlySet<string>): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name).replace(/\s+/gu, '\\s+'));
  return new RegExp(alternatives.join('|'), 'giu');
}

/**
 * Whole-word occurrences of names found before, in any case ("EMMA STONE", "emma stone"), not inside a longer word, a
 * URL, an address or an identifier ("example.com/stone", "emma.stone@…", "stone_v2").
 */
function nameMatches(text: string, pattern: RegExp | undefined): Candidate[] {
  if (pattern === undefined) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (IDENTIFIER_BEFORE.test(text[start - 1] ?? '') || IDENTIFIER_AFTER.test(text.slice(end, end + 2))) continue;
    found.push({ type: 'PERSON', start, end, value: match[0] });
  }
  return found;
}

const IDENTIFIER_BEFORE = /[\p{L}\p{N}_/@.\\-]/u;
const IDENTIFIER_AFTER = /^(?:[\p{L}\p{N}_@/\\]|[.-][\p{L}\p{N}])/u;

/** Whole-word occurrences of each value, so "Ana" does not mask the middle of "Banana". */
function literalMatches(text: string, findings: readonly ModelFinding[]): Candidate[] {
  const found: Candidate[] = [];
  for (const finding of findings) {
    for (let index = text.indexOf(finding.value); index >= 0; index = text.indexOf(finding.value, index + 1)) {
      const end = index + finding.value.length;
      if (/[\p{L}\p{N}]/u.test(text[index - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      found.push({ type: finding.type, start: index, end, value: finding.value });
    }
  }
  return found;
}
