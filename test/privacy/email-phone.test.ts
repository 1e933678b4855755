import { describe, expect, it } from 'vitest';
import { Pseudonymizer } from '../../src/router/privacy/index.ts';
import { found, foundOfType } from './helpers.ts';

describe('EMAIL', () => {
  it('finds addresses with exact offsets, without trailing punctuation', () => {
    expect(found('Mail jane.doe+ops@example.co.uk, or bob_smith@mail.example.org.')).toEqual([
      'EMAIL:jane.doe+ops@example.co.uk',
      'EMAIL:bob_smith@mail.example.org',
    ]);
  });

  it('finds an address after a Hebrew or Arabic prefix written with a hyphen, and keeps a hyphen inside one', () => {
    expect(foundOfType('תשלחו את הקובץ ל-m.barak.dev@gmail.com עד מחר', 'EMAIL')).toEqual(['m.barak.dev@gmail.com']);
    expect(foundOfType('أرسلها لـ-salma.h@outlook.com اليوم', 'EMAIL')).toEqual(['salma.h@outlook.com']);
    expect(foundOfType('write to ops-team-lead@example.org', 'EMAIL')).toEqual(['ops-team-lead@example.org']);
  });

  it('ignores things that only look like addresses', () => {
    expect(foundOfType('npm i @types/node@20.1.0 and ping @channel; a@b is not one', 'EMAIL')).toEqual([]);
  });

  it.each([
    ['URL-encoded in a pasted link', 'the 500 comes from GET /v2/accounts?owner=h.nakamura%40fujiworks.jp&limit=50', 'h.nakamura%40fujiworks.jp'],
    ['URL-encoded with an encoded dot', 'redirect_uri=...&login_hint=pablo%2Eruiz%40correo%2Ees', 'pablo%2Eruiz%40correo%2Ees'],
    ['an HTML entity from page source', '<a href="mailto:x">ines.faria&#64;cliniq.pt</a>', 'ines.faria&#64;cliniq.pt'],
    ['a hex entity', 'footer says rk&#x40;studio9.co.nz', 'rk&#x40;studio9.co.nz'],
    ['spelt out in brackets', 'write to tomasz.wrobel [at] poczta [dot] onet [dot] pl pls', 'tomasz.wrobel [at] poczta [dot] onet [dot] pl'],
    ['in parentheses', 'kontakt: a.bauer(at)kanzlei-bauer.de', 'a.bauer(at)kanzlei-bauer.de'],
    ['spelt out with words only', 'her old one was lindqvist88 at hotmail dot se i think', 'lindqvist88 at hotmail dot se'],
    ['spelt out to a country domain that is also a word', 'send it to rajesh.iyer at infosys dot in', 'rajesh.iyer at infosys dot in'],
    ['with "dot" inside the local part too', 'her personal one is wanjiru dot kamau at yahoo dot com', 'wanjiru dot kamau at yahoo dot com'],
    ['with "at" spelt and the dots written', 'reach out to olamide at paystack.co, she owns it', 'olamide at paystack.co'],
    ['with an "@" set apart by spaces', 'invite went to t.lindholm @ kth.se by mistake', 't.lindholm @ kth.se'],
    ['with an "@" in brackets', 'contact: s.haddad[@]clinic-amman.jo', 's.haddad[@]clinic-amman.jo'],
    ['double URL-encoded', 'redirect_uri=...%26login_hint%3Dm.costa%2540sapo.pt', 'm.costa%2540sapo.pt'],
  ])('finds an address written out: %s', (_, text, address) => {
    expect(foundOfType(text, 'EMAIL')).toEqual([address]);
  });

  it('gives an encoded address the placeholder of the same address written plainly', () => {
    const text = new Pseudonymizer().apply('invite went to d.okafor%40lagosmed.ng, not d.okafor@lagosmed.ng');
    expect(text).toBe('invite went to <EMAIL_1>, not <EMAIL_1>');
  });

  it.each([
    ['prose with "at" and "dot"', 'we met at noon dot com was down anyway'],
    ['a spoken address with no real top-level domain', 'grab it at the store dot thing'],
    ['"at" in brackets without a domain', 'meet (at) the office, [at] 10'],
    ['a Teams mention', 'ping <at>Devi Ramaswamy</at> about the invoice.pdf'],
    ['a function word for a domain', 'look at this dot com bubble'],
    ['a workplace with its domain', 'she is working at shopify.com now, and i am at github.io meetups'],
    ['a price with an "@"', '40 units @ 3.50 each, ping @ channel.'],
  ])('leaves %s alone', (_, text) => {
    expect(foundOfType(text, 'EMAIL')).toEqual([]);
  });
});

describe('PHONE', () => {
  it.each([
    ['+44 20 7946 0958', 'call +44 20 7946 0958 today'],
    ['(415) 555-2671', 'my cell is (415) 555-2671'],
    ['415.555.2671', 'reach me on 415.555.2671.'],
    ['07911 123456', 'UK mobile 07911 123456'],
    ['030 12345678', 'Büro 030 12345678'],
    ['+91 98765 43210', 'WhatsApp +91 98765 43210'],
    ['01 23 45 67 89', 'au 01 23 45 67 89 svp'],
    ['+49 (0)30 1234567', 'Tel. +49 (0)30 1234567'],
  ])('finds %s across the default regions', (phone, text) => {
    expect(foundOfType(text, 'PHONE')).toEqual([phone]);
  });

  it.each([
    ['an order id', 'order ORD-2024-118877 shipped'],
    ['a version string', 'upgrade to 1.2.3.4 tonight'],
    ['a v-prefixed version', 'tag v10.0.0.1 is out'],
    ['a date', 'due 2026-11-25, not later'],
    ['an ISO timestamp', 'failed at 2026-11-25T10:15:30Z'],
    ['a date with a time', 'failed at 2026-11-25 10:15:30 UTC'],
    ['a plain 6-digit number', 'build 118877 is green'],
    ['a plain 8-digit number', 'job 12345678 timed out'],
    ['a unix timestamp', 'ts=1732550400 in the log'],
    ['an invoice number', 'invoice 2024-118877 is overdue'],
    ['a ticket number with a hash', 'see #4155552671 for details'],
  ])('does not take %s for a phone', (_label, text) => {
    expect(foundOfType(text, 'PHONE')).toEqual([]);
  });

  it('accepts an unformatted number only with a trunk prefix or a phone word nearby', () => {
    expect(foundOfType('id 4155552671', 'PHONE')).toEqual([]);
    expect(foundOfType('call me at 4155552671', 'PHONE')).toEqual(['4155552671']);
    expect(foundOfType('07911123456', 'PHONE')).toEqual(['07911123456']);
  });

  it('splits two numbers that arrive as one run', () => {
    expect(foundOfType('numbers: +44 20 7946 0958 07911 123456', 'PHONE')).toEqual(['+44 20 7946 0958', '07911 123456']);
  });

  it('respects the configured regions', () => {
    expect(foundOfType('Büro 030 12345678', 'PHONE', { regions: ['US'] })).toEqual([]);
    expect(foundOfType('Büro 030 12345678', 'PHONE', { regions: ['de'] })).toEqual(['030 12345678']);
  });
});

describe('PHONE context words', () => {
  it('reads identifier words as whole words only', () => {
    expect(foundOfType('Ask David 030 12345678', 'PHONE')).toEqual(['030 12345678']);
    expect(foundOfType('order number 030 12345678', 'PHONE')).toEqual([]);
  });

  it('does not take amounts of money for phones', () => {
    expect(foundOfType('budget € 1 234 567 890 approved', 'PHONE')).toEqual([]);
  });
});

describe('PHONE: the phone word in the language of the message', () => {
  it('takes a number the validator does not know after a phone word in Chinese, Japanese, Korean or Russian', () => {
    expect(foundOfType('客户的手机 186 2231 7745，请今天回电', 'PHONE')).toEqual(['186 2231 7745']);
    expect(foundOfType('携帯 080-4412-9931 までお願いします', 'PHONE')).toEqual(['080-4412-9931']);
    expect(foundOfType('담당자 연락처 010-7781-2204 로 전화 주세요', 'PHONE')).toEqual(['010-7781-2204']);
    expect(foundOfType('мой телефон 8 912 448-19-03, звоните после обеда', 'PHONE')).toEqual(['8 912 448-19-03']);
    expect(foundOfType('전화번호 010-7781-2204 맞나요?', 'PHONE')).toEqual(['010-7781-2204']);
  });

  it('takes a number after the plain word for "number", and after words that only hold an order word', () => {
    expect(foundOfType('私の番号は 090-4471-2288 です', 'PHONE')).toEqual(['090-4471-2288']);
    expect(foundOfType('알려드린 번호 +82 10-5521-7730', 'PHONE')).toEqual(['+82 10-5521-7730']);
    expect(foundOfType('заказчик: +7 912 448-19-03', 'PHONE')).toEqual(['+7 912 448-19-03']);
  });

  it('takes a number after the short phone words of Latin-script languages', () => {
    expect(foundOfType('dados do cliente: cel (11) 97654-3210, pagar amanhã', 'PHONE')).toEqual(['(11) 97654-3210']);
    expect(foundOfType('hubungi hp 0813-2290-4471 kalau paket sudah sampai', 'PHONE')).toEqual(['0813-2290-4471']);
    expect(foundOfType('bel mijn gsm 0486 55 21 09 na vijf uur', 'PHONE')).toEqual(['0486 55 21 09']);
  });

  it('leaves order numbers and amounts in the same languages alone', () => {
    expect(foundOfType('订单号 186 2231 7745 已发货', 'PHONE')).toEqual([]);
    expect(foundOfType('합계 1 234 567 원', 'PHONE')).toEqual([]);
  });
});

describe('PHONE: columns of a pasted table are not a phone number', () => {
  it('reads digits three or more spaces apart as separate cells, and still finds a phone with one or two spaces', () => {
    const lag = 'TOPIC   PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG\norders    0          512004          820331          308327';
    expect(foundOfType(lag, 'PHONE')).toEqual([]);
    expect(foundOfType('her mobile: 020  7946 0958', 'PHONE')).toEqual(['020  7946 0958']);
    // Copied out of a PDF, a phone's groups may stand wide apart: with a phone word in the message, they still count.
    expect(foundOfType('Tel:   020   7946 0958', 'PHONE')).toEqual(['020   7946 0958']);
  });
});

describe('PHONE: a number valid where the message’s script is written, with no phone word', () => {
  it.each([
    ['택배 받는 사람 김민준 010-2931-4457 로 바꿔주세요', '010-2931-4457'],
    ['收件人改成王芳 158 2043 7719，谢谢', '158 2043 7719'],
    ['Доставка для Ирины, 8 912 345-67-89, до пятницы', '8 912 345-67-89'],
  ])('%s', (text, phone) => {
    expect(foundOfType(text, 'PHONE')).toEqual([phone]);
  });

  it('leaves an order number in those scripts alone', () => {
    expect(foundOfType('订单号 13917428856 还没发货', 'PHONE')).toEqual([]);
    expect(foundOfType('Встреча в 10:30, номер комнаты 4412, билд 20260311', 'PHONE')).toEqual([]);
  });
});

describe('EMAIL: a mailbox nobody reads', () => {
  it('leaves the no-reply senders of services alone, and keeps a team’s mailbox', () => {
    expect(foundOfType('From: GitLab <noreply@gitlab.com>\nSubject: Pipeline failed', 'EMAIL')).toEqual([]);
    expect(foundOfType('the bounce came from mailer-daemon@googlemail.com, why', 'EMAIL')).toEqual([]);
    expect(foundOfType('send the invoice to payables@harbourline.co.uk', 'EMAIL')).toEqual(['payables@harbourline.co.uk']);
  });
});

describe('PHONE: the area code then a slash, as German-speaking forms write it', () => {
  it.each([
    ['Rückruf bitte unter 030 / 98 76 54-32, Durchwahl geht direkt', '030 / 98 76 54-32'],
    ['Handy: 0176/4433221', '0176/4433221'],
  ])('finds the number in %j', (text, phone) => {
    expect(foundOfType(text, 'PHONE')).toEqual([phone]);
  });

  it('leaves dates and paths with slashes', () => {
    expect(foundOfType('release 01/02/2024, hotfix 03/2025, logs in /var/log/0123/4567890', 'PHONE')).toEqual([]);
  });
});

/**
 * Addresses written in their owner's alphabet (RFC 6531 / IDNA): accented and non-Latin letters in the local
 * part and the domain, as mail providers in Latin America, Europe, Russia and India now accept them. Written
 * before the rule.
 */
describe('EMAIL: internationalised addresses', () => {
  it.each(['m.núñez@telmex.mx', 'søren.høj@firma.dk', 'müller@bäckerei-schmidt.de', 'иван.петров@почта.рф', 'gonçalo.ávila@empresa.pt'])('finds %s', (address) => {
    expect(foundOfType(`pls bounce this to ${address} asap`, 'EMAIL')).toEqual([address]);
  });

  it('keeps the letters before the address out of it', () => {
    expect(foundOfType('the invoice bounced, resend it to josé@exemple.fr with the PO', 'EMAIL')).toEqual(['josé@exemple.fr']);
    expect(foundOfType('cc:josé@exemple.fr', 'EMAIL')).toEqual(['josé@exemple.fr']);
  });
});
