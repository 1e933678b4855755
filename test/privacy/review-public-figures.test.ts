/**
 * A fresh-eyes review of the first public-figure rule, which let a famous name go unless the message proved it was
 * someone here: colleagues, customers and candidates named like the famous were released in ordinary workplace
 * sentences. The rule now asks the message to say "public" first. The review's families, in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('review: namesakes of the famous stay masked in ordinary workplace chat', () => {
  it.each([
    // Opinions and speech, which colleagues are said to have as often as anyone.
    ['Jennifer Lopez thinks the rollout should wait a sprint', ['Jennifer Lopez']],
    ['Michael Jackson confirmed the PO number this morning', ['Michael Jackson']],
    // The name as the object of the work.
    ['we interviewed Morgan Freeman for the data role, strong on SQL', ['Morgan Freeman']],
    ['still blocked on Paul McCartney for the vendor sign-off', ['Paul McCartney']],
    // Field labels and notes.
    ['assignee: Lewis Hamilton\nstatus: in review', ['Lewis Hamilton']],
    // HR words after a possessive.
    ["Jeff Bezos's probation review is next week", ['Jeff Bezos']],
    ["Warren Buffett's resignation letter came in", ['Warren Buffett']],
    // A workplace after the name, the writer's own dealings with it.
    ['Richard Branson from the Leeds office is running the raffle', ['Richard Branson']],
    ['Nelson Mandela and I are pairing on the billing bug', ['Nelson Mandela']],
    // A list of people here, every one of them named like someone famous.
    ['interview slots tomorrow: Rosa Parks, Jane Austen, Gordon Ramsay', ['Rosa Parks', 'Jane Austen', 'Gordon Ramsay']],
    // One decision per name.
    ["Gordon Ramsay's ticket is urgent. Ramsay says the export is empty", ['Gordon Ramsay', 'Ramsay']],
  ])('keeps %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    // The message tells the namesake from the famous one, whatever else it says.
    ['Greta Thunberg (not the activist) won the office bake-off', ['Greta Thunberg']],
    ['Mark Zuckerberg, no relation, joins the platform team in March', ['Mark Zuckerberg']],
    // One decision per name: a mention that is someone here keeps the public-looking one masked too.
    ['Tom Holland biopic? nah, Tom Holland from sales is on leave', ['Tom Holland', 'Tom Holland']],
    // Offices and wins that colleagues hold too.
    ['union president Barack Obama wants a word about the rota', ['Barack Obama']],
    ['Lionel Messi won the office world cup sweepstake again', ['Lionel Messi']],
  ])('keeps %j when the message says it is a namesake', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });
});
