import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: a group or role greeted or spoken of as one is no one', () => {
  it.each([
    'Dear Parent, the school trip moves to the 14th, permission slips by friday',
    'notice from the building manager:\n"Dear Tenant, the lift is out of service on 3 May. Regards, Facilities"',
    'Hi Team, quick update on the release: we slip a day',
    'meeting notes (speaker names off):\n- Team agreed to freeze the schema on Monday',
    'Dear Neighbour, we are having a small party on saturday, sorry for the noise',
    'Dear Partner, our reseller terms change on 1 July',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('still masks a person greeted the same way', () => {
    expect(persons('Dear Hope, thanks for the quick turnaround')).toEqual(['Hope']);
    expect(persons('Hi Mason, can you look at the rota')).toEqual(['Mason']);
  });
});
