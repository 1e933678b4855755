import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('PERSON: capitalised or unlisted words that are no one', () => {
  it.each([
    'the office shuts early on New Year Eve and on Boxing Day',
    'Diwali and Eid al-Fitr both fall in the freeze window',
    "they'll re-run the import and we've pinned the version",
    'the deploy failed, tmp dir full and env var unset',
    'the wiki space PLATFORMX moves to read-only next week',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still finds a surname written in capitals after a cue', () => {
    expect(names('please ask OKONKWO about the refund')).toEqual(['OKONKWO']);
  });
});

describe('PERSON: a surname that is also a calendar word', () => {
  it('still finds "Day" as a surname', () => {
    expect(names('Doris Day signed the vendor form')).toEqual(['Doris Day']);
  });
});

describe('PERSON: firms named after people, asking for what only firms ask for', () => {
  it.each([
    'Pfizer Moreno and Novartis Hale both asked for ISO 27001 evidence',
    'Harley Davidson needs HIPAA? no, they want SOC 2',
    'Johnson Matthey wants an on-prem install next year',
    'Kellogg Rivera and Campbell Stone merger is old history',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still finds a person who asks for a laptop', () => {
    expect(names('Priya Raman wants a new laptop')).toEqual(['Priya Raman']);
  });
});

describe('PERSON: a person asking for single sign-on is still a person', () => {
  it('keeps the name', () => {
    expect(names('Priya Raman wants SSO on the staging grafana')).toEqual(['Priya Raman']);
  });
});

describe('PERSON: names that festivals share', () => {
  it('still finds Valentine as a given name', () => {
    expect(names('Valentine Okoro signed the vendor form')).toEqual(['Valentine Okoro']);
  });
});

describe('PERSON: days, feasts and tools of thought named after someone', () => {
  it.each([
    'the office is closed for Presidents Day, on-call as usual',
    'Bastille Day drinks on the terrace at 5',
    'Burns Night supper in the canteen, haggis optional',
    'St. Andrew\'s Day is a bank holiday in Glasgow',
    'Sinterklaas parade blocks the street outside the office on saturday',
    'Bayes\' theorem again? fine, but show the priors',
    'draw a Venn diagram of who owns what',
    'Ockham\'s razor says it is the cache',
    'a Mann-Whitney u-test would suit skewed latencies better',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Priya Raman Day 3 notes are in the doc', ['Priya Raman']],
    ["Sarah's day off moved to friday", ['Sarah']],
  ])('keeps people beside a "Day" that is no feast: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('PERSON: names beside a feast word or a drawing stay names', () => {
  it.each([
    ['Talked to Ana Souza. Night shift was rough.', ['Ana Souza']],
    ['Thanks Priya. Day was long but we shipped', ['Priya']],
    ['Attendees:\nPriya Raman\nEve Thompson\nKofi Mensah', ['Priya Raman', 'Eve Thompson', 'Kofi Mensah']],
    ['cc Maria\nNight shift handover is at 10', ['Maria']],
    ["Emeka Obi's Night Out is on friday", ['Emeka Obi']],
    ["Aroha's festival tickets arrived", ['Aroha']],
    ["Maria's diagram is in the doc, please check it", ['Maria']],
    ["I reviewed Tom Baker's diagrams yesterday", ['Tom Baker']],
  ])('keeps the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('PERSON: grammar words and plurals of jargon are no one', () => {
  it.each([
    'how would you split the billing service from the monolith?',
    'who would you put on the incident review, someone from sre?',
    'set the client timeouts to 30s and cap the retries at 3',
    'the webhooks from stripe arrive out of order, how do we dedupe them',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still finds a lower-case name opening the message with a request to it', () => {
    expect(names('florence can you cover the helpdesk tomorrow')).toEqual(['florence']);
  });
});
