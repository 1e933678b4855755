import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/knowledge/search/passage-memo.ts';

describe('per-passage memo', () => {
  it('computes a passage once, by id or by text, and again when the text under an id changed', () => {
    const computed: string[] = [];
    const lengthOf = memoByText(10, (text) => {
      computed.push(text);
      return text.length;
    });
    expect(lengthOf('the travel policy', 7)).toBe(17);
    expect(lengthOf(['the travel', 'policy'].join(' '), 7)).toBe(17);
    expect(lengthOf('the travel policy, edited', 7)).toBe(25);
    expect(lengthOf('a heading')).toBe(9);
    expect(lengthOf('a heading')).toBe(9);
    expect(computed).toEqual(['the travel policy', 'the travel policy, edited', 'a heading']);
  });

  it('starts over when full', () => {
    let calls = 0;
    const memo = memoByText(2, (text) => ++calls && text);
    memo('a', 1);
    memo('b', 2);
    memo('c', 3);
    memo('a', 1);
    expect(calls).toBe(4);
  });
});
