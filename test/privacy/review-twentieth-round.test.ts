import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

/** What a fresh-eyes review of the twentieth round's rules found, each fixed; the sentences are the review's kind, written for this test. */
describe('review of the twentieth round: values the new rules let through', () => {
  it('keeps a given name that is also a holiday somewhere', () => {
    expect(foundOfType('Natale Rossi firmerà il contratto domani', 'PERSON')).toEqual(['Natale Rossi']);
    expect(foundOfType('pls add Nollaig Kelly to the distro list', 'PERSON')).toEqual(['Nollaig Kelly']);
  });

  it('reads a short month or weekday as a name unless a date follows it', () => {
    expect(foundOfType('thanks Jan, need 2 approvals before merge', 'PERSON')).toEqual(['Jan']);
    expect(foundOfType('hey Sun, room 12 is free now', 'PERSON')).toEqual(['Sun']);
  });

  it('keeps an English message with typos, or quoting another language, English', () => {
    expect(foundOfType('teh deploymnt faild agian, Iris Chen sayd they r lookin into it tmrw', 'PERSON')).toContain('Iris Chen');
    expect(foundOfType("can someone translate this for Iris Chen: 'palaveri siirtyy huomiseen, pahoittelut kaikille'", 'PERSON')).toContain('Iris Chen');
  });

  it('keeps a bounce address, which carries the recipient’s', () => {
    expect(foundOfType('bounced: bounces+jdoe84=gmail.com@em4471.acme-mail.com', 'EMAIL')).toEqual(['bounces+jdoe84=gmail.com@em4471.acme-mail.com']);
  });

  it('lets no code rule take a phone or a card for a secret', () => {
    expect(foundOfType('pinging you: my phone 07700 900123 if the build breaks', 'PHONE')).toEqual(['07700 900123']);
    expect(foundOfType('card 4111 1111 1111 1111 exp 12/27, ping me', 'CREDIT_CARD')).toEqual(['4111 1111 1111 1111']);
  });

  it('finds a sender whose address holds a tool’s name, and both numbers after a Korean name', () => {
    expect(foundOfType('sarah jenkins <sarah.jenkins@acme.com> wrote:\n> see below', 'PERSON')).toContain('sarah jenkins');
    expect(foundOfType('받는 분: 이서연 010-4417-2286 010-9876-5432', 'PHONE')).toEqual(['010-4417-2286', '010-9876-5432']);
  });
});

describe('review of the twentieth round: what the new rules masked wrongly', () => {
  it.each([
    'building 4471 is locked down for the audit',
    'see locker 1120 in building C',
    'Bangalore, Karnataka, PIN: 560034',
    'does the suite pass with oauth2+pkce enabled?',
    'ssh deploy@web01 then log in as root',
    'login page broken since issue#4471fix',
  ])('no secret: %s', (text) => {
    expect(foundOfType(text, 'SECRET')).toEqual([]);
  });

  it.each([
    'De: Recursos Humanos\nPara: Todos los empleados\nAsunto: vacaciones',
    'From: Postgres\nTo: Snowflake\nSubject: nightly sync',
    'päivitin Dockerin ja Jenkinsin eilen illalla',
    'holnap frissítem a Jirát és a Kafkát is',
    'luz e água estão cortadas desde ontem',
    'jade et ivoire sont les couleurs retenues',
    '참석: 모든 팀원',
    '참석: 개발팀, 디자인팀, 기획팀',
    '参加者：本人のみ',
  ])('no person: %s', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });

  it('takes no diff line, token prefix or test case for an address or an id', () => {
    expect(foundOfType('diff output:\nline1: expected 200 got 404\nline2: timeout after 30s', 'ADDRESS')).toEqual([]);
    expect(foundOfType('rotated 3 stripe keys, whsec 44712 left', 'ADDRESS')).toEqual([]);
    expect(foundOfType('TC-204 failing again, run 264575776 on ci', 'ID_NUMBER')).toEqual([]);
  });
});
