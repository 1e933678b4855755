import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * Towns that are also given names (Austin, Charlotte, Adelaide, Florence, Denver, Sofia) listed
 * together: one member that is surely a place — a town that is nobody's name, a town written with its
 * state, a list opened by "in" — or the words after the list ("offices", "all capital cities") settle
 * every member as a place. A list of the same names with nothing to settle it may be people, and stays
 * masked.
 */
describe('PERSON: towns named like people, listed as places', () => {
  it.each([
    'our offices in Austin, Charlotte and Denver are closed on friday for the storm',
    'we are hiring in Adelaide, Florence and Sofia next quarter, mostly support roles',
    'the team is spread between Austin, Charlotte and Omaha (Nebraska) so pick a sane meeting time',
    'three bids for the conference: Victoria BC, Regina and Florence, which is cheapest in may',
    'Tulsa, Charlotte and Denver all reported the outage within the hour',
    'adelaide and hobart stores are shut for the public holiday',
    'the Charlotte and Denver warehouses ship from monday',
    'are Sofia, Santiago and Quito all capital cities? for the country dropdown',
    'standup moves to 9am Adelaide time from next week',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('keeps people listed with names of towns when nothing says place', () => {
    expect(persons('Austin, Charlotte and Denver joined the call late')).toEqual(['Austin', 'Charlotte', 'Denver']);
    expect(persons('ask Florence and Adelaide for the venue numbers')).toEqual(['Florence', 'Adelaide']);
    expect(persons('the team in Austin, Charlotte and Raj will cover the weekend')).toEqual(['Charlotte', 'Raj']);
    expect(persons('Jackson and Denver (our new grads) start on monday')).toEqual(['Jackson', 'Denver']);
    expect(persons('the work was split between Austin and Charlotte, both did great')).toEqual(['Austin', 'Charlotte']);
    // A comma alone makes no list: Jordan is greeted, Georgia named.
    expect(persons('Jordan, Georgia will review the deck tonight')).toEqual(['Jordan', 'Georgia']);
    // Asked of colleagues more often than of towns.
    expect(persons('what timezone is Austin in? want to book a call')).toEqual(['Austin']);
  });

  it('keeps a person whose doing follows a list opened by a town that is nobody’s name', () => {
    expect(persons('Omaha, Charlotte and Denver said they can help')).toEqual(expect.arrayContaining(['Charlotte', 'Denver']));
    expect(persons('tell Charlotte the Tulsa and Omaha numbers are in')).toEqual(['Charlotte']);
  });
});
