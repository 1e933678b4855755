import { describe, expect, it } from 'vitest';
import { NeighbourMap, deletionKeys, neighbourTerms, type Vocabulary } from '../../src/knowledge/search/vocabulary-neighbours.ts';

/** A sorted word list standing in for FTS5's vocabulary table. */
function vocabularyOf(terms: string[]): Vocabulary {
  const set = new Set(terms);
  return {
    termsStartingWith: (prefix) => terms.filter((term) => term.startsWith(prefix)),
    has: (term) => set.has(term),
    firstLetters: () => [...new Set(terms.map((term) => term[0]!))],
  };
}

/** The rule the bounded search must reproduce: every term sharing a deletion key with the word. */
function everyNeighbour(word: string, terms: string[]): string[] {
  const keys = new Set(deletionKeys(word));
  return terms.filter((term) => term !== word && term.length >= 3 && /^\p{L}+$/u.test(term) && deletionKeys(term).some((key) => keys.has(key)));
}

const TERMS = ['receipt', 'recept', 'deceipt', 'eceipt', 'ereceipt', 'xreceipt', 'ecreipt', 'policy', 'polic', 'plicy', 'oplicy', 'access', 'acesso', 'chess', 'cess', 'accesses', 'ab', 'ac3ss', 'zebra'];

describe('words one edit from the index vocabulary', () => {
  it.each(['reciept', 'eceipt', 'receip', 'xeceipt', 'rceipt', 'ecreipt', 'polcy', 'olicy', 'acess', 'cces', 'zzzzz'])('finds for "%s" exactly what a scan of the whole vocabulary finds', (word) => {
    expect(neighbourTerms(word, vocabularyOf(TERMS)).sort()).toEqual(everyNeighbour(word, TERMS).sort());
    expect(new NeighbourMap(TERMS).neighbours(word).sort()).toEqual(everyNeighbour(word, TERMS).sort());
  });

  it('reaches terms whose first letter differs from the word', () => {
    expect(neighbourTerms('eceipt', vocabularyOf(TERMS))).toEqual(expect.arrayContaining(['receipt', 'deceipt', 'ecreipt']));
    expect(neighbourTerms('plicy', vocabularyOf(TERMS))).toEqual(expect.arrayContaining(['policy', 'oplicy']));
  });

  it('keeps terms that are not all letters, or shorter than three, out', () => {
    expect(neighbourTerms('acss', vocabularyOf(TERMS))).not.toContain('ac3ss');
    expect(neighbourTerms('abc', vocabularyOf(TERMS))).not.toContain('ab');
  });
});
