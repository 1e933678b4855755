/**
 * The classes people paste that the guard used to let through: addresses, dates of birth, id numbers
 * with their checksums, phones by shape, cards of any issuer in a payment context, secrets on command
 * lines and in suffixed keys, URL userinfo of any shape, names in lower case / ALL CAPS / other scripts,
 * and tables whose header says what a column holds. Each case also states what must stay untouched.
 */
import { describe, expect, it } from 'vitest';
import { Pseudonymizer } from '../../src/router/privacy/index.ts';
import { found, foundOfType } from './helpers.ts';

const secret = (...parts: string[]): string => parts.join('');

describe('addresses and postcodes', () => {
  it('finds streets with their city and postcode, in several national shapes', () => {
    expect(foundOfType('pls send it to 1600 Amphitheatre Parkway, Mountain View 94043 by friday', 'ADDRESS')).toEqual(['1600 Amphitheatre Parkway, Mountain View 94043']);
    expect(foundOfType('office moved to 221B Baker Street, London NW1 6XE', 'ADDRESS')).toEqual(['221B Baker Street, London NW1 6XE']);
    expect(foundOfType('sie wohnt Kastanienallee 12a, 10435 Berlin', 'ADDRESS')).toEqual(['Kastanienallee 12a, 10435 Berlin']);
    expect(foundOfType('rdv au 5 rue de la Paix, Paris', 'ADDRESS')).toEqual(['5 rue de la Paix, Paris']);
    expect(foundOfType('postcode is K1A 0B1', 'ADDRESS')).toEqual(['K1A 0B1']);
  });

  it('leaves numbers followed by ordinary words alone', () => {
    expect(foundOfType('the 5 min walk to the 3 new park benches', 'ADDRESS')).toEqual([]);
    expect(foundOfType('we had 12345 requests and 2024 was busy', 'ADDRESS')).toEqual([]);
  });

  it('takes an address that opens with its flat or unit, up to the postcode, whatever the street is called there', () => {
    expect(foundOfType('courier to Flat 7B, Lake View Apartments, 3rd Main, Koramangala, Bengaluru 560034 pls', 'ADDRESS')).toEqual(['Flat 7B, Lake View Apartments, 3rd Main, Koramangala, Bengaluru 560034']);
    expect(foundOfType('new place: Unit 12/40 Kent Street, Balmain NSW 2041', 'ADDRESS')).toEqual(['Unit 12/40 Kent Street, Balmain NSW 2041']);
    expect(foundOfType('ship to Apt 301, 88 Rue Saint-Denis, Montréal QC H2X 3K8', 'ADDRESS')).toEqual(['Apt 301, 88 Rue Saint-Denis, Montréal QC H2X 3K8']);
  });

  it('reads a numbered street after the house number', () => {
    expect(foundOfType('drop it at 2210 5th Avenue, Seattle WA 98121', 'ADDRESS')).toEqual(['2210 5th Avenue, Seattle WA 98121']);
  });

  it('does not run a unit on into the next sentence, nor over counts and years', () => {
    expect(foundOfType('room 4 is booked. The invoice INV-2231 came to 40500 in total', 'ADDRESS')).toEqual([]);
    expect(foundOfType('Suite 3, 120 tests, 4 failures, duration 12000', 'ADDRESS')).toEqual([]);
    expect(foundOfType('Room 4, floor 2, seats 10, budget 5000', 'ADDRESS')).toEqual([]);
    expect(foundOfType('suite 2, chapter 3, release 2024', 'ADDRESS')).toEqual([]);
  });
});

describe('dates of birth and id numbers', () => {
  it('takes a date only next to a birth word', () => {
    expect(foundOfType('DOB: 1984-02-29 on the form', 'DATE_OF_BIRTH')).toEqual(['1984-02-29']);
    expect(foundOfType('he was born on 3 March 1971', 'DATE_OF_BIRTH')).toEqual(['3 March 1971']);
    expect(foundOfType('invoice paid on 03/04/2026', 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('takes a birth date written day-month-year with hyphens, or further on in the sentence that names it', () => {
    expect(foundOfType('need her DOB (17-Sep-1990) for the visa form', 'DATE_OF_BIRTH')).toEqual(['17-Sep-1990']);
    expect(foundOfType('birth date on the form is wrong for Halima Yusuf — she typed 11/02/1988 by mistake', 'DATE_OF_BIRTH')).toEqual(['11/02/1988']);
    // Another sentence, another date: the cue stays with its own.
    expect(foundOfType('born in the 80s, apparently. The renewal is due 11/02/2027.', 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('accepts checksummed ids alone and rejects the same shapes with a wrong check digit', () => {
    expect(foundOfType('aadhaar is 4991 1866 5246', 'ID_NUMBER')).toEqual(['4991 1866 5246']);
    expect(foundOfType('ref 4991 1866 5247 for the box', 'ID_NUMBER')).toEqual([]);
    expect(foundOfType('DNI 12345678Z', 'ID_NUMBER')).toEqual(['12345678Z']);
    expect(foundOfType('row 12345678A was skipped', 'ID_NUMBER')).toEqual([]);
    expect(foundOfType('NI: AB 12 34 56 C', 'ID_NUMBER')).toEqual(['AB 12 34 56 C']);
  });

  it('takes the number after a passport or licence word', () => {
    expect(foundOfType('passport number: X1234567 exp 2031', 'ID_NUMBER')).toEqual(['X1234567']);
    expect(foundOfType('DL# D123-456-78-901-0', 'ID_NUMBER')).toEqual(['D123-456-78-901-0']);
    expect(foundOfType('need his passport number (K7703142) for the booking', 'ID_NUMBER')).toEqual(['K7703142']);
  });

  it('takes an id-shaped number after a short label that ends in a colon, in the same sentence as the id word', () => {
    expect(foundOfType('pesel dla nowej umowy: 90090515836', 'ID_NUMBER')).toEqual(['90090515836']);
    expect(foundOfType("driver's licence for the rental desk: B7731904", 'ID_NUMBER')).toEqual(['B7731904']);
    // A label can introduce anything: an amount or a count is not an id.
    expect(foundOfType('licence renewal for the whole team: 1200 USD', 'ID_NUMBER')).toEqual([]);
    expect(foundOfType('passport office. Reminder: ticket 4471 is still open', 'ID_NUMBER')).toEqual([]);
  });
});

describe('phones and cards by shape and context', () => {
  it('keeps extensions and international numbers libphonenumber rejects', () => {
    expect(foundOfType('call me on (555) 010-4477 ext. 12', 'PHONE')).toEqual(['(555) 010-4477 ext. 12']);
    expect(foundOfType('whatsapp +99 123 4567 890', 'PHONE')).toEqual(['+99 123 4567 890']);
    expect(foundOfType('tel 020.555.0199', 'PHONE')).toEqual(['020.555.0199']);
  });

  it('takes any Luhn-valid card number in a payment context, not elsewhere', () => {
    expect(foundOfType('refund the card 1000 0000 0000 009', 'CREDIT_CARD')).toEqual(['1000 0000 0000 009']);
    expect(foundOfType('tracking 1000 0000 0000 009 shipped', 'CREDIT_CARD')).toEqual([]);
  });
});

describe('secrets in the shapes people paste', () => {
  it('masks passwords on command lines and in suffixed keys, not the commands', () => {
    const value = secret('Wq', '8#tz', 'Lm2');
    expect(foundOfType(`mysql -u app -p${value} crm`, 'SECRET')).toEqual([value]);
    expect(foundOfType(`curl -u deploy:${value} https://ci.internal`, 'SECRET')).toEqual([value]);
    expect(foundOfType(`./run --password=${value}`, 'SECRET')).toEqual([value]);
    expect(foundOfType(`ADMIN_PASS_2=${value}`, 'SECRET')).toEqual([value]);
    expect(foundOfType('psql -h db -p 5432 -U app', 'SECRET')).toEqual([]);
  });

  it('masks URL userinfo whatever the password holds and whatever the host is', () => {
    const value = secret('p#s', '?w/', 'rd');
    expect(foundOfType(`postgres://app:${value}@db:5432/prod`, 'URL_CREDENTIALS')).toEqual([`postgres://app:${value}@db:5432`]);
    expect(foundOfType('see https://medium.com/@someone/post', 'URL_CREDENTIALS')).toEqual([]);
  });
});

describe('names written any way', () => {
  it('finds lower-case, ALL CAPS and other-script names, and list items', () => {
    expect(foundOfType('can you ping ikechukwu obi about it', 'PERSON')).toEqual(['ikechukwu obi']);
    expect(foundOfType('CALL WITH TADEUSZ KOWALCZYK AT 3', 'PERSON')).toEqual(['TADEUSZ KOWALCZYK']);
    expect(foundOfType('the buyer is Дмитрий Соколов, pls invoice', 'PERSON')).toEqual(['Дмитрий Соколов']);
    expect(foundOfType('approvers: Okonkwo, Lindqvist', 'PERSON')).toEqual(['Okonkwo', 'Lindqvist']);
  });

  it('leaves ordinary chat alone', () => {
    expect(found('pls dont merge on friday lol, ci is flaky')).toEqual([]);
    expect(found('URGENT: PROD DATABASE IS DOWN, ALL HANDS')).toEqual([]);
  });
});

describe('tables and labelled fields', () => {
  it('masks every cell under a personal-data header, and restores them', () => {
    const csv = 'full_name;phone;postcode\nAmaka Eze;0803 000 1111;100001';
    expect(found(csv)).toEqual(['PERSON:Amaka Eze', 'PHONE:0803 000 1111', 'ADDRESS:100001']);
    const guard = new Pseudonymizer();
    expect(guard.restore(guard.apply(csv)).text).toBe(csv);
    expect(foundOfType('{"customer_name": "Bo Svensson", "plan": "pro"}', 'PERSON')).toEqual(['Bo Svensson']);
    expect(foundOfType('metadata:\n  name: checkout-db', 'PERSON')).toEqual([]);
  });

  it('reads the header in the language of the sheet', () => {
    expect(found('ordena por ciudad:\nnombre;ciudad;teléfono\nLucía Paredes;Rosario;341 555 0199\nBruno Acosta;Córdoba;351 555 0142')).toEqual(
      expect.arrayContaining(['PERSON:Lucía Paredes', 'PERSON:Bruno Acosta', 'PHONE:341 555 0199', 'PHONE:351 555 0142']),
    );
    expect(foundOfType('Vorname,Nachname,Abteilung\nJens,Albrecht,Einkauf', 'PERSON')).toEqual(expect.arrayContaining(['Jens', 'Albrecht']));
    expect(foundOfType('nom\tprénom\tservice\nGarnier\tÉlodie\tcompta', 'PERSON')).toEqual(['Garnier', 'Élodie']);
    expect(foundOfType('氏名,部署\n山口 結衣,経理', 'PERSON')).toEqual(['山口 結衣']);
  });

  it('reads a tab-separated sheet as cells, not as a postcode and a town, and its header abbreviations as headers', () => {
    const sheet = 'id\tname\tdept\n5120\tLee Ji-woo\tOps\n5121\tSamir Khoury\tEng';
    expect(found(sheet)).toEqual(['PERSON:Lee Ji-woo', 'PERSON:Samir Khoury']);
  });

  it('leaves columns whose header names no personal field alone, in any language', () => {
    expect(found('sku;almacén;cantidad\nT-7781;norte;400\nT-7782;sur;120')).toEqual([]);
  });
});

describe('ID_NUMBER: national ids of more regions, and the numbers an employer, school or clinic gives a person', () => {
  it('masks the number after its name', () => {
    for (const [text, number] of [
      ['her HKID is K6543219, please update the file', 'K6543219'],
      ['CNIC 35202-1234567-1 attached to the visa form', '35202-1234567-1'],
      ['payroll no. 0098812 for the back pay', '0098812'],
      ['student number: 20231177 (exchange semester)', '20231177'],
    ] as const) {
      expect(foundOfType(text, 'ID_NUMBER'), text).toEqual([number]);
    }
  });

  it('leaves counts and words that share the names alone', () => {
    expect(found('we onboarded 40 staff this month, 2026 budget pending')).toEqual([]);
  });
});

describe('dates that cannot be birth dates, and labels of other fields', () => {
  it("takes no future date for a birth date, whatever cue is near, and keeps a child's", () => {
    expect(foundOfType(`dob on file is fine; the birthday lunch is on 12 May ${new Date().getUTCFullYear() + 1}`, 'DATE_OF_BIRTH')).toEqual([]);
    expect(foundOfType('adding my son to the health plan, DOB 12/05/2019', 'DATE_OF_BIRTH')).toEqual(['12/05/2019']);
  });

  it('leaves the value of another field to that field after an id word', () => {
    expect(foundOfType('passport scan attached, DOB: 18/12/1962', 'ID_NUMBER')).toEqual([]);
    expect(foundOfType('passport scan attached, DOB: 18/12/1962', 'DATE_OF_BIRTH')).toEqual(['18/12/1962']);
  });
});

describe('addresses: a unit with only commas after it', () => {
  it('finds nothing and does not fail', () => {
    expect(foundOfType('Flat 4, , 2041', 'ADDRESS')).toEqual([]);
  });
});

describe('a database dump: the COPY statement names the columns', () => {
  it('types every cell of the rows by its column, and reads the field labels as no one', () => {
    const dump = 'COPY public.customers (id, full_name, email, dob, cpf) FROM stdin;\n7\tKaveh Rostami\tkaveh@mail.example\t1985-06-30\t111.444.777-35\n\\.';
    expect(found(dump)).toEqual(['PERSON:Kaveh Rostami', 'EMAIL:kaveh@mail.example', 'DATE_OF_BIRTH:1985-06-30', 'ID_NUMBER:111.444.777-35']);
  });
});
