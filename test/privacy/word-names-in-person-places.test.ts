import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('PERSON: a word-name doing what only people do', () => {
  it.each([
    ['Frost is reviewing the vendor questionnaire today', 'Frost'],
    ['Glass will take the partner call at 3', 'Glass'],
    ['Cherry is the new release manager for the mobile app', 'Cherry'],
    ['Austin is our new data analyst, say hi', 'Austin'],
    ['Bell will be our point of contact for the audit', 'Bell'],
    ['Dallas closed the biggest renewal deal this month', 'Dallas'],
    ['Meadow is out until the 3rd, ask someone else', 'Meadow'],
    ['Crane owes us the threat model from last sprint', 'Crane'],
    ['lake pushed straight to prod again', 'lake'],
  ])('finds the person in %j', (text, person) => {
    expect(names(text)).toEqual([person]);
  });
});

describe('PERSON: a place word after a preposition of place is where something is', () => {
  it.each([
    'the team in Sweden sent us the signed order form',
    'our warehouse in Savannah shipped the monitors',
    'our contractor in Austin approved the quote',
  ])('finds no person in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still finds a person whose team or office follows the preposition', () => {
    expect(names('she sits in Priya Raman\'s team now')).toEqual(['Priya Raman']);
  });
});

describe('PERSON: a word-name referred to as he or she', () => {
  it('finds the name a later pronoun points back to', () => {
    expect(names('Sparrow owns the billing runbook, ask her before editing')).toEqual(['Sparrow']);
    expect(names('is Forrest around? I need him for the vendor call')).toEqual(['Forrest']);
  });

  it('leaves a word that is asked about alone', () => {
    expect(names('hey is the build green? he wants to ship')).toEqual([]);
  });
});

describe('PERSON: a nickname before the full name in brackets', () => {
  it('finds both the nickname and the full name', () => {
    expect(names('Sunny (Sunniva Haugland) takes over payroll next month')).toEqual(['Sunny', 'Sunniva Haugland']);
  });

  it('leaves a bracket that is no name of the word alone', () => {
    expect(names('Kafka (Apache) is lagging again')).toEqual([]);
  });
});

describe('PERSON: items of a standup line', () => {
  it('finds every name before a dash', () => {
    expect(names('standup: river – on the flaky test; oksana – blocked on infra; Tadeusz – reviews')).toEqual(['river', 'oksana', 'Tadeusz']);
  });

  it('leaves a line of components alone', () => {
    expect(names('status: api – green; db – degraded; cache – green')).toEqual([]);
  });
});

describe('PERSON: the addressee of a message in capitals', () => {
  it('finds the name opening a shouted request', () => {
    expect(names('DUKE PLEASE STOP FORCE PUSHING')).toEqual(['DUKE']);
    expect(names('FERGUSSON — CALL ME ABOUT THE INVOICE')).toEqual(['FERGUSSON']);
  });

  it('leaves a shouted order alone', () => {
    expect(names('STOP PLEASE, THE DEPLOY IS BROKEN')).toEqual([]);
  });
});

describe('PERSON: the holder of a post, and pairs of people', () => {
  it.each([
    ['my lead hunter signed off on the design', 'hunter'],
    ['our head of people rowan is drafting the leave policy', 'rowan'],
  ])('finds the person in %j', (text, person) => {
    expect(names(text)).toEqual([person]);
  });

  it('finds two people joined by "&" who present together', () => {
    expect(names('Fox & Hunt are presenting the roadmap on Friday')).toEqual(['Fox', 'Hunt']);
  });

  it('finds a pair whose first name opens the sentence', () => {
    expect(names('Willow and hazel are swapping pager weeks')).toEqual(['Willow', 'hazel']);
  });
});

describe('PERSON: a word-name tied to a team, a relation or a channel', () => {
  it.each([
    ['Chase from legal needs the signed DPA', 'Chase'],
    ['send it to rose’s manager before friday', 'rose'],
    ['could you invite april to the #billing-alerts channel', 'april'],
    ['lol dawn just merged the release branch', 'dawn'],
  ])('finds the person in %j', (text, person) => {
    expect(names(text)).toEqual([person]);
  });

  it('leaves things added to a stack and the manager of a vendor alone', () => {
    expect(names('add redis to the stack please')).toEqual([]);
    expect(names("escalate to the vendor's manager")).toEqual([]);
  });
});
