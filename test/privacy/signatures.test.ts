/**
 * Who signs a pasted e-mail or note, written for this test (not taken from an evaluation set): the name
 * after a valediction, listed or not, on the same line or the next; never a team, a tool or a desk, and
 * never the valediction itself.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

const masked = (text: string) => redact(text).text;

describe('PERSON: the name that signs a pasted e-mail', () => {
  it.each([
    ['make this warmer: "the invoice is attached, pay by friday. Regards, Oyelaran"', 'make this warmer: "the invoice is attached, pay by friday. Regards, [PERSON]"'],
    ['reply to this:\nsee you at the demo.\nCheers,\nTavita Iosefa', 'reply to this:\nsee you at the demo.\nCheers,\n[PERSON]'],
    ['Thanks so much, Ewurabena — translate to french', 'Thanks so much, [PERSON] — translate to french'],
  ])('%j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('keeps the valediction out of the name', () => {
    expect(masked('the deck is in drive. Best, Kwabena')).toBe('the deck is in drive. Best, [PERSON]');
  });

  it.each(['Best, the Ops team', 'Thanks, Support', 'Regards, Security', 'Best, Kafka Team', 'Thanks, Grafana', 'cheers mate', 'Best Buy has the cables'])('not a team, a tool or a shop: %j', (text) => {
    expect(masked(text)).toBe(text);
  });
});
