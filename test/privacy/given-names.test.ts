import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { foldName, isHumanName } from '../../src/router/privacy/human-names.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('the names list', () => {
  it('knows given names of many origins, accented or not', () => {
    for (const name of ['Chukwuemeka', 'Siobhan', 'Wanjiru', 'Dolores', 'Thandiwe', 'Ngoc']) expect(isHumanName(name), name).toBe(true);
    expect(foldName('Dolorès')).toBe('dolores');
    expect(isHumanName('Dolorès')).toBe(true);
    expect(isHumanName('Kubernetes')).toBe(false);
  });

  // Letters that do not decompose are spelled out as their languages write them in ASCII. Written before the fold.
  it('knows names written with ð, þ, æ, œ, ß, ı and ħ as their ASCII spellings', () => {
    expect(foldName('Guðrún')).toBe('gudrun');
    expect(foldName('Þórunn')).toBe('thorunn');
    expect(foldName('Sæunn')).toBe('saeunn');
    expect(foldName('Yıldız')).toBe('yildiz');
    expect(foldName('Großmann')).toBe('grossmann');
    for (const name of ['Guðrún', 'Yıldız']) expect(isHumanName(name), name).toBe(true);
  });

  it('finds such a name in lower case where a listed name is needed', () => {
    expect(names('did guðrún get the email')).toEqual(['guðrún']);
    expect(names('yıldız is out sick')).toEqual(['yıldız']);
  });
});

describe('PERSON: given names found by where they stand', () => {
  it.each([
    ['Siobhan and Wanjiru migrated the billing cron', ['Siobhan', 'Wanjiru']],
    ['can Thandiwe and Siobhan Keane review the runbook?', ['Thandiwe', 'Siobhan Keane']],
    ['huge thanks to wanjiru for the postmortem', ['wanjiru']],
    ["Thandiwe's pager went off twice last night", ['Thandiwe']],
    ['Dolores and Ngoc are both out on friday', ['Dolores', 'Ngoc']],
  ])('finds the people in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('finds names that are English words before a surname or after a request', () => {
    expect(names('Summer Adeyemi owns the migration now')).toEqual(['Summer Adeyemi']);
    expect(names('please talk to Hunter before you merge')).toEqual(['Hunter']);
    expect(names('Mercy and Patience are running the offsite')).toEqual(['Mercy', 'Patience']);
  });

  it('finds an initial with a surname and a given name with particles', () => {
    expect(names('k. nowak signed off the release')).toEqual(['k. nowak']);
    expect(names('Lucía de la Vega is covering on-call')).toEqual(['Lucía de la Vega']);
  });

  it.each([
    'Hope and Mercy are the two values on the poster',
    'ask Finance about the refund',
    'the grace period ends in May',
    'will do, mark it as done',
    'Vendors said Zscaler is blocking the registry again',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: firms named after people are no person', () => {
  it.each(["Sainsbury's wants a new integration", 'Procter & Gamble renewed the licence', 'Marks & Marks sent the invoice', 'Team Basilisk owns the ingest service'])(
    'leaves %j alone',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('PERSON: a listed given name said last, to the person it is for', () => {
  it.each([
    ['great work Oluwaseun', 'Oluwaseun'],
    ['sorry Priya', 'Priya'],
    ['welcome back Priya 🎉', 'Priya'],
    ['ok Thandiwe', 'Thandiwe'],
    ['great work Siobhan! next up is the quarterly deck', 'Siobhan'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['we have offices in Accra, Nairobi and Lagos.', 'the build runner is Ubuntu', 'we moved off Heroku last year', 'ship the samples to Lagos'])(
    'leaves a thing or a place said last alone: %j',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('PERSON: a word-name in lower case, greeted and set off by a comma', () => {
  it.each([
    ['hi will, as i mentioned last week the report is late', 'will'],
    ['morning mark, can you merge the fix', 'mark'],
    ['hi hope, quick q about the invoice', 'hope'],
    ['hi sunny, welcome to the team!', 'sunny'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['thanks, will do', 'hi, hope you are well', 'hi all, quick q', 'hey guys, standup moved', 'cheers mate!', 'thanks again, really helpful'])(
    'leaves %j alone',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});
