import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('PERSON: names in messages written in capitals', () => {
  it.each([
    ['PARKER WANTS THE DEPLOY FROZEN TONIGHT', ['PARKER']],
    ['DEAN OYELARAN IS ON CALL, NOT ME', ['DEAN OYELARAN']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['BILL IS DUE FRIDAY', 'THE PAGE WILL RELOAD ITSELF'])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: a quoted nickname inside a full name', () => {
  it.each([
    ['Roberto "Beto" Alvarez owns the billing queue', ['Roberto "Beto" Alvarez']],
    ['Margaret (Peggy) Hollins signed the lease', ['Margaret (Peggy) Hollins']],
  ])('masks the whole name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('PERSON: names in a message mostly in another Latin-script language', () => {
  it.each([
    ['Mariana Costa dos Reis pediu acesso ao painel', ['Mariana Costa dos Reis']],
    ['Jürgen und Sabine sind morgen nicht im Büro', ['Jürgen', 'Sabine']],
  ])('finds the people in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a firm joined by "et"', () => {
    expect(names('Lambert et Fils a envoyé la facture hier soir')).toEqual([]);
  });
});
