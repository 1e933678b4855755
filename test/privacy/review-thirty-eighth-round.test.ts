/**
 * The thirty-eighth round's families, in sentences of our own (not the evaluation sets'): each rule with what it
 * must find and what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('Hindi and Tagalog typed in Latin letters: the languages’ own verbs and particles are no names', () => {
  it.each([
    'sir mera ticket abhi tak close nahi hua, kab tak ho jayega?',
    'customer ne payment kar diya tha, par receipt nahi aayi',
    'kaun karega ye task? batao jaldi',
    'report 5 baje tak bhejo please',
    'ok po, ano po ang kailangan para sa refund?',
    'wala pa po yung email, paano ko po ito makukuha?',
  ])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['ankit ke liye laptop order karna hai', 'ankit'],
    ['kal farhan ke saath call hai, agenda bhejo', 'farhan'],
    ['Sameer ko bolo invoice bhej de', 'Sameer'],
  ])('finds the person the postposition marks in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('forms of address said alone, in place of a name', () => {
  it.each(['thanks bhai, sorted now', 'hello po, is the refund done?', 'hi kuya, pa-check naman', 'ok didi, will send by eod', 'thank you sahab for the quick reply'])(
    'leaves %s',
    (text) => {
      expect(persons(text)).toEqual([]);
    },
  );

  it.each([
    ['Ramesh bhai will review the PR', 'Ramesh bhai'],
    ['thanks Po, the build is green', 'Po'],
    ['ask anna about the invoice', 'anna'],
  ])('still finds the name in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('a listed first name that looks built from an English word', () => {
  it.each([
    ['Naveed Akhtar approved it', 'Naveed Akhtar'],
    ['Sameer Qureshi: done, booked', 'Sameer Qureshi'],
  ])('finds %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('storms named by a weather service', () => {
  it.each([
    'the flood claims from Storm Bert are still coming in, Bert alone is 300 of them',
    'roof damage from Storm Dudley, photos attached',
    'office shut because of high winds, Storm Isha expected tonight',
  ])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['Storm Henriksen is the new office manager', 'Storm Henriksen'],
    ['ask Storm Jefferson about the flood in the basement', 'Storm Jefferson'],
  ])('still finds a person named Storm: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('a voice bot or tool numbered "v2"', () => {
  it.each(['the IVR runs Ava v2 since monday', 'we moved the IVR to Ava v2.'])('leaves a release of a bot named like a person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('still finds a person someone is asked about before "v2"', () => {
    expect(persons('ask Maya v2 of the deck is ready')).toContain('Maya');
  });
});

describe('the firm a message is written from, opening its own teams’ names', () => {
  it.each([
    'Voicemail from Brightwell Facilities Desk (ext. 310): the lift is fixed',
    '09:02 From Brightwell Host to Everyone: welcome all\n09:05 From Brightwell Host to Everyone: recording starts now',
    '[card number hidden by Brightwell]\nBrightwell Support: please use the payment link instead',
  ])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('reads a table’s aligned columns as cells, not as a firm’s team label', () => {
    const frame = '>>> df.head(2)\n   emp_id              name     dept\n0  E2001   NOWAK, Agnieszka  Finance\n1  E2002    DUFFY, Siobhan    Sales';
    expect(persons(frame)).toEqual(['NOWAK, Agnieszka', 'DUFFY, Siobhan']);
  });

  it.each([
    ['the Okafor Team shipped it, ask Okafor', 'Okafor'],
    ['Priya Support rota: ask Priya', 'Priya'],
  ])('still finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('a bot named in CamelCase in a chat export', () => {
  it('leaves the bot and finds the people of a stand-up list', () => {
    const text = 'AlertBot — 09:00\nstandup: yusuf – done; Ilse – on PTO\nAlertBot — 09:05\ndisk at 91%';
    expect(persons(text)).toEqual(['yusuf', 'Ilse']);
  });
});

describe('a Malaysian or Singaporean Indian name joined to the father’s by "a/l", "a/p", "s/o", "d/o"', () => {
  it.each([
    ['payslip for Murugan a/l Sivakumar attached', 'Murugan a/l Sivakumar'],
    ['IC name: LETCHUMI A/P KRISHNAN', 'LETCHUMI A/P KRISHNAN'],
    ['the permit is under Selvam s/o Arumugam, pls check', 'Selvam s/o Arumugam'],
  ])('finds the whole name in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['works w/o Docker Desktop now', 'huge s/o Team Phoenix for the fix', 'I/O Error on the Disk again'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a firm’s own staff code after its label, letter groups and all', () => {
  it.each([
    ['emp code BLR-OPS-20417 pls update', 'BLR-OPS-20417'],
    ['Employee No.: HQ/FIN/0931', 'HQ/FIN/0931'],
    ['her employee id is KL-WH-7720', 'KL-WH-7720'],
  ])('masks the whole code in %s', (text, code) => {
    expect(foundOfType(text, 'ID_NUMBER')).toEqual([code]);
  });

  it('leaves the year of a code of conduct', () => {
    expect(foundOfType('the employee code of conduct 2024 applies to contractors too', 'ID_NUMBER')).toEqual([]);
  });
});
