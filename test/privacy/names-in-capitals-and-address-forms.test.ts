import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

/** Names as systems print them (in capitals) and as other languages address people (forms of address, particles). */
describe('PERSON: names in capitals inside an ordinary message', () => {
  it('takes a surname and given name in capitals, with or without the comma, in any language', () => {
    expect(redact('pls reply to OKONKWO, ADAEZE about the refund, the crm shows her like that').text).toBe('pls reply to [PERSON] about the refund, the crm shows her like that');
    expect(redact('klient NOWAK GRZEGORZ prosi o fakturę korygującą do zamówienia').text).toContain('[PERSON]');
    expect(redact('the visa letter needs the passport name: ZHOU YUTONG exactly as printed').text).toBe('the visa letter needs the passport name: [PERSON] exactly as printed');
  });

  it('leaves acronyms, commands, tools, firms, variables and places in capitals alone', () => {
    for (const text of [
      'DO NOT MERGE until the AWS EKS upgrade is done, URGENT FYI',
      'we moved the SAN JOSE office and the NEW YORK one',
      'the PR title says FIX LOGIN BUG for JIRA PROJ',
      'the JUNE MAY figures are in the sheet now',
      'ROSS STORES is a new client for us this quarter',
      'set the env var AMY ROLE before you run it',
      'the JAVA HOME variable is wrong on the build box',
    ]) {
      expect(redact(text).entities, text).toEqual([]);
    }
  });
});

describe('PERSON: forms of address in other languages', () => {
  it('takes the surname with its particles after a Dutch form of address', () => {
    expect(redact('kun je dit samenvatten? mevrouw van den Broek belde over de levering van vandaag').text).toContain('[PERSON] belde');
    expect(redact('kun je dit samenvatten? mevrouw van den Broek belde over de levering van vandaag').text).not.toContain('Broek');
  });

  it('takes the name after an abbreviated Swahili form of address, not the title', () => {
    const redacted = redact('tafadhali mwambie Bw. Mwakilema atume ripoti kabla ya ijumaa').text;
    expect(redacted).not.toContain('Mwakilema');
    expect(redacted).toContain('Bw.');
  });
});

describe('PERSON: the openings of a list whose items are people', () => {
  it('takes the first item of notes written one person per line', () => {
    const redacted = redact('1:1 notes for the table:\n- Obiageli: wants more on-call pay\n- Henrik Dahl: back on monday\n- Tomás: asked about the Lisbon move').text;
    expect(redacted).not.toContain('Obiageli');
    expect(redacted).toContain('- [PERSON]: wants more on-call pay');
  });

  it('leaves topics in an agenda alone', () => {
    const redacted = redact('agenda:\n- Billing: invoices are late\n- Onboarding: new flow shipped\n- Ana Lima: demo of search\n- Kwame Mensah: demo of exports').text;
    expect(redacted).toContain('- Billing: invoices are late');
    expect(redacted).toContain('- Onboarding: new flow shipped');
  });
});

describe('ADDRESS: a box number with its area letters', () => {
  it('takes a Ghanaian box and its town', () => {
    // The addressee's name is read back into the address (the parts before a box belong to it): one span, nothing left in the clear.
    expect(redact('remit to Ama Owusu, P.O. Box AN 7781, Achimota, Accra by friday').text).toBe('remit to [ADDRESS] by friday');
  });
});

describe('PERSON: titles and honorifics in Thai and Hinglish', () => {
  it('takes a Thai name after its title, not "you" running into its verb', () => {
    expect(redact('แปลให้หน่อย: นางสาวพรทิพย์ แสงทอง แจ้งย้ายที่อยู่').text).not.toContain('พรทิพย์');
    expect(redact('คุณช่วยสรุปอีเมลนี้ให้หน่อยได้ไหม').entities).toEqual([]);
  });

  it('leaves Thai words that hold a title\'s letters alone ("thank you", "quality", "employer")', () => {
    for (const text of ['ขอบคุณครับ ช่วยสรุปให้หน่อย', 'คุณภาพของโค้ด ดีขึ้น', 'นายจ้าง ต้องจ่าย']) {
      expect(redact(text).entities, text).toEqual([]);
    }
  });
});

describe('PERSON: word-names told from words by what is asked of them', () => {
  it('takes a word-name asked about something, and the choices of a question about who', () => {
    expect(redact('ask bill about the renewal numbers, he had them last week').text).toBe('ask [PERSON] about the renewal numbers, he had them last week');
    expect(redact("who's covering support on saturday, hope or grant? the sheet lists both").text).toBe("who's covering support on saturday, [PERSON] or [PERSON]? the sheet lists both");
  });

  it('leaves pronouns, teams, tools and places offered or asked alone', () => {
    for (const text of [
      'ping me if the script still fails',
      'tell us about any seat changes before renewal',
      'who handles this, legal or finance?',
      "who's faster here, postgres or mysql",
      'who is on the rota, me or you',
      'ping jenkins about the failed build',
      'who is hosting the offsite this year, austin or denver?',
    ]) {
      expect(redact(text).entities, text).toEqual([]);
    }
  });

  it('keeps a modal after a name as the name\'s verb', () => {
    expect(redact('mark will review it tomorrow, he said so').text).toBe('[PERSON] will review it tomorrow, he said so');
  });
});
