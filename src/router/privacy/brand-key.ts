import { hasOnlySingleSpaces } from './text-scan.ts';

/**
 * How a brand's name and a run of words in a message are compared: lower case, accents kept,
 * apostrophes and dots dropped, "+" as "&", one space — "Dr. Martens" and "dr martens", "Trader Joe's"
 * and "trader joes", "Kühne + Nagel" and "kühne & nagel" meet. Not "and" for "&": "Ben and Jerry are
 * out" is two people.
 */
export function brandKey(words: string): string {
  // Most runs asked about are plain words: there only the case changes, and the four regex passes are skipped.
  if (isPlainAsciiWords(words)) return words.toLowerCase();
  return words
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’.]/gu, '')
    .replace(/\s*[&+]\s*/gu, ' & ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** ASCII (which NFC leaves as it is), no apostrophe, dot, "&" or "+", and no `\s` but single spaces between words. */
function isPlainAsciiWords(words: string): boolean {
  for (let index = 0; index < words.length; index += 1) {
    const code = words.charCodeAt(index);
    if (code > 0x7f || code === 39 || code === 46 || code === 38 || code === 43) return false;
  }
  return hasOnlySingleSpaces(words);
}
