import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * A listed name no dictionary has, asked about in a question turned round ("did chidinma get the email", "when
 * is wanjiru back") or waited on ("waiting on oyelaran for the numbers"): what is asked or awaited is a person's.
 */
describe('PERSON: a name asked about or waited on', () => {
  it.each([
    ['did chidinma get the email from legal?', 'chidinma'],
    ['when is wanjiru back from leave', 'wanjiru'],
    ['has temitope signed the NDA yet', 'temitope'],
    ['still waiting on folasade for the numbers', 'folasade'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves tools and words asked about', () => {
    for (const text of ['did kubernetes restart the pod?', 'is staging back up', 'waiting on infra for the quota', 'has grafana alerted yet', 'did Ashby post the job', 'is ramadan over yet']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});

/**
 * A capitalised name no list has, asked about with what only a person does ("does Oghenekaro know about
 * this?", "can Wairimu take a look", "has Tigist replied yet"), waited on to do it ("waiting for Oghenekaro
 * to approve"), handed work or written to ("reassigned the ticket to Oghenekaro", "write an email to
 * Oghenekaro"), or added to a channel or a rota ("add Oghenekaro to the channel"). Firms and tools are asked
 * about, waited on and sent things too ("did Ashby post the job", "waiting for Jenkins to finish", "send the
 * logs to Datadog"), so the verb must be a person's — knowing, thinking, looking, replying, approving — and a
 * tool the lists know stays. Written before the rule.
 */
describe('PERSON: a capitalised name asked about, waited on or handed work', () => {
  it.each([
    ['does Oghenekaro know about this?', 'Oghenekaro'],
    ['can Wairimu take a look before standup', 'Wairimu'],
    ['has Tigist replied yet', 'Tigist'],
    ['did Lalrinawma approve the invoice', 'Lalrinawma'],
    ['still waiting for Oghenekaro to approve the PR', 'Oghenekaro'],
    ['reassigned the ticket to Oghenekaro', 'Oghenekaro'],
    ['delegating this to Wairimu while I’m out', 'Wairimu'],
    ['write an email to Oghenekaro about the delay', 'Oghenekaro'],
    ['sent the contract to Wairimu yesterday', 'Wairimu'],
    ['add Oghenekaro to the channel', 'Oghenekaro'],
    ['please remove Tigist from the rota', 'Tigist'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('leaves firms, tools and words asked about, waited on or handed things', () => {
    for (const text of ['did Ashby post the job', 'waiting for Jenkins to finish the build', 'route it to Zendesk', 'can Kubernetes take the load', 'does Postgres know the row is gone?', 'assign it to Platform', 'escalate to Tier2', 'send the logs to Datadog', 'add Grafana to the stack', 'remove Redis from the cache layer', 'write it to Postgres']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});

/**
 * More of what is said only of people, about a capitalised name no list has: away ("with Oghenekaro out, who
 * covers?", "Oghenekaro is out today"), taking a task ("Wairimu's on it"), addressed at a line's start with a
 * colon ("Tigist: can you check the invoice?"), or quoted as a source ("per Oghenekaro, the vendor is late",
 * "according to Wairimu the build is fine"). Tools are down and back, never out today or on it; tools the
 * lists know are quoted as sources and stay. Written before the rule.
 */
describe('PERSON: a capitalised name away, on a task, addressed or quoted', () => {
  it.each([
    ['with Oghenekaro out, who covers the helpdesk?', 'Oghenekaro'],
    ['Oghenekaro is out today, ping me instead', 'Oghenekaro'],
    ['Wairimu’s on it, should be fixed by noon', 'Wairimu'],
    ['Tigist: can you check the invoice totals?', 'Tigist'],
    ['per Oghenekaro, the vendor is late again', 'Oghenekaro'],
    ['according to Wairimu the build is fine', 'Wairimu'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('leaves tools and words away, on a task, addressed or quoted', () => {
    for (const text of ['with Redis out, the cache is cold', 'Staging is out of disk today', 'Grafana’s on it too', 'Note: can you check the totals?', 'per Datadog, latency is up', 'according to Datadog the p99 is up', 'per month, the cost is 40 usd']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});

/**
 * The same places read a capitalised name that is also an English word ("Hope", "Will", "Joy", "Mark"): mid-
 * sentence and capitalised, a word in a person's place is the person ("reassigned the rota to Hope yesterday",
 * "can Will take a look") — not where firms are sent things ("sent the wire to Chase"). Teams and departments take the same places ("sent it to Legal", "can Support take
 * a look"), and a capitalised word before another names a street or a thing ("to Hope Street"). Written
 * before the rule.
 */
describe('PERSON: a name that is also a word, in a place only a person takes', () => {
  it.each([
    ['reassigned the rota to Hope yesterday', 'Hope'],
    ['still waiting for Hope to approve the PR', 'Hope'],
    ['can Will take a look before standup', 'Will'],
    ['reassigned the ticket to Joy', 'Joy'],
    ['does Mark know about this?', 'Mark'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('leaves teams, streets and things in those places', () => {
    for (const text of ['sent the contract to Legal yesterday', 'can Support take a look', 'reassigned the ticket to Platform', 'waiting for Build to finish', 'sent the parcel to Hope Street', 'does Docker know the port?']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});

/**
 * What a workplace does only to and for people, about a capitalised name no list has: hired, promoted,
 * interviewed, reimbursed ("promote Oghenekaro to senior", "Oghenekaro has been promoted", "interview with
 * Wairimu at 3pm"), congratulated ("congrats to Tigist on the promotion"), sent the papers of a working life
 * ("the offer letter for Oghenekaro", "Wairimu's payslip"), or written with pronouns ("Oghenekaro (she/her)").
 * Builds are promoted and vendors paid in the same words ("promote the build", "pay Zendesk"), so only those
 * verbs with a person's name as their object count, and tools the lists know stay. Written before the rule.
 */
describe('PERSON: a capitalised name hired, promoted, paid or written with pronouns', () => {
  it.each([
    ['promote Oghenekaro to senior in the next cycle', 'Oghenekaro'],
    ['do we hire Wairimu or keep looking?', 'Wairimu'],
    ['reimburse Tigist for the taxi on friday', 'Tigist'],
    ['Oghenekaro has been promoted, update the org chart', 'Oghenekaro'],
    ['interview with Wairimu at 3pm, room 2', 'Wairimu'],
    ['congrats to Tigist on the promotion!', 'Tigist'],
    ['the offer letter for Oghenekaro needs a signature', 'Oghenekaro'],
    ['Wairimu’s payslip is wrong again', 'Wairimu'],
    ['Oghenekaro (she/her) leads design from monday', 'Oghenekaro'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('leaves builds, vendors and tools', () => {
    for (const text of ['promote the build to prod', 'promote Staging to prod', 'we pay Zendesk monthly', 'interview with Greenhouse integration is broken', 'the offer for Datadog renewal is high', 'Jenkins has been promoted to the new cluster']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});

/**
 * Short names a letter away from a frequent English word — "Seun" (seen), "Deji" (deli), "Yemi" (yeti) —
 * read as typos of it, and a typo is no name. But typos are typed in passing, in lower case: a capital
 * written mid-sentence, or on a word paired with a found name, is written on purpose. There the letter's
 * distance counts for nothing; the lower-case word still does ("waiting on seun" is left to the lists).
 * Written before the rule.
 */
describe('PERSON: a capitalised short name a letter away from an English word', () => {
  it.each([
    ['still waiting on Seun to approve the budget line', ['Seun']],
    ['i forwarded the signed SOW to Deji this morning', ['Deji']],
    ['with Yemi out this week the release slips', ['Yemi']],
  ])('finds the people in %j', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it.each(['Tune the alert thresholds before friday', 'waiting for Zeor to finish the build', 'waiting for the Tunnel to come up'])('leaves %j alone', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
