/**
 * Streets typed in lower case whose names are everyday words ("22 beach rd", "14 wattle cres") are
 * addresses when the line says so: a postcode soon after — a state and ZIP or an Australian state and
 * its four digits, with or without a comma, or a known town and its postcode — or an invoice's "bill
 * to". A compass letter before the name ("2281 n milwaukee ave") is part of it. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

describe('ADDRESS: lower-case streets of everyday words, bounded by a postcode or an invoice cue', () => {
  it.each([
    ['new tenant is at 9 rose st, paddington nsw 2021 from monday', '9 rose st, paddington nsw 2021'],
    ['label says 31 ocean view rd, durban 4001 but courier cant find it', '31 ocean view rd, durban 4001'],
    ['one line from the form: 418 w pine st tulsa ok 74103 can u split it into fields', '418 w pine st tulsa ok 74103'],
    ['invoice header pls. bill to: 7 harbour rd, then the vat line', '7 harbour rd'],
    // A town no list holds, written in no English word, before its postcode.
    ['the cottage is 5 mill lane, glenfarne 4532. gate code is on the fridge', '5 mill lane, glenfarne 4532'],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it.each([
    'we walked 5 min from the park rd exit, 2021 was better',
    'i did 3 laps of the beach rd loop, 4001 steps lol',
    'bill to the marketing budget: 3 laptops, 2 docks',
    'ran 3 load tests on the main rd cluster, build 18422 passed',
  ])(
    'leaves counts and phrases alone: %j',
    (text) => {
      expect(addresses(text)).toEqual([]);
    },
  );
});

describe('ADDRESS: continental streets typed in lower case', () => {
  it.each([
    ["il cliente dice che l'indirizzo giusto è via alessandro manzoni 41, int. 7, 20121 milano — aggiorna il crm", 'via alessandro manzoni 41, int. 7, 20121 milano'],
    ['entregar em rua dos andradas 880 apto 12, porto alegre até sexta', 'rua dos andradas 880 apto 12, porto alegre'],
    ['kurier jedzie na ul. długa 17 m. 4, gdańsk jutro', 'ul. długa 17 m. 4, gdańsk'],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it.each(['we went via dubai 2 times, lol', 'send it via email 12 times to the london team', 'via giuseppe verdi 3 is my fav opera lol'])('leaves a type word that is a preposition, or no place after the number, alone: %j', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
