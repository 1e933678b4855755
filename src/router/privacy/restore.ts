import { SECRET_REMOVED, normalizeType, placeholderPattern, unknownMarker } from './placeholder-syntax.ts';
import type { EntityType } from './types.ts';

export interface IssuedPlaceholder {
  type: EntityType;
  /** The original text; absent for secrets and credential URLs, which are never put back. */
  value: string | undefined;
}

export interface RestoreResult {
  text: string;
  /** Placeholder-shaped strings, as the model wrote them, that this pseudonymizer never issued. */
  unrestored: string[];
}

/**
 * Re-identifies an answer in one left-to-right pass. Replacements are computed per match by a callback,
 * never spliced into a regex, so `<`, `>` or `$` in a value cannot change what else gets replaced.
 */
export function restorePlaceholders(
  answer: string,
  issued: ReadonlyMap<string, IssuedPlaceholder>,
  neutralized: ReadonlyMap<string, string>,
): RestoreResult {
  const unrestored = new Set<string>();
  const text = answer.replace(placeholderPattern(), (match: string, open?: string, rawType = '', separator = '', number = '', close?: string) => {
    const type = normalizeType(rawType);
    if (type === undefined) return match;
    if (separator === '#') return restoreNeutralized(match, `${rawType}#${number}`, neutralized);
    const bracketed = open !== undefined || close !== undefined;
    // Without brackets only the exact issued spelling counts: `email_1` in generated code is a variable name.
    if (!bracketed && !isExactBareSpelling(match, type, number)) return match;
    const entry = issued.get(`${type}_${number}`);
    if (entry !== undefined) return entry.value ?? SECRET_REMOVED;
    unrestored.add(match.trim());
    return unknownMarker(type);
  });
  return { text, unrestored: [...unrestored] };
}

function isExactBareSpelling(match: string, type: EntityType, number: string): boolean {
  return match.replace(/\\_/g, '_') === `${type}_${number}`;
}

/** A look-alike the user typed goes back to exactly what they typed, and to nothing else. */
function restoreNeutralized(match: string, neutralCore: string, neutralized: ReadonlyMap<string, string>): string {
  const original = neutralized.get(neutralCore);
  return original === undefined ? match : match.replace(neutralCore, () => original);
}
