import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';

/** Words that are also properties every JavaScript object inherits: the word lists are plain objects, so a lookup must not find those. */
describe('words that name inherited object properties', () => {
  const words = [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype), 'prototype'];

  it('are read as words: the guard and the classifier never throw on them', () => {
    for (const word of words) {
      for (const text of [word, `the ${word.toLowerCase()} is wrong`, `Ask ${word[0]!.toUpperCase()}${word.slice(1)} about it`]) {
        expect(() => redact(text), text).not.toThrow();
        expect(() => assessRequest(text, { confidence: 0.2, line: 0.35 }), text).not.toThrow();
      }
    }
  });

  it('leave a message about a class constructor as it was', () => {
    expect(redact('the constructor throws when the config is missing').text).toBe('the constructor throws when the config is missing');
  });
});
