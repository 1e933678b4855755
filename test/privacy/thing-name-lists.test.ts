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
    'Amber, Coral and Ivory are the three colour themes in the new design system',
    'the Matterhorn and Denali meeting rooms are closed for painting',
    "we're calling our meeting rooms after poets — Keats, Shelley, Byron",
    'we are naming the new queues after rivers: Danube, Volga, Shannon and Jordan',
    'we named the staging boxes after muppets (kermit, gonzo, fozzie). too silly?',
    // The list ends with its sentence; after the found name its members may be everyday words.
    'the printers on level 2 are named Ceres and Vesta. the third one is broken',
    'Coral, amber and ivory are the three palettes in figma',
  ])('names the things: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['the owners of the staging envs are Ricardo and Lina', ['Ricardo', 'Lina']],
    ['the new hires are called Ana and Bo, say hi', ['Ana', 'Bo']],
    ['thanks Ricardo and Lina, the staging envs are fixed', ['Ricardo', 'Lina']],
    ["Ricardo and Lina's servers are down", ['Ricardo', 'Lina']],
    ['Ricardo and Lina servers are down again', ['Ricardo', 'Lina']],
    // A thing word that opens a role, or a sentence that goes on after the things, is no list of names.
    ['Tavita and Sione are the release managers this cycle', ['Tavita', 'Sione']],
    ['Emeka and Chiamaka are the database admins for now', ['Emeka', 'Chiamaka']],
    ['Priyanka and Dariusz are color blind, so no red/green charts pls', ['Priyanka', 'Dariusz']],
    ['the servers are down again, Priyanka and Dariusz are on it', ['Priyanka', 'Dariusz']],
    ['the owners of both services are Ricardo and Lina', ['Ricardo', 'Lina']],
    ['the rooms are Priyanka and Dariusz’s until 3', ['Priyanka', 'Dariusz']],
    ['we named the focus rooms after our founders, Priyanka and Dariusz', ['Priyanka', 'Dariusz']],
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
