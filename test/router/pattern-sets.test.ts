import { describe, expect, it } from 'vitest';
import { anyPattern, firstPattern } from '../../src/router/request-kind/pattern-sets.ts';

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

  it('refuses patterns it cannot join without changing their meaning', () => {
    expect(() => firstPattern([/a/, /b/i])).toThrow(/different flags/);
    expect(() => firstPattern([/a/g])).toThrow(/cannot join/);
    expect(() => firstPattern([/(a)\1/])).toThrow(/cannot join/);
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
