import { describe, expect, it } from 'vitest';
import { foldText, WordTokenReader } from '../../src/knowledge/search/tokenize.ts';

/** The folding as unicode61 defines it, over the whole text at once. */
const wholeTextFold = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

describe('word tokens', () => {
  it('folds only the non-ASCII stretches and still equals folding the whole text', () => {
    const pieces = ['Cafe', '\u0301', 'É', 'ﬁle', 'ΟΔΟΣ', 'Σ', ' ', '-', 'İstanbul', 'Å', 'a\u030a', '①', 'ｆｕｌｌ', '北京', 'ß', 'x', '\u0327\u0301', '⏎', 'naïve', '\n'];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 2_000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(foldText(text), JSON.stringify(text)).toBe(wholeTextFold(text));
    }
  });

  it('reads words only as far as asked, each with its hyphenation to the next', () => {
    const reader = new WordTokenReader('On-call rota - see wi-fi');
    expect(reader.at(0)).toEqual({ word: 'on', hyphenatedToNext: true });
    expect(reader.at(2)).toEqual({ word: 'rota', hyphenatedToNext: false });
    expect(reader.at(4)).toEqual({ word: 'wi', hyphenatedToNext: true });
    expect(reader.at(5)).toEqual({ word: 'fi', hyphenatedToNext: false });
    expect(reader.at(6)).toBeUndefined();
    expect(reader.available(4, 3)).toBe(2);
    expect(reader.available(7, 3)).toBe(0);
  });
});
