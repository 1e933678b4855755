/**
 * Clauses side by side about people: when one opens with a name the guard found, a capitalised word
 * opening a neighbouring clause the same way is a person too. Sentences written for the class (shift
 * handovers, approvals, travel lists), not taken from any evaluation set; each pair's second name was
 * missed before this pass.
 */
import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';

describe('PERSON: a name beside a named person, opening a clause the same way', () => {
  it.each([
    ['Oluwaseun took the early page, Thandeka rotates in at noon', ['Oluwaseun', 'Thandeka']],
    ['Gabriela signed off on the budget but Hunter still wants a second quote', ['Gabriela', 'Hunter']],
    ['flights: Mihaela Popescu OTP-AMS on the 3rd, Tendai OTP-AMS on the 4th', ['Mihaela Popescu', 'Tendai']],
    ['Radek fixed the flaky test and Przemek reverts the old workaround', ['Radek', 'Przemek']],
    ['Ingrid Solberg covers mornings, Sigrun covers evenings', ['Ingrid Solberg', 'Sigrun']],
    ['Yusuf wrote the runbook, Faisal reviews it tomorrow', ['Yusuf', 'Faisal']],
  ])('finds both in %j, in order', (text, expected) => {
    // found() also checks that the spans are exact and sorted.
    expect(found(text)).toEqual(expected.map((name) => `PERSON:${name}`));
  });

  it.each([
    // Products, teams, days and places open clauses too: a named person beside them changes nothing.
    ['Gabriela approved it, Slack is down though', ['Gabriela']],
    ['Oluwaseun is on leave, Stripe refunds in 5 days', ['Oluwaseun']],
    ['Radek merged the PR, Monday works for the release', ['Radek']],
    ['Yusuf reviewed the doc and Legal approves it tomorrow', ['Yusuf']],
    ['Ingrid owns billing, Search owns relevance', ['Ingrid']],
  ])('leaves the other clause alone in %j', (text, expected) => {
    expect(foundOfType(text, 'PERSON')).toEqual(expected);
  });

  it('needs a named person on the same line', () => {
    expect(foundOfType('Gabriela approved the refund.\nHunter still wants a second quote', 'PERSON')).toEqual(['Gabriela']);
  });
});
