import { beforeAll, describe, expect, it } from 'vitest';
import { detectEntities, warmGuard } from '../../src/router/privacy/index.ts';

const of = (type: string, text: string): string[] => detectEntities(text).filter((entity) => entity.type === type).map((entity) => entity.value);

beforeAll(() => warmGuard());

/** A fresh-eyes review of the thirty-sixth round's families, with messages of its own; each fixed as a family. */
describe("the thirty-sixth round's review: secrets", () => {
  it('passes over words that are other languages\' verbs on the way to the verb ("war room", "Era portal")', () => {
    expect(of('SECRET', 'the password for the war room laptop is Tr0ub4dorx3')).toEqual(['Tr0ub4dorx3']);
    expect(of('SECRET', 'the password for the Era portal is Gr8tPortal2024')).toEqual(['Gr8tPortal2024']);
  });

  it("takes a camelCase key's pass only when it names what signs in, and a prefixed UUID only in a vendor's format", () => {
    expect(of('SECRET', "renderPass: 'forward+'")).toEqual([]);
    expect(of('SECRET', 'const firstPass = results[0]')).toEqual([]);
    expect(of('SECRET', 'token refresh keeps failing, correlation req-7f3c1e2a-4b5d-4e6f-8a9b-0c1d2e3f4a5b')).toEqual([]);
    expect(of('SECRET', 'mailUserPass=Sk1pper!Bay')).toEqual(['Sk1pper!Bay']);
  });

  it('reads no code after another code\'s word or before a unit, and reads compounds and possessives', () => {
    expect(of('SECRET', 'The zip code for the office building is 94107.')).toEqual([]);
    expect(of('SECRET', 'country code for the phone: 0044')).toEqual([]);
    expect(of('SECRET', 'the code for the access layer is 2400 lines long')).toEqual([]);
    expect(of('SECRET', 'der Alarmcode ist 5521, bitte nicht weitersagen')).toEqual(['5521']);
    expect(of('SECRET', 'code for my storage locker is 8830')).toEqual(['8830']);
    expect(of('SECRET', 'le digicode c\'est 4517B')).toEqual(['4517B']);
  });

  it('leaves public keys, record keys, paging tokens and repositories named for hooks alone', () => {
    expect(of('SECRET', 'wg set wg0 peer --public-key xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=')).toEqual([]);
    expect(of('SECRET', 'retry with --idempotency-key 9f2c1b7e8d4a5f6b3c2d1e0f9a8b7c6d')).toEqual([]);
    expect(of('SECRET', 'next_page_token CiAKGjBpNDd2Nmp5ZTVpbWIxMA')).toEqual([]);
    expect(of('SECRET', 'see https://github.com/pre-commit/pre-commit-hooks/commit/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b')).toEqual([]);
  });

  it("finds BitLocker's key by its shape alone", () => {
    expect(of('SECRET', 'Your BitLocker key is 418913-201134-559872-330118-774201-118290-664730-101112')).toEqual([
      '418913-201134-559872-330118-774201-118290-664730-101112',
    ]);
  });
});

describe("the thirty-sixth round's review: records and names", () => {
  it('reads no service in a log line as a person, and no file under a zip key as a postcode', () => {
    expect(of('PERSON', 'level=info name=Checkout version=1.4.2')).toEqual([]);
    expect(of('ADDRESS', 'artifact_zip=build-2024.05.17.zip uploaded')).toEqual([]);
  });

  it('takes capitals after "given" only after a surname field, never an SQL type, and names with apostrophes and hyphens', () => {
    expect(of('PERSON', 'CREATE TABLE users (id int, surname VARCHAR(100), given VARCHAR(100))')).toEqual([]);
    expect(of('PERSON', 'Given API returns 500 again')).toEqual([]);
    expect(of('PERSON', 'surname SMITH given JOHN')).toEqual(['SMITH', 'JOHN']);
    expect(of('PERSON', "surname O'BRIEN-WALSH given SEAN")).toEqual(["O'BRIEN-WALSH", 'SEAN']);
  });

  it('keeps a phone after a booking word without a number label, and reads business documents as no one\'s', () => {
    expect(of('PHONE', 'Call the hotel for the reservation: 020 7946 0958')).toEqual(['020 7946 0958']);
    expect(of('ID_NUMBER', 'see doc no 88213344 in the QMS')).toEqual([]);
    expect(of('ID_NUMBER', 'titre de séjour n° 9912345678')).toEqual(['9912345678']);
  });

  it('reads birth labels cut short with full stops, and a dob key with a prefix', () => {
    expect(of('DATE_OF_BIRTH', 'dt. nasc.: 03/04/1988')).toEqual(['03/04/1988']);
    expect(of('DATE_OF_BIRTH', 'customer_dob=1990-04-03 plan=gold')).toEqual(['1990-04-03']);
  });

  it('reads no human rights, current account or doctor\'s specialty as a name', () => {
    expect(of('PERSON', 'گزارش کمیسیون حقوق بشر در تاریخ 1403/05/12')).toEqual([]);
    expect(of('PERSON', 'شماره حساب جاری: 0101234567')).toEqual([]);
    expect(of('PERSON', 'برو پیش دکتر روانی')).toEqual([]);
  });
});
