import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/router/privacy/regex-matches.ts';
import { filteredMatchesOf, startFiltered, withoutOpeningTest } from '../../src/router/privacy/start-filtered-matches.ts';

/** Patterns of the shapes the detectors filter: look-behinds, `\b`, case-insensitive word alternations, Unicode, an empty match. */
const PATTERNS = [
  /(?<![\p{L}\d])(?:apt|unit|ste|suite)\.?\s?\d{1,3}(?![\p{L}\d])/giu,
  /\b(?:who(?:['’]s| is)|someone called)[ \t]+(\p{L}+)/giu,
  /(?<![\p{L}\p{N}_-])([Oo]wner|HM|[Ll]ead)((?:[ \t]*[:=\-–—])?)[ \t]+(\p{L}[\p{L}\p{M}-]*)/gu,
  /(?<![\w-])[A-Z]{2}\d ?\d[A-Z]{2}(?![\w-])/gi,
  /(?<=[ (])(?:ss)?/gu,
];

function spans(matches: Iterable<RegExpExecArray>): string[] {
  return [...matches].map((match) => `${match.index}:${match[0]}:${match.slice(1).join('|')}`);
}

describe('start-filtered matches: the same matches as the global pattern', () => {
  it('drops only the opening test', () => {
    expect(withoutOpeningTest(String.raw`(?<![\p{L}\d(])(?:apt|unit)(?![\p{L}\d])`)).toBe(String.raw`(?:apt|unit)(?![\p{L}\d])`);
    expect(withoutOpeningTest(String.raw`\b(?:who|which)\b`)).toBe(String.raw`(?:who|which)\b`);
    expect(() => withoutOpeningTest('apt')).toThrow();
  });

  it('agrees on messages', () => {
    const text = 'who is Ada? Apt 12, unit 4b, xunit 5, ſte 9, SW1 1AA and sw11aa, 𝐀 who’s Ünal, owner: Kemal, HM Orla, co-owner Ben, (ss ss';
    for (const pattern of PATTERNS) expect(spans(filteredMatchesOf(startFiltered(pattern), text))).toEqual(spans(matchesOf(pattern, text)));
  });

  it('agrees on random strings of letters, digits, surrogates and punctuation', () => {
    const alphabet = ['a', 'p', 't', 'u', 'n', 'i', 's', 'e', 'w', 'h', 'o', 'O', 'H', 'M', 'A', 'S', 'W', 'ſ', 'K', 'É', '1', '2', '9', ' ', '\t', '(', ':', '.', '-', "'", '’', '_', '😀', '\ud835\udc00', '\ud800', '\udc00'];
    const filtered = PATTERNS.map((pattern) => ({ pattern, filtered: startFiltered(pattern) }));
    let state = 7;
    const random = (): number => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 20_000; round += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 14);
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const { pattern, filtered: each } of filtered) expect(spans(filteredMatchesOf(each, text)), JSON.stringify(text)).toEqual(spans(matchesOf(pattern, text)));
    }
  });
});
