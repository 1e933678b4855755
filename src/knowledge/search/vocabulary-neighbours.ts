/**
 * Index terms within one edit of a word the index lacks, found by asking the FTS5 vocabulary only
 * about the terms that could qualify, instead of building a map of the whole vocabulary (about
 * 0.4 s of CPU at 100k passages, paid by the first misspelt question of every process).
 *
 * "Within one edit" keeps the deletion-neighbourhood rule: a term qualifies when it and the word
 * share a key (the word itself or one deletion of it). Every such term either starts with the
 * word's first or second letter (two range scans of the sorted vocabulary), or is some letter
 * followed by the word or by one of its deletions (exact lookups, one per letter the vocabulary's
 * terms start with): see the case analysis in `neighbourTerms`.
 */

/** What the search needs from the vocabulary; FTS5's vocabulary table in the database. */
export interface Vocabulary {
  /** Terms starting with `prefix` (one letter), in any order. */
  termsStartingWith(prefix: string): Iterable<string>;
  has(term: string): boolean;
  /** The distinct first letters of the vocabulary's terms. */
  firstLetters(): readonly string[];
}

/** Index terms of letters only, three or more, as the neighbour search has always kept them. */
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * A term T shares a key with word W when: T is W plus one letter; T is W minus one letter; or T
 * minus one letter (at j) equals W minus one letter (at i). T's first letter is W's first unless
 * an edit touched the front: T = W minus its first letter, or T = W with the first two letters
 * moved (both start with W's second letter); or j = 0, i.e. T = some letter + W or + W minus one
 * letter. The first two cases are the range scans, the last the lookups.
 */
export function neighbourTerms(word: string, vocabulary: Vocabulary): string[] {
  const keys = deletionKeys(word);
  const keySet = new Set(keys);
  const found = new Set<string>();
  const consider = (term: string) => {
    if (term !== word && term.length >= 3 && LETTERS_ONLY.test(term) && Math.abs(term.length - word.length) <= 1 && deletionKeys(term).some((key) => keySet.has(key))) found.add(term);
  };
  const leading = [...word].slice(0, 2);
  for (const prefix of new Set(leading)) for (const term of vocabulary.termsStartingWith(prefix)) consider(term);
  for (const letter of vocabulary.firstLetters()) {
    if (leading.includes(letter)) continue;
    for (const rest of new Set(keys)) if (vocabulary.has(letter + rest)) consider(letter + rest);
  }
  return [...found];
}

/** A deletion-neighbourhood map of a whole (small) vocabulary: the same rule, as map lookups. */
export class NeighbourMap {
  private readonly byKey = new Map<string, string[]>();

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      if (term.length < 3 || !LETTERS_ONLY.test(term)) continue;
      for (const key of deletionKeys(term)) {
        const list = this.byKey.get(key);
        if (list) list.push(term);
        else this.byKey.set(key, [term]);
      }
    }
  }

  neighbours(word: string): string[] {
    const found = new Set<string>();
    for (const key of deletionKeys(word)) for (const term of this.byKey.get(key) ?? []) if (term !== word) found.add(term);
    return [...found];
  }
}

/** The word itself and every string one deletion away: two words one edit apart share one of these. */
export function deletionKeys(word: string): string[] {
  const keys = [word];
  for (let index = 0; index < word.length; index++) keys.push(word.slice(0, index) + word.slice(index + 1));
  return keys;
}
