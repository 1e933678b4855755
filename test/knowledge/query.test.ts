import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toMatchExpression } from '../../src/knowledge/search/fts-query.ts';
import { analyzeQuery } from '../../src/knowledge/search/query-terms.ts';
import { stem } from '../../src/knowledge/search/stemmer.ts';

describe('query analysis', () => {
  it('drops stopwords and expands synonyms, the person’s own words first', () => {
    const concepts = analyzeQuery('How many vacation days do I get?');
    expect(concepts.map((concept) => concept.label)).toEqual(['vacation', 'days']);
    expect(concepts[0]!.phrases.map((phrase) => phrase.words.join(' '))).toContain('paid time off');
  });

  it('reads chat abbreviations and everyday names for what the handbook calls otherwise', () => {
    const searched = (question: string) => analyzeQuery(question).flatMap((concept) => concept.phrases.map((phrase) => phrase.words.join(' ')));
    expect(searched('which sev is a full api outage')).toContain('severity');
    expect(searched('the security ppl')).toContain('people');
    expect(searched('can anyone raise an incident')).toContain('declare an incident');
    expect(searched('i freelance on weekends')).toContain('side business');
    expect(searched('got woken up by pages twice')).toContain('at night');
  });

  it('recognises multi-word synonyms and hyphenated compounds as one concept', () => {
    expect(analyzeQuery('Can I take paid time off on-call?').map((concept) => concept.label)).toEqual(['take', 'paid time off', 'on call']);
    expect(analyzeQuery('the wi-fi password').map((concept) => concept.label)).toEqual(['wi fi', 'password']);
  });

  it('builds a MATCH expression of quoted phrases only, own words weighted double', () => {
    expect(toMatchExpression(analyzeQuery('VPN access'))).toBe('("vpn" OR "vpn" OR "remote access") OR ("access" OR "access")');
    expect(toMatchExpression(analyzeQuery('the of and'))).toBeUndefined();
  });

  it('never produces an expression FTS5 rejects, whatever the input', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='porter unicode61 remove_diacritics 2')");
    sqlite.exec("INSERT INTO t VALUES ('hello world')");
    const query = sqlite.prepare('SELECT count(*) FROM t WHERE t MATCH ?');
    const alphabet = ['"', "'", '(', ')', '*', '^', ':', '-', '+', 'AND', 'OR', 'NOT', 'NEAR', ' ', 'é', '🎉', '\u0000', 'x', '北', '{', '}', '.', ',', 'vpn', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 2_000; round++) {
      const input = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const match = toMatchExpression(analyzeQuery(input));
      if (match !== undefined) expect(() => query.get(match), input).not.toThrow();
    }
    sqlite.close();
  });
});

describe('Porter stemmer', () => {
  it('matches the reference algorithm on classic examples', () => {
    const expected: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', agreed: 'agre', hopping: 'hop', filing: 'file', happy: 'happi', relational: 'relat',
      generalization: 'gener', reimbursement: 'reimburs', reimbursed: 'reimburs', vacations: 'vacat', allowance: 'allow', yelling: 'yell',
    };
    for (const [word, stemmed] of Object.entries(expected)) expect(stem(word)).toBe(stemmed);
  });
});
