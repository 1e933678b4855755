import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('PERSON: names that are English words, settled by what only people do after them', () => {
  it.each([
    ['Joy is out sick today, her tickets are unassigned', ['Joy']],
    ['Sterling will demo the billing flow on friday', ['Sterling']],
    ['Brook pinged me about the quota bump', ['Brook']],
    ['Fields is on leave until the 14th', ['Fields']],
    ["Waters' team took over the queue workers", ['Waters']],
    ['Ford (our contractor) needs VPN access', ['Ford']],
    ['wade is covering the pager tonight', ['wade']],
    ['lane can you review the terraform plan?', ['lane']],
    ["gene's laptop froze during the call", ['gene']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Hope is not a strategy, we need alerts',
    'Rich text is supported in the new editor',
    'Security is reviewing the firewall rules',
    'Easter Monday is a holiday in most of Europe',
    'will do, the build is out of date anyway',
    'Power is out in the office, working from the cafe',
    'Page is back up after the restart',
    'Summer is taking forever to arrive this year',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: a given name and a surname that is also a word or a place', () => {
  it.each([
    ['Peggy Marsh sent the revised quote', ['Peggy Marsh']],
    ['Nora Church will be the acting team lead', ['Nora Church']],
    ['Dawn Field was assigned the escalation', ['Dawn Field']],
    ['Blessing Dube raised the access request', ['Blessing Dube']],
    ['Cherry Vaughn from the agency is on the call', ['Cherry Vaughn']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a firm named with an organisation word when nobody is its given name', () => {
    expect(names('Acme Bank sent the revised quote')).toEqual([]);
  });
});
