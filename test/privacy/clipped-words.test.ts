/**
 * A long word clipped after a consonant pair ("addr", "descr", "impl", "conf") is that word shortened:
 * not another language's word, so not a name after a cue that introduces people ("customer", "client").
 * Names after the same cues are still found, listed ones included even where they open a word ("hans").
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string) => foundOfType(text, 'PERSON');

describe('a clipped English word after a person cue is not a name', () => {
  it.each(['customer addr changed again, pls update the crm', 'client impl is wrong, can u debug it', 'customer descr says the unit arrived broken', 'guest conf number is in the sheet'])('%j', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['pls ask customer ana to resend the form', ['ana']],
    ['thanks hans for the review', ['hans']],
    ['customer oyelaran called twice today', ['oyelaran']],
  ])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
