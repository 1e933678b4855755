/**
 * Regular English inflection undone: "expenses" → expense, "approved" → approve, "submitted" →
 * submit, "travelling" → travel, "salaries" → salary. Porter stemming goes further and also joins
 * derived words to their base ("allowance" and "allowed" → allow, "training" and "train" → train),
 * which is right for matching a passage's words but not for choosing a question word's synonyms: a
 * synonym group stands for one sense, and a derived word can name another ("is that *allowed*" is
 * not about an *allowance*; a *train* is not *training*).
 */
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
];

/** Whether `word` is `base` itself or `base` with a regular inflection. */
export function isInflectionOf(word: string, base: string): boolean {
  return word === base || inflectionBases(word).includes(base);
}

/** Every base form `word` could be a regular inflection of (a few guesses; callers look them up). */
export function inflectionBases(word: string): string[] {
  const bases = new Set<string>();
  for (const [ending, replacements] of ENDINGS) {
    if (word.length <= ending.length + 1 || !word.endsWith(ending) || (ending === 's' && word.endsWith('ss'))) continue;
    const root = word.slice(0, -ending.length);
    for (const replacement of replacements) bases.add(root + replacement);
    // "submitted", "travelling": the doubled final consonant belongs to the inflection.
    if (/([b-df-hj-np-tv-z])\1$/.test(root)) bases.add(root.slice(0, -1));
  }
  return [...bases];
}
