import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JUDGEMENT_PHRASES } from '../../src/router/request-kind/judgement-intents.ts';
import { ABOUT_ASSISTANT, LARGE_OUTPUT, SCRUTINY_PHRASES, SMALL_OUTPUT, SOCIAL_OPENERS } from '../../src/router/request-kind/lexicons.ts';
import { anyPattern, firstPattern, neededPerAlternative, requiredWords } from '../../src/router/request-kind/pattern-sets.ts';

/** What the joined patterns must answer: the lists tested one pattern at a time. */
function firstOneByOne(patterns: readonly RegExp[], text: string): { index: number; text: string } | undefined {
  for (const [index, pattern] of patterns.entries()) {
    const found = pattern.exec(text);
    if (found) return { index, text: found[0] };
  }
  return undefined;
}

const PHRASES = [/\bwhy (does|is)\b/, /\bis (this|it)\b.{0,20}\b(right|safe)\b/, /\b(any|no) idea\b/, /^help( me)?[.!?]*$/, /\bkeeps? (failing|crashing)\b/, /\bthis\b/];
const TEXTS = [
  'no idea why does it keeps failing, is this safe',
  'it keeps crashing and nobody has any idea',
  // A pattern listed earlier can start inside the match of a later one.
  'this is it right here: is this right',
  'is this right? why is it so slow',
  'help me!',
  'please help me',
  '',
  'nothing to see',
];

describe('firstPattern', () => {
  it('finds the first listed pattern that matches anywhere, with its leftmost match', () => {
    const first = firstPattern(PHRASES);
    for (const text of TEXTS) expect(first(text), text).toEqual(firstOneByOne(PHRASES, text));
    expect(first('it keeps crashing and nobody has any idea')).toEqual({ index: 2, text: 'any idea' });
    expect(first('this is it right here: is this right')).toEqual({ index: 1, text: 'is it right' });
  });

  it('answers the same on every call (no state left from the last text)', () => {
    const first = firstPattern(PHRASES);
    expect(first('why is it slow')).toEqual({ index: 0, text: 'why is' });
    expect(first('nothing')).toBeUndefined();
    expect(first('why is it slow')).toEqual({ index: 0, text: 'why is' });
  });

  it('answers the same whether a list meets a short text first (tested one by one) or a long one (gated at once)', () => {
    const long = `${'the logs are attached below, nothing odd in them so far. '.repeat(8)}why is it failing`;
    const shortFirst = firstPattern(PHRASES);
    const longFirst = firstPattern(PHRASES);
    const anyShortFirst = anyPattern(PHRASES);
    const anyLongFirst = anyPattern(PHRASES);
    for (const text of [long, ...TEXTS]) {
      expect(longFirst(text), text).toEqual(firstOneByOne(PHRASES, text));
      expect(anyLongFirst(text), text).toBe(PHRASES.some((pattern) => pattern.test(text)));
    }
    for (const text of [...TEXTS, long]) {
      expect(shortFirst(text), text).toEqual(firstOneByOne(PHRASES, text));
      expect(anyShortFirst(text), text).toBe(PHRASES.some((pattern) => pattern.test(text)));
    }
  });

  it('starts a pattern that skips the first characters at the next word, the same gated or not', () => {
    const patterns = [/\bwhere (do|should) we start\b/];
    // 56 characters, then a word the cut at 60 would split: "elsewhere" must not be read as "where".
    const text = `${'x'.repeat(55)} elsewhere should we start`;
    const shortFirst = firstPattern(patterns, [60]);
    const longFirst = firstPattern(patterns, [60]);
    longFirst('a'.repeat(500));
    expect(shortFirst(text)).toBeUndefined();
    expect(longFirst(text)).toBeUndefined();
    expect(shortFirst(`${'x'.repeat(70)}. where should we start`)).toEqual({ index: 0, text: 'where should we start' });
  });

  it('refuses patterns that keep state between texts', () => {
    expect(() => firstPattern([/a/g])).toThrow(/global or sticky/);
    expect(() => anyPattern([/a/y])).toThrow(/global or sticky/);
  });
});

describe('requiredWords', () => {
  it('reads the words a match needs, wherever a word must begin', () => {
    expect(requiredWords(/\bwhy (does|is)\b/)).toEqual(expect.arrayContaining([{ whole: ['why'], starts: [] }, { whole: ['does', 'is'], starts: [] }]));
    expect(requiredWords(/\bkeeps? (failing|timing out)\b/)).toEqual(expect.arrayContaining([{ whole: ['keeps', 'keep'], starts: [] }]));
    expect(requiredWords(/^(good )?(morning|night)\b/)).toEqual(expect.arrayContaining([{ whole: ['good', 'morning', 'night'], starts: [] }]));
  });

  it('takes a word that may run on as a beginning', () => {
    expect(requiredWords(/\btrade[- ]?offs?\b/)).toEqual([{ whole: [], starts: ['trade'] }]);
    expect(requiredWords(/\bhow (long|many \w+) (would|will)\b/)).toEqual([{ whole: ['how'], starts: [] }, { whole: ['many'], starts: ['long'] }, { whole: ['would', 'will'], starts: [] }]);
  });

  it('reads nothing it cannot be sure of', () => {
    // No word boundary before "bar": it may sit inside a longer word.
    expect(requiredWords(/foobar/)).toEqual([]);
    expect(requiredWords(/\bfoo|bar/)).toEqual([]);
    expect(requiredWords(/\bfoo/i)).toEqual([]);
    expect(requiredWords(/\b\w+ (or|vs) \w+/)).toEqual([{ whole: ['or', 'vs'], starts: [] }]);
  });
});

describe('neededPerAlternative', () => {
  it('reads each top-level alternative on its own, and runs the pattern where any one is met', () => {
    expect(neededPerAlternative(/\bfoo\b|\bbar baz\b/)).toEqual([[{ whole: ['foo'], starts: [] }], [{ whole: ['bar'], starts: [] }, { whole: ['baz'], starts: [] }]]);
    const any = anyPattern([/\bfoo\b|\bbar baz\b/]);
    expect(any('a bar baz')).toBe(true);
    expect(any('foo!')).toBe(true);
    expect(any('bar foo')).toBe(true);
    expect(any('bar only')).toBe(false);
  });

  it('always runs a pattern one of whose alternatives needs nothing readable', () => {
    expect(neededPerAlternative(/\bfoo|bar/)).toBeUndefined();
    expect(anyPattern([/\bfoo|bar/])('crowbar')).toBe(true);
  });
});

describe('anyPattern', () => {
  it('matches when any pattern does, each with its own flags', () => {
    const any = anyPattern([/^\s*select\b/i, /[{};]\s*$/, /^help$/]);
    expect(any('  SELECT * from t')).toBe(true);
    expect(any('if (x) {')).toBe(true);
    expect(any('help')).toBe(true);
    expect(any('please help')).toBe(false);
    expect(any('Selected items')).toBe(false);
  });
});

describe('the classifier phrase lists, read through their words', () => {
  const labelled = ['routing-labelled', 'routing-second'].flatMap((name) =>
    readFileSync(new URL(`../../scripts/eval/${name}.jsonl`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text.toLowerCase()),
  );
  // Joined messages put several phrases in one text, some listed earlier than others.
  const texts = [...labelled, ...labelled.map((text, index) => `${text} ⏎ ${labelled[(index * 7 + 3) % labelled.length]}`)];
  const lists = { JUDGEMENT_PHRASES, SCRUTINY_PHRASES, SMALL_OUTPUT, LARGE_OUTPUT, ABOUT_ASSISTANT, SOCIAL_OPENERS };

  it('answer as the patterns tested one by one', () => {
    for (const [name, patterns] of Object.entries(lists)) {
      const first = firstPattern(patterns);
      const any = anyPattern(patterns);
      for (const text of texts) {
        expect(first(text), `${name}: ${text}`).toEqual(firstOneByOne(patterns, text));
        expect(any(text), `${name}: ${text}`).toBe(patterns.some((pattern) => pattern.test(text)));
      }
    }
  });

  it('read a need from most patterns, so that few run on every message', () => {
    const all = Object.values(lists).flat();
    expect(all.filter((pattern) => requiredWords(pattern).length > 0).length / all.length).toBeGreaterThan(0.9);
  });
});
