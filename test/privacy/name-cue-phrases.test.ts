import { describe, expect, it } from 'vitest';
import { hasPersonCueBefore } from '../../src/router/privacy/name-cues.ts';

/**
 * Every phrase that says "a person follows" must still say so however it is written: a plain-string look
 * at the phrase's last word decides whether the full pattern runs at all.
 */
const PHRASES = [
  ...'hi|hey|hello|hiya|dear|morning|thanks|thanks to|thank you|thx|ty|cheers|cc|bcc|bye|welcome|congrats|congratulations|kudos to|shout-out to|shoutout to|props to'.split('|'),
  ...'ask|asked|asking|ping|pinged|pinging|tell|told|dm|message|messaged|remind|reminded|thank|thanked|email|emailed|contact|contacted|loop in|looped in|looping in|cc\'d|introduce|introducing|invite|invited|meet'.split('|'),
  'spoke with', 'catch up with', '1:1 with', 'coffee with', 'reached out to', 'handed over to', 'signed off by', 'organised by', 'organized by', 'presented by',
];

function cued(before: string): boolean {
  const text = `${before}Ngozi Okafor`;
  return hasPersonCueBefore(text, before.length);
}

describe('PERSON cues before a name', () => {
  it.each(PHRASES)('"%s" cues a person, in any case and punctuation', (phrase) => {
    expect(cued(`ok so ${phrase} `)).toBe(true);
    expect(cued(`${phrase.toUpperCase()}, `)).toBe(true);
    expect(cued(`(${phrase[0]!.toUpperCase()}${phrase.slice(1)}: `)).toBe(true);
  });

  it('needs the phrase as a whole word, right before the name', () => {
    expect(cued('the pretty ')).toBe(false);
    expect(cued('we asked for it, ')).toBe(false);
    expect(cued('integrate with ')).toBe(false);
    expect(cued("o'hi ")).toBe(false);
  });

  it('reads a phrase cut by the 40-character reach as the pattern does', () => {
    // The pattern sees the last 40 characters only: they begin at "thanks" (cut from "xxthanks"), then at "hanks".
    expect(cued(`xxthanks${' '.repeat(34)}`)).toBe(true);
    expect(cued(`xxthanks${' '.repeat(35)}`)).toBe(false);
  });

  it('folds case as the pattern does, non-ASCII letters included', () => {
    expect(cued('pls aſk ')).toBe(true);
  });
});
