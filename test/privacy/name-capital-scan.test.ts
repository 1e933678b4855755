import { describe, expect, it } from 'vitest';
import { capitalWordMatches, capitalWordPattern, scanCapitalWords } from '../../src/router/privacy/name-capital-scan.ts';

/** The two capitalised-word patterns of the name passes, as global patterns: the scan must find what these find. */
const LEXICON_WORD = String.raw`(?<![\p{L}\p{N}_@#/\\.-])(?:(?:Ma?c)?\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.)`;
const SHAPE_WORD = String.raw`(?<![\p{L}\p{M}\p{N}_#/\\.-])(?:(?:Ma?c|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.(?=\s))(?![\p{L}\p{M}\p{N}_@]|\.\p{L})`;

function byRegex(source: string, text: string): number[] {
  return [...text.matchAll(new RegExp(source, 'gu'))].flatMap((match) => [match.index, match.index + match[0].length]);
}

describe('capitalised word scan: the same matches as the global pattern', () => {
  it('finds names, initials, possessives and prefixes, and skips code and paths', () => {
    const text = "ask Dr. Hannah Weber, McDonald's, MacKenzie O'Brien-Smith, Jean-Luc, J. R. Obi, GitHub, /srv/App, x.Foo, Żaneta Ćwik, 𝐀bc, ÉTÉ, Ní Bhriain";
    for (const source of [LEXICON_WORD, SHAPE_WORD]) {
      expect(scanCapitalWords(capitalWordPattern(source), text)).toEqual(byRegex(source, text));
      expect(scanCapitalWords(capitalWordPattern(source), text).length).toBeGreaterThan(16);
    }
  });

  it('agrees on random strings of capitals, marks, surrogates and punctuation', () => {
    const alphabet = ['a', 'Z', 'M', 'c', 'É', 'é', 'ß', '\u0301', '1', 'Ⅻ', 'ǅ', 'Ж', 'ж', '中', '😀', '\ud835\udc00', '\ud800', '\udc00', "'", '’', '-', '.', '_', '@', '#', '/', '\\', ' ', '\n', 'ſ', 'Ａ'];
    const patterns = [LEXICON_WORD, SHAPE_WORD].map((source) => ({ source, pattern: capitalWordPattern(source) }));
    let state = 11;
    const random = (): number => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 20_000; round += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const { source, pattern } of patterns) expect(scanCapitalWords(pattern, text), JSON.stringify(text)).toEqual(byRegex(source, text));
    }
  });

  it('skips capitals after what the look-behind refuses, read from the pattern itself', () => {
    const refused = (source: string): string => capitalWordPattern(source).refusedAfter.map((isRefused, code) => (isRefused ? String.fromCharCode(code) : '')).join('');
    expect(refused(LEXICON_WORD)).toBe('#-./0123456789@ABCDEFGHIJKLMNOPQRSTUVWXYZ\\_abcdefghijklmnopqrstuvwxyz');
    expect(refused(SHAPE_WORD)).not.toContain('@');
    // No opening look-behind: nothing is skipped, the pattern decides everywhere.
    expect(refused(String.raw`\p{Lu}\p{Ll}+`)).toBe('');
    const text = 'HTTPS and GitHub, mail@Priya, v2Beta, Priya';
    for (const source of [LEXICON_WORD, SHAPE_WORD]) expect(scanCapitalWords(capitalWordPattern(source), text)).toEqual(byRegex(source, text));
  });

  it('yields the same match arrays as the global pattern, groups included', () => {
    // The names-in-capitals run: an optional title, then two or three words in capitals.
    const source = String.raw`(?<![\p{L}\p{M}\d'’-])(?:(?:MR|MRS|MS|MISS|DR|PROF)\.?\s)?(\p{Lu}[\p{Lu}\p{M}'’-]*(?:,?\s\p{Lu}[\p{Lu}\p{M}'’-]*){1,2})(?![\p{L}\p{M}\d'’-])`;
    const pattern = capitalWordPattern(source);
    const same = (text: string): void => {
      const expected = [...text.matchAll(new RegExp(source, 'gu'))].map((match) => [match.index, ...match]);
      expect([...capitalWordMatches(pattern, text)].map((match) => [match.index, ...match]), JSON.stringify(text)).toEqual(expected);
    };
    same('reply to KING, ROSALIND and MR T OYELARAN; WÓJCIK KRZYSZTOF zgłasza, x-ABC DEF, 9GH IJ');
    const alphabet = ['A', 'B', 'MR', 'É', 'Ж', 'a', 'é', ',', ' ', '\n', '.', "'", '’', '-', '1', '\u0301', '\ud835\udc00', '中'];
    let state = 7;
    const random = (): number => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 5_000; round += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 14);
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      same(text);
    }
  });
});
