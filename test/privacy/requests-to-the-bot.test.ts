/**
 * What people paste and ask when a request goes to the cloud (the twenty-ninth set's families, sentences written
 * here): whom a requested message is for, speakers named after their role in a transcript, names in the airline's
 * SURNAME/GIVEN order, a phone on a "direct line", and secrets in an API user's login, a Kubernetes env list, an
 * Erlang cookie and an account's "address / password" pair. Each with the everyday text the rule must leave alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { detectEntities, warmGuard } from '../../src/router/privacy/index.ts';
import { isPopularWordName } from '../../src/router/privacy/word-given-names.ts';
import { WORD_GIVEN_NAMES } from '../../src/router/privacy/word-given-names-data.ts';
import { isDictionaryWord } from '../../src/router/privacy/english-dictionary.ts';
import { wordGivenNamesSource } from '../../scripts/data/word-given-names.ts';

const found = (text: string, type: string) => detectEntities(text).filter((entity) => entity.type === type).map((entity) => entity.value);
const persons = (text: string) => found(text, 'PERSON');

beforeAll(() => warmGuard());

describe('requests to the bot', () => {
  it('takes whom a requested message is for as a person, a word-name in lower case too', () => {
    expect(persons('write a quick slack msg to hope letting her know her access was revoked')).toEqual(['hope']);
    expect(persons('pls write a 2 line bday msg for chebet 🎉')).toEqual(['chebet']);
    expect(persons('write a congrats to mark and rose on the engagement 💍')).toEqual(['mark', 'rose']);
    expect(persons('pls write a birthday message for grace from the design team')).toEqual(['grace']);
    expect(persons('write a thank you note for will, he covered my shift')).toEqual(['will']);
    expect(persons('tell patience the visitor badge for her brother is at reception')).toEqual(['patience']);
  });

  it('leaves what a message is about, a group it goes to, and a verb after "to" alone', () => {
    for (const text of [
      'send a reminder to mark the invoices as paid',
      'write a note for review',
      'write a reminder to update the docs',
      'draft a note to eng-all explaining the freeze',
      'write a note to team-leads about it',
      'draft a reply to sales about the discount',
      'a message to everyone in the channel',
      "reply to king's college about the event",
      'write a reminder for lunch',
      'tell delta the flight is late',
      // A fresh-eyes review's traps: a verb after a reminder, what a word-name is for, a name paired with a word.
      'write a reminder to chase missing timesheets by thursday',
      'write a reminder to chase tmrw if no reply',
      'a reminder to bill for overtime hours',
      'set a reminder to bill on the 1st of every month',
      'a reminder to mark failing tests as flaky',
      'write an intro to ray for distributed training',
      'a note to crew about the new safety briefing',
      'a cover letter for will and testament review',
      'a thank you message for patience and support',
    ]) {
      expect(persons(text), text).toEqual([]);
    }
  });

  it('knows the English words that are popular given names from the baby-name records, not from a hand list', () => {
    for (const word of ['hope', 'will', 'patience', 'mercy', 'grace', 'mark']) expect(isPopularWordName(word), word).toBe(true);
    for (const word of ['sale', 'lunch', 'coffee', 'team', 'design', 'marsh', 'unknown', 'baby']) expect(isPopularWordName(word), word).toBe(false);
    const words = WORD_GIVEN_NAMES.split('\n');
    expect(words.every((word, index) => index === 0 || words[index - 1]! < word)).toBe(true);
    expect(words.every((word) => isDictionaryWord(word))).toBe(true);
    // The generator keeps English words given often enough, and never the records' placeholders.
    const births = new Map([['hope', 96_878], ['marsh', 409], ['unknown', 40_000], ['baby', 20_000], ['zorbelina', 50_000], ['ox', 50_000]]);
    expect(wordGivenNamesSource(births)).toContain("export const WORD_GIVEN_NAMES = 'hope';");
  });

  it('reads a speaker after their role in a transcript, and the lines they open with the name alone', () => {
    const call = 'Agent (Mercy): Good morning, am I speaking with Mr. Otieno?\nCustomer: Yes, speaking.\nMercy: Great. How would you like to pay?\nCustomer: card';
    expect(persons(call).filter((name) => name === 'Mercy')).toHaveLength(2);
    expect(persons('Visitor: preciso mudar o CNPJ\nAgent Camila: Bom dia Juliana! Claro.').some((name) => name.endsWith('Camila'))).toBe(true);
    expect(persons('[09/03/26, 14:05] Support – Idris: Hi there, sorry about that')).toEqual(['Idris']);
    // A team's short name, a bot, a role with no name and a field are not speakers' names: a word-name after a role
    // counts only when it opens another line by itself.
    expect(persons('sales eng: demo went well, pricing due fri\ndesign: mobile nav review blocked')).toEqual([]);
    expect(persons('Support Bot: your ticket was created\nCustomer Success: thanks')).toEqual([]);
    for (const field of ['Customer Journey: awareness -> consideration -> purchase', 'Driver Miles: 412', 'Tech Crew: on site 7am', 'Agent Trace: enabled']) {
      expect(persons(field), field).toEqual([]);
    }
  });

  it('never takes a question word opening a clause beside a found name for a name', () => {
    expect(persons('Grace Adhiambo: How would you like to pay?')).toEqual(['Grace Adhiambo']);
    expect(persons('Cook approved it but Baker still has concerns')).toEqual(['Cook', 'Baker']);
  });

  it("reads names in the airline's SURNAME/GIVEN order, not abbreviations joined by a slash", () => {
    const form = 'need flights for the team, the airline form needs surname/given/dob:\n1. HOFFMANN / JENS / 21 JUN 1980\n2. SCHÄFER / KATRIN / 05 OCT 1986';
    expect(persons(form)).toEqual(['HOFFMANN / JENS', 'SCHÄFER / KATRIN']);
    expect(persons('the pnr shows ROUSSEAU/JULIEN MR on the booking')[0]).toMatch(/^ROUSSEAU\/JULIEN/u);
    expect(persons('1.1PATEL/RAJ MR 2.1HOFFMANN/JENS MR\nETKT 1234')).toEqual(['PATEL/RAJ MR', 'HOFFMANN/JENS MR']);
    expect(persons('our CI/CD pipeline uses TCP/IP and the HR / FINANCE split, see the AWS / GCP docs')).toEqual([]);
    expect(persons('DEDUCTIBLE (IND/FAM) for the plan table, see the notes below')).toEqual([]);
    for (const text of ['WESLEY/MAIN intersection closed today', 'the cable at HARRISON/ELLIS street is down', 'we only stock the BOSCH/SIEMENS fridges', 'the MORGAN/STANLEY deal closed']) {
      expect(persons(text), text).toEqual([]);
    }
  });

  it('reads a number on a direct line as a phone, and a line number or an amount after an order as none', () => {
    expect(found('her direct line +31 (0)20 763 4418 - new go live', 'PHONE')).toEqual(['+31 (0)20 763 4418']);
    expect(found('direct line: 020 7946 0958', 'PHONE')).toEqual(['020 7946 0958']);
    expect(found('see line 0207946 in the log', 'PHONE')).toEqual([]);
    expect(found('order +12 500 000 units shipped ytd', 'PHONE')).toEqual([]);
  });

  it('masks the password of an API user given as an e-mail address, and leaves git alone', () => {
    expect(found('curl -u "bartosz.kowalski@kestrel-hq.com:ATATT3xFfGF0kX9m2PqLr8vN4wYtZ7sB1cJ6hD" https://x.atlassian.net', 'SECRET')).toEqual(['ATATT3xFfGF0kX9m2PqLr8vN4wYtZ7sB1cJ6hD']);
    expect(detectEntities('git push -u origin main')).toEqual([]);
  });

  it('masks a secret env var written as a name and a value, and reads neither name as a person', () => {
    const yaml = 'env:\n  - name: SMTP_PASSWORD\n    value: "Rp0rt-Sm7p!21"\n  - name: LOG_LEVEL\n    value: info';
    expect(detectEntities(yaml).map((entity) => `${entity.type}:${entity.value}`)).toEqual(['SECRET:Rp0rt-Sm7p!21']);
    const json = '[{"name": "DB_PASSWORD", "value": "hunter2Secret!"}, {"name": "PORT", "value": "8080"}]';
    expect(detectEntities(json).map((entity) => `${entity.type}:${entity.value}`)).toEqual(['SECRET:hunter2Secret!']);
    expect(persons('{"name": "Priya Raman", "role": "admin"}')).toEqual(['Priya Raman']);
    expect(found('- name: API_TOKEN\n  valueFrom:\n    secretKeyRef: x', 'SECRET')).toEqual([]);
  });

  it("masks an Erlang cookie, and still a session id inside a Cookie header that is no secret itself", () => {
    expect(found('rabbitmq:\n  auth:\n    erlangCookie: 6911fec0dc2d4cdece79eb7a42e7a467\n    cookie: enabled', 'SECRET')).toEqual(['6911fec0dc2d4cdece79eb7a42e7a467']);
    expect(found('GET /x HTTP/2\nCookie: sessionid=vqbesq4tvtbnndwlx0jm5styqwhf1n42; theme=dark', 'SECRET')).toEqual(['vqbesq4tvtbnndwlx0jm5styqwhf1n42']);
  });

  it("masks a password written after an account's address and a slash", () => {
    expect(found('// test user: qa.carlo.macaraeg@gmail.com / Cebu2024!!', 'SECRET')).toEqual(['Cebu2024!!']);
    expect(found('ping ops@acme.io | ISSUE#4471 done', 'SECRET')).toEqual([]);
  });

  it('reads no code, host or airport code as a person', () => {
    expect(persons('x = os.environ["A"] and os.environ is empty')).toEqual([]);
    expect(persons('git blame says al.haddad wrote it, assigned to jo.kowalski')).toEqual(['al.haddad', 'jo.kowalski']);
    expect(persons('$ psql "postgresql://billing_app:${PGPASSWORD}@billing-db.internal:5432/billing"')).toEqual([]);
    expect(persons('cc @mwhitfield pls, ping @ana.lima: can you look')).toEqual(['mwhitfield', 'ana.lima']);
    expect(persons('need flight options departing from BER, AMS, CDG on 4 june')).toEqual([]);
    expect(persons('the route from LHR to NBO is full')).toEqual([]);
    // A name in capitals after "from" with no journey about it is still someone.
    expect(persons('you got a text from ANA about the keys')).toEqual(['ANA']);
  });

  it("drops a name found in a cell under a place's or a thing's header, unless the cell holds someone beside the thing", () => {
    expect(persons('| Office | Headcount | Avg tenure |\n|---|---|---|\n| Berlin | 38 | 4.1 |\n| Sydney | 14 | 3.2 |')).toEqual([]);
    expect(persons('| Name | Office |\n|---|---|\n| Sydney Harris | Berlin |')).toEqual(['Sydney Harris']);
    expect(persons('name,room\nRania Haddad,double (with Samir)\nNils Ekström,single')).toEqual(['Rania Haddad', 'Samir', 'Nils Ekström']);
    // A team's column is a roster as often, and a greeting with a comma is no header.
    expect(persons('| Team | P | W |\n|---|---|---|\n| Sam Ortiz / Dan Lee | 4 | 3 |')).toEqual(['Sam Ortiz', 'Dan Lee']);
    expect(persons('Office,\nJohn Mwangi from facilities, will fix it')).toContain('John Mwangi');
  });

  it('follows a found given name typed again in lower case, never a surname, a word or a tool', () => {
    expect(persons('champion: Marisol Quispe (dir. ops), ex-DHL\n• marisol to intro us to the CFO')).toEqual(['Marisol Quispe', 'marisol']);
    expect(persons('owners:\n  - name: Halvard Nygaard\n    slack: halvard')).toEqual(['Halvard Nygaard', 'halvard']);
    expect(persons("we sent Will Huang's payslip to the wrong person, will fix today")).toEqual(['Will Huang']);
    expect(persons('ask Sarah Jenkins, she wrote the jenkins pipeline')).toEqual(['Sarah Jenkins']);
  });
});
