/**
 * How a brand's name and a run of words in a message are compared: lower case, accents kept,
 * apostrophes and dots dropped, "+" as "&", one space — "Dr. Martens" and "dr martens", "Trader Joe's"
 * and "trader joes", "Kühne + Nagel" and "kühne & nagel" meet. Not "and" for "&": "Ben and Jerry are
 * out" is two people.
 */
export function brandKey(words: string): string {
  return words
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’.]/gu, '')
    .replace(/\s*[&+]\s*/gu, ' & ')
    .replace(/\s+/gu, ' ')
    .trim();
}
