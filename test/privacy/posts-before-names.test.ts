import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * Someone's post, then their full name: "our CFO Ingrid Dahl", "my report Sunny", "new starter Wen Hui Lim".
 * A post in capitals is no part of a thing's name ("our CFO Ingrid Dahl" is not a product called that).
 */
describe('PERSON: a post, then who holds it', () => {
  it.each([
    ['the card is in the name of our CFO Halvard Moe. can we pay the deposit by phone', 'Halvard Moe'],
    ['draft a welcome note from our CEO Abena Asante-Mensah for the all hands', 'Abena Asante-Mensah'],
    ['1:1 with my report Dewi, she wants to move to the platform team', 'Dewi'],
    ['order a monitor for new starter Siew Ling Koh, she starts on the 3rd', 'Siew Ling Koh'],
    ['can our VP Rashida Okeke sign the SOW or does it need the board', 'Rashida Okeke'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves capitalised things after a post and a determiner', () => {
    expect(persons('our CFO Dashboard needs the Q3 numbers')).toEqual([]);
    expect(persons('my report Q3 Revenue is attached')).toEqual([]);
  });
});
