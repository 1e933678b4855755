/**
 * Given names that are frequent words in another language ("ravi", "linh", "thanh", "sora") read as
 * ordinary words to the recall pass; after a person cue in an English message they are someone. Each
 * of these was missed before. A cue that also introduces places ("from", "by") and messages written
 * in another language are left as they were.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: a frequent foreign word after a person cue', () => {
  it.each([
    ['quick 1:1 with ravi tomorrow, he asked for it', 'ravi'],
    ['ask linh about the invoice', 'linh'],
    ['ok sync with thanh before the demo', 'thanh'],
  ])('finds the person in %j', (text, name) => {
    expect(foundOfType(text, 'PERSON')).toEqual([name]);
  });

  it.each(['latency from Pune is fine, Mumbai is slower', 'Le client veut une démo la semaine prochaine', 'spoke with gracias about it'])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
