import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: who a pasted e-mail is from and to', () => {
  it.each([
    // Before a quote in another language, whose words are no names.
    ['On Tue, 4 Mar 2026 at 16:02, tavita leiataua <tleiataua@samoa-freight.ws> wrote:\n> hola, el número nuevo es el de abajo, el anterior ya no funciona', 'tavita leiataua'],
    ['From: Oyelaran Bankole <o.bankole@lagos-print.ng>\nSent: Monday\nSubject: proofs', 'Oyelaran Bankole'],
    ['From: Payroll Desk\nTo: Nkechi Obiora\nSubject: your March payslip', 'Nkechi Obiora'],
    ['في الأحد، 8 مارس 2026، كتب ياسر الخطيب <yasser@gulf-trade.ae>:\n> مرحبا، نرجو إرسال الفاتورة قبل نهاية الأسبوع', 'ياسر الخطيب'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves a service’s mailbox and a team’s display name alone', () => {
    expect(persons('From: GitHub <noreply@github.com>\nSubject: [acme/api] Run failed: CI - main')).toEqual([]);
    expect(persons('From: IT Service Desk <itsd@acme.example>\nTo: All Staff\nSubject: password expiry')).toEqual([]);
    expect(persons('De : Service Client <no-reply@boutique.example>\nObjet : Votre commande a été expédiée')).toEqual([]);
    expect(persons('From: Cron Daemon\nSubject: Cron <svc-backup@db-replica-2> /usr/local/bin/pg_backup.sh --full')).toEqual([]);
  });

  it('reads the short weekday before the date of a quoted header as a day', () => {
    expect(persons('On Tue, 4 Mar 2026 at 16:02, tavita leiataua <tleiataua@samoa-freight.ws> wrote:\n> hola, el número nuevo es el de abajo')).toEqual(['tavita leiataua']);
    expect(persons('Tue, can you send the deck before lunch?')).toEqual(['Tue']);
  });

  it('reads "To:" as a header only in a mail header block', () => {
    expect(persons('To: Wiremu Tane')).toEqual([]);
  });
});
