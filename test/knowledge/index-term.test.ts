import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { indexTerm, stem } from '../../src/knowledge/search/stemmer.ts';

/** The term SQLite's porter tokenizer indexes for each token, read back from its vocabulary. */
function sqliteTerms(tokens: readonly string[]): string[] {
  const sqlite = new Database(':memory:');
  sqlite.exec("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='porter unicode61 remove_diacritics 2')");
  sqlite.exec("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')");
  const insert = sqlite.prepare('INSERT INTO t(rowid, a) VALUES (?, ?)');
  sqlite.transaction(() => tokens.forEach((token, index) => insert.run(index + 1, token)))();
  const terms: string[] = [];
  for (const row of sqlite.prepare('SELECT term, doc FROM v').all() as Array<{ term: string; doc: number }>) terms[row.doc - 1] = row.term;
  sqlite.close();
  return terms;
}

describe('index terms', () => {
  it('are what SQLite’s porter tokenizer makes of tokens of letters and digits', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789aeiouysl';
    let seed = 17;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const random = Array.from({ length: 5_000 }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    const suffixed = ['s', 'es', 'ies', 'ed', 'ing', 'ly', 'ational', 'ness', 'ment', 'y', 'e', 'll'].flatMap((suffix) => [`1887m${suffix}`, `a6028bd${suffix}`, `v2${suffix}`, `${suffix}42`]);
    const tokens = [...new Set([...random, ...suffixed, 'running', 'policies', 'yield', '17546564871', '2fa', 'ok'])];
    expect(tokens.map(indexTerm)).toEqual(sqliteTerms(tokens));
  });

  it('are the stems of plain words', () => {
    for (const word of ['vacation', 'policies', 'expenses', 'y', 'on']) expect(indexTerm(word)).toBe(stem(word));
  });
});
