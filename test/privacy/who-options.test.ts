/**
 * The options a "who" question offers are people: "who's better placed to run the review, Autumn or Reed?", "who's
 * taking the 2am page — Rowan, Sage or Briar?". Names that are English words count there, as a cue counts for
 * them elsewhere; firms, products, teams and places offered the same way stay ("who's cheaper, Stripe or Adyen?",
 * "who owns this, Finance or Legal?", "who wins, Madrid or Barcelona?"). Written before the rule.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: the options of a "who" question', () => {
  it.each([
    ["who's better placed to run the vendor review, Autumn or Reed? both are free in march", ['Autumn', 'Reed']],
    ["who's taking the 2am page this week — Rowan, Sage or Briar?", ['Rowan', 'Sage', 'Briar']],
    ['who do u trust more with the billing rewrite: Frost or Hale?', ['Frost', 'Hale']],
  ])('finds the people in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each(["who's cheaper, Stripe or Adyen?", 'who owns this, Finance or Legal?', 'who wins, Madrid or Barcelona?', 'who should we go with, Deloitte or KPMG?', 'who cares, Monday or Tuesday?'])(
    'leaves %j alone',
    (text) => {
      expect(foundOfType(text, 'PERSON')).toEqual([]);
    },
  );
});
