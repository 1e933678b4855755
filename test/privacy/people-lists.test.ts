import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('PERSON: lists of people, whatever the names are made of', () => {
  it.each([
    ['Tuomas and Aino are both out next week', ['Tuomas', 'Aino']],
    ['Anjali and Bliss will pair on the exporter', ['Anjali', 'Bliss']],
    ['Chaiya, Nattapong, and Dao will cover the Bangkok booth', ['Chaiya', 'Nattapong', 'Dao']],
    ['Sione and Losa from the Suva office are dialling in', ['Sione', 'Losa']],
    ['Summer and Spring (sisters, yes) both applied for the intern slots', ['Summer', 'Spring']],
    ['Ivy Lake and Ama Owusu are running the offsite', ['Ivy Lake', 'Ama Owusu']],
    ['wade and lane both said the canary looks fine', ['wade', 'lane']],
    ['rich and sunny will split the on-call week', ['rich', 'sunny']],
    ['cc: ana, bo and wen', ['ana', 'bo', 'wen']],
    // A capitalised member that the web writes as a lower-case word ("lagi", "ife") is no reason to doubt the list.
    ['pls forward to the new starters: Ife, Obinna Okeke, Lagi, Salote Havili — they need laptops by monday', ['Ife', 'Obinna Okeke', 'Lagi', 'Salote Havili']],
  ])('finds the people in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'red and green will both show in the legend',
    'Kafka, Redis, and Postgres will be upgraded on sunday',
    'attendees: Priya, legal and the data folks',
    'ingredients: Tabasco, Worcester Sauce, Lagi, Tajin',
  ])('leaves the things in %j alone', (text) => {
    expect(names(text).filter((name) => name !== 'Priya')).toEqual([]);
  });
});

describe('PERSON: word-names opening a sentence together, in lower case or in capitals', () => {
  it.each([
    ['penny and dawn are bickering about the color palette again', ['penny', 'dawn']],
    ['faith and dawn are both on the hiring panel thursday', ['faith', 'dawn']],
    ['rose and heather are out sick, push the retro', ['rose', 'heather']],
    ['KWAME AND OLUWASEUN ARE ON LEAVE UNTIL MONDAY', ['KWAME', 'OLUWASEUN']],
    ['KWAME AND OLUWASEUN ARE ARGUING AGAIN', ['KWAME', 'OLUWASEUN']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'rose and lily are blooming in the lobby planters',
    'faith and hope are growing in the team, says the survey',
    'joy and grace are both important values for the brand',
    'summer and autumn are on the roadmap',
    'hope and pray the migration holds',
    'mark and sweep are both gc phases',
    'LINUX AND MACOS ARE ON THE SUPPORT LIST',
    // Found by a review of the first version.
    'mark and sweep are working on the heap in parallel',
    'ruby and rust are on the panel this year',
    'summer and autumn are on the rota for the garden club',
  ])('not things, virtues or seasons: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: rows of holders before their values, and a line break ends a phrase', () => {
  it('names each payee of a pasted list of IBANs, wherever the list starts', () => {
    const text = 'sepa payment bounced. can u check these\nKatharina Vogt  DE67274157775958855724\nÉlodie Marchand  FR21 7611 2823 0891 7164 9661 755\nJoost Bakker  NL62RABO0300065264';
    expect(names(text)).toEqual(expect.arrayContaining(['Katharina Vogt', 'Élodie Marchand', 'Joost Bakker']));
  });

  it('names contacts before their phones after a tab or a bar', () => {
    expect(names('Ngozi Eze\t+234 803 555 0147\nTomasz Wróbel\t+48 601 555 013')).toEqual(expect.arrayContaining(['Ngozi Eze', 'Tomasz Wróbel']));
  });

  it('leaves teams and sites before their values alone', () => {
    expect(names('Support  help@example.org\nSales  sales@example.org')).toEqual([]);
    expect(names('Office\t+44 20 7946 0958\nWarehouse\t+44 161 496 0000')).toEqual([]);
  });

  it('does not read a determiner at the end of one line as qualifying the name opening the next', () => {
    expect(names('check these\nKatharina Vogt')).toEqual(['Katharina Vogt']);
  });
});

describe('PERSON: the name column of an export with bars between its cells', () => {
  it('names every cell of the column two found names share, particles and lone given names included', () => {
    const text = 'order export, split the addresses pls:\n#2201 | Imogen Thwaite | flat 4 19 grange road edinburgh eh9 1ub\n#2202 | Rhys ap Gwilym | 2 Penlan Terrace Aberystwyth SY23 1PE\n#2203 | Oisín Mac Giolla | 5 Quay Street Galway\n#2204 | Paddy | Unit 3 Mallow Road, Cork T12 XK4P';
    expect(names(text)).toEqual(expect.arrayContaining(['Imogen Thwaite', 'Rhys ap Gwilym', 'Oisín Mac Giolla', 'Paddy']));
  });

  it('leaves a bar-separated table of words alone', () => {
    expect(names('a | b | c\nx | y | z\nTodo | Doing | Done')).toEqual([]);
  });
});

describe('PERSON: a shouted surname with its particles, then the given name', () => {
  it('takes the particles and a surname that is also a word', () => {
    expect(names('col B has "SURNAME, First", i need "First Surname"\nADEBAYO, Folake\nVAN DER BERG, Pieter\nKRISTIANSEN, Sigrid')).toEqual(
      expect.arrayContaining(['ADEBAYO, Folake', 'VAN DER BERG, Pieter', 'KRISTIANSEN, Sigrid']),
    );
  });

  it('leaves a shouted word before a capitalised one alone without particles', () => {
    expect(names('ERROR, Something failed while saving')).toEqual([]);
  });
});
