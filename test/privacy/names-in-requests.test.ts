import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: names in the requests people escalate', () => {
  it.each([
    ['how do i tell a teammate (Oyelaran) that his reviews are too harsh', 'Oyelaran'],
    ['our new CSM (Thandiwe Moyo) takes over the account in june', 'Thandiwe Moyo'],
    ['Emeka quietly fixed the flaky suite over the weekend, write him a thank-you', 'Emeka'],
    ['big thanks to Rosalinda dela Paz for the audit prep', 'Rosalinda dela Paz'],
    ['E-TICKET\nPASSENGER: OKAFOR/CHIAMAKA MS\nLOS -> LHR 14JUN', 'OKAFOR/CHIAMAKA'],
    ['is "Dear Hope" too informal for the first email to their CFO?', 'Hope'],
    ['Oluwadamilare is out sick, can someone take his interviews', 'Oluwadamilare'],
    ['write up the promo case: Anyango mentored three new hires and ran the on-call rotation', 'Anyango'],
    ['expenses\n12/04 client lunch w/ Sofia Lindqvist 86.40 EUR', 'Sofia Lindqvist'],
    ['09:14:02 From Thabo N. to Everyone: i will take the action item', 'Thabo N.'],
    ['@Crystal can you send me the renewal deck', 'Crystal'],
    ['@Amara Okonkwo-Bell welcome to the team!', 'Amara Okonkwo-Bell'],
    ['card for her grandmother: ශාන්ති (Shanthi), flowers by friday', 'Shanthi'],
    ['Dorian Blake (our new SDR) needs a salesforce seat', 'Dorian Blake'],
    ['the visa letter should say LIM WEI JIE (passport K1234567B), not Lim Weijie', 'LIM WEI JIE'],
    ['their ops lead Thandolwethu Zulu (thandolwethu@shipfast.example) wants a demo', 'Thandolwethu Zulu'],
    ['git log -1\n\nokonjo did you mean to push straight to main?', 'okonjo'],
  ])('finds the name in %j', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'the customer (Acme) wants the renewal moved to q3',
    'my manager (HR) said the form is fine',
    'TCP/IP and UDP/QUIC MS docs are linked in the runbook',
    'BA 0075 LHR -> LOS/ABV departs 11:05',
    'Kubernetes is out of memory again on the batch nodes',
    'upgrade the runners to Ubuntu 22.04 before friday',
    '@Override\npublic void run() {}',
    'ping @Platform and @here about the freeze',
    'the flowers go out by thu, card is signed',
    'Support Desk (help@corp.example) answers within a day',
    'terraform did you run plan first?',
  ])('leaves firms, departments and codes alone: %j', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
