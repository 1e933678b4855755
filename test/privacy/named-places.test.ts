import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('a found name that is wholly a well-known place, with its clock compared', () => {
  it.each([
    'Brisbane is an hour behind us in winter, book accordingly',
    'Houston is 6h behind london so the call is at 3pm theirs',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('stays a name when nothing says place: privacy fails closed', () => {
    expect(persons('latency from Mumbai is fine but Sydney is awful since tuesday')).toContain('Sydney');
    expect(persons('Darwin and Cairns share a shipping zone')).toEqual(['Darwin', 'Cairns']);
    expect(persons('Madison and Santa Clara both flagged the contract')).toEqual(['Madison', 'Santa Clara']);
    expect(persons('Tyler is an hour behind on the rollout, can someone cover?')).toEqual(['Tyler']);
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

describe('a town written with its state or country after a comma', () => {
  it.each([
    'the Jackson, Mississippi warehouse goes live monday, who is on site?',
    'Charlotte, North Carolina office opens in march',
    'the new support hub is in Austin, Texas, so the standup moves an hour',
    'Sydney, Australia has the best latency of the three regions',
    'we opened the Tyler, Texas site last week',
    'Austin, TX is where the returns get processed',
    'shipping to Cedar Rapids, Iowa is delayed, carrier issue',
    'Victoria, BC customers want invoices in both languages',
  ])('keeps both the town and the region: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    // Addressed, then named: a town opening its sentence keeps a region only when the region is no one's name.
    ['Jordan, Georgia is the one who approved it', ['Jordan', 'Georgia']],
    ['hi Jordan, Georgia is asking about the deck', ['Jordan', 'Georgia']],
    ['Jordan, Georgia and Austin joined the call late', ['Jordan', 'Georgia', 'Austin']],
    ['Sydney, Victoria, Tom: the retro moved to 3', ['Sydney', 'Victoria', 'Tom']],
    ['thanks Austin, Texas really liked the demo', ['Austin']],
    ['Madison, Georgia said yes to the swap', ['Madison', 'Georgia']],
  ])('stays names when a list goes on, a cue or a doing says person: %s', (text, names) => {
    expect(persons(text)).toEqual(expect.arrayContaining(names));
  });
});

describe('a town listed beside a place that is nobody’s name', () => {
  it.each([
    'which city works better for the support hub, Singapore or Sydney? think timezones',
    'Tokyo or Houston for the sales kickoff, whichever is cheaper to fly into',
    'the Nairobi and Charlotte teams both asked for the new laptops',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    // The other member is a name as well as a place: two people, perhaps.
    ['Darwin and Cairns share a shipping zone', 'Darwin'],
    ['Madison and Santa Clara both flagged the contract', 'Madison'],
    // A request or a person's doing settles it whatever is listed beside it.
    ['ask Houston or the Madrid office to sign it off', 'Houston'],
    ["Sydney and Singapore's new hire are both on call", 'Sydney'],
  ])('is a person when the list or the words around it say so: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('a town written with its state’s code and no comma, or its region in brackets', () => {
  it.each([
    'venues to compare: Victoria BC, Lisbon and Porto, cost and weather',
    'the warehouse is in Lincoln (Nebraska), 2 hours from the airport',
    'Charlotte NC and Austin TX offices both close early friday',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('is a person when the words around it say so', () => {
    expect(persons('Jordan GA said yes to the offer')).toContain('Jordan');
    expect(persons('Jordan (she/her) will review it')).toContain('Jordan');
  });
});

describe('places written with their own accents, and places of more than one word', () => {
  // The place list writes many towns without accents ("Medellin", "Sao Paulo"); people write them either way.
  it.each([
    'the warehouses in São Paulo, Jackson and Bogotá all closed early',
    'we are hiring in Bogotá, Florence and Gdańsk next quarter',
  ])('settles a list whose members are accented places: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  // Folded, "Sofía", "Concepción" and "Ángeles" are towns; written with their accents they are colleagues.
  it.each([
    ['Concepción ya firmó el contrato', 'Concepción'],
    ['Ángeles is 2 hours ahead of us, schedule early', 'Ángeles'],
    ['9am Sofía time works for the sync', 'Sofía'],
  ])('keeps a one-word given name that only its folded spelling makes a town: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  // "San" and "Santa" are towns of their own: the member is the whole place, and the list's predicate follows it.
  it.each([
    'are Tyler, Victoria and San Antonio all cities in Texas?',
    'Jackson, Madison and Santa Cruz are all in one time zone right',
  ])('reads the last member to the end of its place: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('keeps the people of a list that is no list of places', () => {
    expect(persons('thanks Medellín and Jackson for covering the weekend')).toEqual(['Medellín', 'Jackson']);
  });
});
