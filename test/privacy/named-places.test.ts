import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

const persons = (text: string) => detectEntities(text).filter((entity) => entity.type === 'PERSON').map((entity) => entity.value);

describe('a found name that is wholly a well-known place', () => {
  it.each([
    'Brisbane is an hour behind Sydney in winter, book accordingly',
    'latency from Mumbai is fine but Sydney is awful since tuesday',
    'Darwin and Cairns share a shipping zone, same rate card',
    'Houston is 6h behind london so the call is at 3pm theirs',
    'Manchester and Leeds are on the same courier route, one label each',
    'Oregon and Nevada both want the sales tax fix before q3',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['ask Sydney to review the terraform change', 'Sydney'],
    ["Sydney's out sick today, I'll cover standup", 'Sydney'],
    ['tell Priyanka and Austin the retro moved to 3', 'Austin'],
    ['sorry Denver, the reimbursement bounced again', 'Denver'],
    ['Lorraine from the Nancy office wants the deck by friday', 'Lorraine'],
    ['Charlotte said she would take the on-call swap', 'Charlotte'],
    ['austin and jordan are both at the offsite this week', 'austin'],
  ])('is a person when the words around it say so: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});
