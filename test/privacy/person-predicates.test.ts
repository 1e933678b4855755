import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';
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

describe('PERSON: a name no list has, in lower case, opening the line before what only people do', () => {
  it('finds it, and leaves a tool before what tools do', () => {
    expect(names('bahodir is out sick today, his tickets wait')).toEqual(['bahodir']);
    expect(names('xiomena is covering for me while im at the dentist')).toEqual(['xiomena']);
    expect(names('kubectl is out of date on the jump host')).toEqual([]);
    expect(names('grafana is down again')).toEqual([]);
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

describe('PERSON: word-names settled by a contraction, a feeling, a return from leave, a question about them, or an address', () => {
  it.each([
    ["Reed's out sick, can someone take his 1:1s", ['Reed']],
    ["forest's on PTO till monday", ['forest']],
    ['Baker is going to be furious about the rollback', ['Baker']],
    ['Hale was gutted the talk got cut', ['Hale']],
    ['Marsh is back from paternity leave on the 3rd', ['Marsh']],
    ['is Hawk around? the invoice needs a second approver', ['Hawk']],
    ['is Rain still doing the vendor audit?', ['Rain']],
    ['honestly Wolf forgot the slides again', ['Wolf']],
    ['can you remind Colt the budget sheet is due', ['Colt']],
    ['just let Sage choose the venue', ['Sage']],
    ['sorry Austin, the build broke your branch', ['Austin']],
    ['Hart from the berlin office won the hackathon', ['Hart']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Summer was great, back to work now',
    'the build broke before Slack had it',
    'is Redis still running on the old box?',
    'the Frost warning came late again',
    'Linear went down for ten minutes',
    'is Spring around the corner already?',
    'Traffic is going to be bad on friday',
    '10:15:30 ERROR CheckoutService - Payment failed for order 118877',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: a possessive before what only a person has', () => {
  it.each([
    ["if you need to reach her, Clover's mobile is in the sheet", ['Clover']],
    ["Kamau's home IP got blocked by the WAF", ['Kamau']],
    ["i can take Aroha's girls on thursday", ['Aroha']],
    ["Tavita's grandma is in hospital, she's out till monday", ['Tavita']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(["Acme's home page is down again", "the customer's home directory filled up"])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: a role in brackets with his or her', () => {
  it('finds a name whose words are everyday words when "(her skip level)" follows', () => {
    expect(foundOfType('draft the review. Faith Bishop (her skip level) wants it by friday', 'PERSON')).toContain('Faith Bishop');
  });

  it('takes the trades, teams and kin people are to each other, and no service in brackets', () => {
    expect(names('Temirlan (our devops) rotated the certs last night')).toEqual(['Temirlan']);
    expect(names('Gulnara (the new QA) starts monday')).toEqual(['Gulnara']);
    expect(names('Ulan (her son) will pick up the laptop')).toEqual(['Ulan']);
    expect(names('Redis (our cache) is down again')).toEqual([]);
  });
});
