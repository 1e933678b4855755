/**
 * The thirty-seventh round's families, in sentences of our own (not the evaluation sets'): each rule with what it
 * must find and what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';
import { Pseudonymizer } from '../../src/router/privacy/index.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: one given name in German, where every noun is capitalised', () => {
  it.each([
    ['Jannik hat den Zugang gestern gesperrt, weißt du warum?', 'Jannik'],
    ['Ute fragt, ob das Meeting morgen stattfindet', 'Ute'],
    ['geht nicht mehr seit dem Update. hat Detlef was umgestellt?', 'Detlef'],
    ['schick die Rechnung bitte an Wiebke weiter', 'Wiebke'],
    ['die Schlüssel liegen bei Gesine im Büro', 'Gesine'],
    ['Adresse von Torben für das Paket fehlt noch', 'Torben'],
  ])('masks %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'Die Rose ist rot und wir haben Heide gesehen',
    'Grüße aus Hamburg, wir sehen uns bei Siemens morgen',
    'der Kurier kommt ab 14 Uhr, das Passwort hat die IT',
    'bitte an Bord bleiben, die Sitzung von Montag fällt aus',
  ])('leaves nouns, places and firms in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('PERSON: one given name after "of" or "from" a thing only a person has, with the clause going on', () => {
  it.each([
    ['la nómina de Begoña sigue sin llegar, revisad el banco', 'Begoña'],
    ["le badge de Gwenaëlle ne marche plus depuis lundi", 'Gwenaëlle'],
    ['de laptop van Femke is gisteren gestolen', 'Femke'],
    ['il contratto di Ludovica scade a giugno', 'Ludovica'],
  ])('masks %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'il team di Milano è pronto per la demo',
    'el parque industrial de Pilar tiene un datacenter nuevo',
    'la oficina de Victoria cierra a las seis',
    'el municipio de Moreno cierra la calle el lunes',
    'el natalicio de Bolívar es feriado en Bogotá',
  ])('leaves a place, a public figure or an everyday noun in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('EMAIL: an address said aloud, as transcripts write it', () => {
  it.each([
    ['Caller: yeah its r dot mbeki at outlook dot com', 'r dot mbeki at outlook dot com'],
    ['send it to femi underscore ola at yahoo dot co dot uk thanks', 'femi underscore ola at yahoo dot co dot uk'],
    ['my email is t nakamura at sol hyphen freight dot jp', 't nakamura at sol hyphen freight dot jp'],
    ['email: bjorn forty two at proton dot me', 'bjorn forty two at proton dot me'],
    ["c'est lucie point marchand arobase laposte point net", 'lucie point marchand arobase laposte point net'],
    ['reach him on dawit at blue nile tours dot com, he answers fast', 'dawit at blue nile tours dot com'],
  ])('finds %s', (text, value) => {
    expect(foundOfType(text, 'EMAIL')).toEqual([value]);
  });

  it.each(['i work at amazon dot com now', 'we met at noon dot com', 'the point is at the end dot com', 'write to claims at acme dot com for that'])(
    'leaves prose and a team mailbox said aloud in %s',
    (text) => {
      expect(foundOfType(text, 'EMAIL')).toEqual([]);
    },
  );

  it('gives the spoken address and the written one the same placeholder', () => {
    const pseudonymizer = new Pseudonymizer();
    const redacted = pseudonymizer.apply('Customer: r dot mbeki at outlook dot com, so r.mbeki@outlook.com');
    const placeholders = redacted.match(/<[A-Z_]+_\d+>/gu) ?? [];
    expect(placeholders).toHaveLength(2);
    expect(new Set(placeholders).size).toBe(1);
  });
});

describe('PHONE and CREDIT_CARD: numbers said aloud, digit by digit', () => {
  it.each([
    ['Transcription: hi its grace, ring me back on oh seven seven double oh, nine one two, three four five', 'PHONE:oh seven seven double oh, nine one two, three four five'],
    ['Customer: six one seven, five five five, zero one nine eight', 'PHONE:six one seven, five five five, zero one nine eight'],
    ['whatsapp me on plus forty four seven seven double oh nine double oh one two three', 'PHONE:plus forty four seven seven double oh nine double oh one two three'],
    ['Customer: its four five three two, zero one five one, one two eight three, zero three six six', 'CREDIT_CARD:four five three two, zero one five one, one two eight three, zero three six six'],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each(['we need one or two more people, maybe three', 'it went from five to six to seven in a week', 'oh no, one more thing'])('leaves counting in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('ID_NUMBER and DATE_OF_BIRTH: asked on one line of a transcript, answered on the next', () => {
  it.each([
    ['Agent: can I take your member number please?\nCaller: yes its T-4471-0923\nAgent: thanks', 'ID_NUMBER:T-4471-0923'],
    ['[00:03:10] Rep: and your date of birth?\n[00:03:14] Caller: 07/04/1981\n[00:03:20] Rep: lovely', 'DATE_OF_BIRTH:07/04/1981'],
    ['Nowak, Ewa 2:14 PM\nund die Steuer-ID?\nKrause, Jan 2:16 PM\n12 345 678 903', 'ID_NUMBER:12 345 678 903'],
    ['Agente: ¿me dice su DNI?\nCliente: 48211733Q', 'ID_NUMBER:48211733Q'],
  ])('finds the answer in %s', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    'Agent: whats the order number?\nCustomer: QL-ORD-88213\nAgent: thanks',
    'Agent: and the date of your trip?\nCustomer: 12 March 2024\nAgent: ok',
    'Agent: how many claims did you file this year?\nCustomer: 3 I think\nAgent: ok',
  ])('leaves answers to other questions in %s', (text) => {
    expect(found(text).filter((value) => /^(?:ID_NUMBER|DATE_OF_BIRTH):/u.test(value))).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: a date said aloud', () => {
  it.each([
    ['voicemail: hi its marta, date of birth march third nineteen eighty one, calling about my claim', 'DATE_OF_BIRTH:march third nineteen eighty one'],
    ['she was born the twenty first of june nineteen ninety', 'DATE_OF_BIRTH:the twenty first of june nineteen ninety'],
    ['Agent: and your date of birth\nCaller: eleventh of the fourth, seventy six\nAgent: thanks', 'DATE_OF_BIRTH:eleventh of the fourth, seventy six'],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it('leaves a spoken date that is no one’s birth', () => {
    expect(found('the renewal is on the fifth of may, ninety days before the audit')).toEqual([]);
  });
});

describe('what transcripts and invites show that is no one’s', () => {
  it('leaves a meeting chat’s roles, rooms and devices, and keeps its people', () => {
    const chat = '10:01:02 From Host to Everyone: welcome\n10:01:40 From Boardroom 2 to Everyone: can you hear us\n10:02:10 From Tomasz K. to Everyone: yes\n10:02:30 From Co-host to Everyone: muting all';
    expect(foundOfType(chat, 'PERSON')).toEqual(['Tomasz K.']);
  });

  it('leaves an address shown masked and a domain after "@"', () => {
    expect(found('the account email starts with s and ends @outlook.com: s*******k@outlook.com')).toEqual([]);
  });

  it.each(['Zoom Meeting ID: 845 2290 1173', 'Webinar ID 912 4450 8831', 'ID de la reunión: 377 112 9045'])('leaves a meeting’s number in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each(['Passcode: [removed — ask the organiser]', 'api_key=(redacted for the ticket)'])('leaves a marker where a secret was taken out in %s', (text) => {
    expect(foundOfType(text, 'SECRET')).toEqual([]);
  });

  it('still finds an employee id named in Spanish and a meeting passcode', () => {
    expect(found('ID del empleado: 4471922')).toContain('ID_NUMBER:4471922');
    expect(foundOfType('Passcode: 7Hq2ZxP9', 'SECRET')).toEqual(['7Hq2ZxP9']);
  });
});

describe('PERSON: who speaks in a copied conversation', () => {
  it('finds headings written surname first, by name and time, and handles that read as names', () => {
    const thread = 'Okafor, Chiamaka 9:02 AM\nmorning all\nBrandt, Lukas 9:05 AM\nmorning\nchiamaka can you send the deck\nTeodora Vasile   0:41\nsure\nmarek.d — Today at 9:30 AM\nthanks';
    const names = foundOfType(thread, 'PERSON');
    for (const name of ['Okafor', 'Chiamaka', 'Brandt', 'Lukas', 'chiamaka', 'Teodora Vasile', 'marek.d']) expect(names).toContain(name);
  });

  it('leaves the headings of teams, roles, bots and clocks', () => {
    const thread = 'Pune Claims Team 3:02 PM\nclient called\nProspect | 12:02\nwe use a broker\nnightowl_88 — Today at 10:42 AM\nhey\nLagos 14:00\nNairobi 16:00';
    expect(foundOfType(thread, 'PERSON')).toEqual([]);
  });

  it('finds the name a recorder puts after a numbered speaker', () => {
    expect(foundOfType('Speaker 1 (Marit): where are we\nSpeaker 2 (Oskar): nearly done\nSpeaker 1 (Marit): ok', 'PERSON')).toEqual(['Marit', 'Oskar', 'Marit']);
  });
});

describe('PERSON: a name spelt out letter by letter', () => {
  it.each([
    ['Caller: its Adeyemi. A-D-E-Y-E-M-I', 'A-D-E-Y-E-M-I'],
    ['Customer: Szymańska, S Z Y M A N S K A, with an A at the end', 'S Z Y M A N S K A'],
  ])('finds the spelling beside the name in %s', (text, spelt) => {
    expect(foundOfType(text, 'PERSON')).toContain(spelt);
  });

  it('leaves letters that spell no found name', () => {
    expect(foundOfType('the U-S-A team and the A B C of onboarding', 'PERSON')).toEqual([]);
  });
});

describe('SECRET: what proves who someone is on a call', () => {
  it.each([
    ['caller then reads the OTP: 512 904', '512 904'],
    ['gate code for the car park 3 8 1 6', '3 8 1 6'],
    ['your verification code is 604219', '604219'],
    ['rejoin the call with passcode Brd7-2291', 'Brd7-2291'],
    ['asked the memorable word, caller says "marmalade"', 'marmalade'],
    ["mother's maiden name, it's Szabo", 'Szabo'],
  ])('finds the value in %s', (text, value) => {
    expect(foundOfType(text, 'SECRET')).toContain(value);
  });

  it('finds a code and a security answer given in reply on the next line', () => {
    const call = 'Rep: I just texted you a code, can you read it back?\nCaller: it says 3 3 0 9 1 5\nRep: and your memorable word?\nCaller: pistachio. all lower case\nRep: thanks';
    expect(foundOfType(call, 'SECRET')).toEqual(['3 3 0 9 1 5', 'pistachio']);
  });

  it.each([
    'Rep: did the code arrive?\nCaller: yes it came, thanks\nRep: great',
    'Agent: can you read the code back?\nCustomer: [code read back]\nAgent: thank you',
    'memorable word: your first pet’s name\nsecurity question is required for all customers',
    'Passcode: not needed, the webinar is public',
    'error code 4 0 4 4 on the login page',
  ])('leaves replies, recorder marks, templates and error codes in %s', (text) => {
    expect(foundOfType(text, 'SECRET')).toEqual([]);
  });

  it('reads no question and answer in a config file written key under key', () => {
    const yaml = 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: payments-db\n        key: password';
    expect(foundOfType(yaml, 'SECRET')).toEqual([]);
  });
});

describe('PERSON: speakers and bots that are no one', () => {
  it('reads a client’s label that opens each of their turns as a speaker, and keeps a form’s client field', () => {
    expect(foundOfType('Berater: Haben Sie die Nummer?\nKunde: Ja, einen Moment\nBerater: Danke\nKunde: Gerne', 'PERSON')).toEqual([]);
    expect(foundOfType('Cliente: Mariana Quiroga\nPedido 4471, envío urgente', 'PERSON')).toEqual(['Mariana Quiroga']);
  });

  it('leaves the user of a bot’s post in a chat export and keeps a person’s', () => {
    const exported = '{"type":"message","subtype":"bot_message","username":"pagerduty-bot","text":"incident opened"}\n{"type":"message","user_name":"tobias.engel","text":"on it"}';
    expect(foundOfType(exported, 'PERSON')).toEqual(['tobias.engel']);
  });
});

describe('PERSON: a name given in answer, and Korean speakers', () => {
  it.each([
    ['Conseillère : et votre prénom ?\nClient : Ibrahima\nConseillère : merci', 'Ibrahima'],
    ['상담원: 성함이 어떻게 되세요?\n고객: 정하늘입니다.\n상담원: 감사합니다', '정하늘'],
    ['Okafor, Ada   1:02\nand who signs it off?\nLind, Per   1:05\nMagnus does, on fridays', 'Magnus'],
  ])('finds the name answered in %s', (text, name) => {
    expect(foundOfType(text, 'PERSON')).toContain(name);
  });

  it.each([
    'Agent: and what was the name of the hotel?\nCustomer: Hilton Garden Inn\nAgent: ok',
    'Agent: who is calling please?\nCaller: The Claims Team\nAgent: ok',
  ])('leaves a thing’s name and a team answered in %s', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });

  it('finds Korean full names as speakers and leaves role labels', () => {
    expect(foundOfType('한지우: 내일 회의 몇 시예요?\n오세린: 열 시요\n한지우: 알겠습니다', 'PERSON')).toEqual(['한지우', '오세린', '한지우']);
    expect(foundOfType('상담원: 안녕하세요\n고객: 네 안녕하세요\n상담원: 무엇을 도와드릴까요', 'PERSON')).toEqual([]);
  });
});

describe('SECRET: a Wi-Fi passphrase handed out with no password word', () => {
  it.each([
    ['visitors can use the guest wifi (Guest-5G / otter.maple447) till friday', 'otter.maple447'],
    ['guest wifi for the berlin office this week is birke-lantern82', 'birke-lantern82'],
  ])('finds %s', (text, value) => {
    expect(foundOfType(text, 'SECRET')).toContain(value);
  });

  it.each(['wifi on build-server01 keeps dropping since the update', 'wifi: ap-floor12 is down again', 'release notes for app.config2 are out'])('leaves machines and files in %s', (text) => {
    expect(foundOfType(text, 'SECRET')).toEqual([]);
  });
});

describe('the code review’s findings on this round’s rules', () => {
  it('keeps a phone after an "ID de …" that names no record, and an address in Markdown bold', () => {
    expect(found('ID de llamada: +34 612 345 678')).toContain('PHONE:+34 612 345 678');
    expect(foundOfType('contact **ines.duarte@gmail.com** today', 'EMAIL')).toEqual(['ines.duarte@gmail.com']);
  });

  it('keeps the assignee of a bot’s post in a chat export', () => {
    expect(foundOfType('{"subtype":"bot_message","username":"jira","assignee":"karolina.wisniewska","text":"x"}', 'PERSON')).toEqual(['karolina.wisniewska']);
  });

  it.each([
    'alice: can you look at the code in my PR?\nbob: looks good to me',
    'alice: can you reset the password for the staging db\nbob: will do after lunch',
    "alice: what's the error code?\nbob: ECONNRESET",
    "alice: can you share the wifi password?\nbob: it's on the whiteboard",
    'INFO: user requested password reset\nWARN: please rotate the password\nINFO: rotation scheduled',
  ])('reads no secret in a reply about code or passwords: %s', (text) => {
    expect(foundOfType(text, 'SECRET')).toEqual([]);
  });

  it('finds a code asked for with its length, and the code and the answer read back later', () => {
    const call = "Agent: what's the 6 digit code we texted you?\nCustomer: 4 8 2 9 1 7\nAgent: so 482917, great. and your memorable word?\nCustomer: pistachio\nAgent: pistachio, thank you";
    expect(foundOfType(call, 'SECRET')).toEqual(['4 8 2 9 1 7', '482917', 'pistachio', 'pistachio']);
  });

  it.each([
    "alice: what's the db name?\nbob: Postgres",
    "alice: what's the wifi name?\nbob: Acme-Guest",
    'alice: who won the match?\nbob: Argentina',
    'alice: who broke the build?\nbob: Jenkins did, flaky runner',
  ])('reads no person in the name of a thing answered: %s', (text) => {
    expect(foundOfType(text, 'PERSON').filter((name) => !['alice', 'bob'].includes(name))).toEqual([]);
  });

  it('leaves an agenda’s lines and Korean note headings, and numbers said in tens', () => {
    expect(foundOfType('offsite plan\nCoffee 10:30\nLunch 12:30\nDemo 3:00 PM\nDrinks 5:00 PM', 'PERSON')).toEqual([]);
    expect(foundOfType('이번주: 배포 준비\n문제점: 로그인 오류\n이메일: 보내기 완료', 'PERSON')).toEqual([]);
    expect(found('the slots are nine thirty, ten fifteen, eleven forty five and twelve thirty')).toEqual([]);
  });

  it('leaves a holiday after a word for leave', () => {
    expect(foundOfType('las vacaciones de Navidad empiezan el lunes', 'PERSON')).toEqual([]);
  });
});
