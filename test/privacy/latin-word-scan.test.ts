import { describe, expect, it } from 'vitest';
import { scanLatinWords } from '../../src/router/privacy/latin-word-scan.ts';

/** The regex the scan replaces, kept here as its specification. */
const LATIN_WORD =
  /(?<![\p{L}\p{M}\p{N}_@#/\\.:=$]|(?<![\u05d0-\u05ea])-)\p{Script=Latin}[\p{Script=Latin}\p{M}]*(?:['’-]\p{Script=Latin}[\p{Script=Latin}\p{M}]*)*(?![\p{L}\p{M}\p{N}_@/\\=\[(]|[.:][\p{L}\p{N}]|-[\p{Script=Latin}\p{N}])/gu;

function byRegex(text: string): number[] {
  return [...text.matchAll(LATIN_WORD)].flatMap((match) => [match.index, match.index + match[0].length]);
}

describe('Latin word scan: the same words as the Unicode regex', () => {
  it('finds words, hyphenated and apostrophe names, and skips paths, handles and code', () => {
    const text = "ask Jean-Luc O’Brien re: /srv/app, @priya's PR, foo.bar=1, Siobhán Ní Bhriain, x-ray-, état(s), 陈宇泽 and Żółć, שלחתי ל-Yael, Armen-ը, Google-ში";
    expect(scanLatinWords(text)).toEqual(byRegex(text));
    expect(scanLatinWords(text).length).toBeGreaterThan(10);
  });

  it('ends a word at the last part the next character allows ("abc\'def(" → "abc")', () => {
    for (const text of ["abc'def(", 'abc-def.', 'abc-d:e', 'ab-1', 'a’b’c[', 'x\u0301y-z=', 'ǅemal-ﬁx']) {
      expect(scanLatinWords(text)).toEqual(byRegex(text));
    }
  });

  it('agrees on random strings of letters, marks, numbers, surrogates and punctuation', () => {
    const alphabet = ['a', 'Z', 'é', 'ß', '\u0301', '1', '٣', 'Ⅻ', 'ª', 'ж', '中', '😀', '\ud835\udc00', '\ud800', '\udc00', "'", '’', '-', '.', ':', '=', '_', '@', '#', '/', '\\', '$', '[', '(', ' ', '\n', 'ǅ', 'ﬁ', 'Ａ', '\u00a0', 'ſ', 'ל', 'ה', 'ը', 'ში'];
    let state = 7;
    const random = (): number => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 20_000; round += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(scanLatinWords(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
