import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * Rooms, servers, clusters and themes are named after people, gems, moons and painters, several at once; the
 * list says so itself — a plural thing as its subject, or the things right after it.
 */
describe('PERSON: a list of names given to things', () => {
  it.each([
    'the meeting rooms are now called Juniper, Willow and Hazel',
    'Juniper, Willow and Hazel are the new meeting room names',
    'our clusters are named after moons: Titan, Europa, Callisto and Io',
    'we named the build servers after painters — Monet, Cassatt, Kahlo',
    'rooms on level 4 are Ruby, Pearl and Opal, book via outlook',
    'Amber, Coral and Ivory are the three colour themes in the new design system',
    'the Matterhorn and Denali meeting rooms are closed for painting',
    "we're calling our meeting rooms after poets — Keats, Shelley, Byron",
    'we are naming the new queues after rivers: Danube, Volga, Shannon and Jordan',
    'we named the staging boxes after muppets (kermit, gonzo, fozzie). too silly?',
  ])('names the things: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['the owners of the staging envs are Ricardo and Lina', ['Ricardo', 'Lina']],
    ['the new hires are called Ana and Bo, say hi', ['Ana', 'Bo']],
    ['thanks Ricardo and Lina, the staging envs are fixed', ['Ricardo', 'Lina']],
    ["Ricardo and Lina's servers are down", ['Ricardo', 'Lina']],
    ['Ricardo and Lina servers are down again', ['Ricardo', 'Lina']],
  ])('keeps people the list does not name things with: %s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
});

describe('PERSON: people doing something with things', () => {
  it.each([
    ['Juniper and Rowan are swapping desks on friday', ['Juniper', 'Rowan']],
    ['the people in the rooms are Ana and Priyanka', ['Ana', 'Priyanka']],
  ])('stay people: %s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
});
