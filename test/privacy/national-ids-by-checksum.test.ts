/**
 * National identity numbers recognised by their own rules — check digits and the birth date inside —
 * as the stdnum package implements them for each country: in their national grouping wherever they
 * stand; as plain digits, or in the groupings dated build numbers share (personnummer, HETU), where an
 * id word is written shortly before them; and passport machine-readable lines. Values generated for this test (valid check digits, invented people).
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const ids = (text: string) => foundOfType(text, 'ID_NUMBER');

describe('ID_NUMBER: national grouping and check digits, no cue needed', () => {
  it.each([
    ['my ic is 870923-10-4361 and the bank still says mismatch', '870923-10-4361'],
    ['tax office form: 3-0144-03639-09-1, is the grouping right?', '3-0144-03639-09-1'],
    ['korean visa form rejects 910203-2374794 for some reason', '910203-2374794'],
    ['the hotel copied 440305198807261858 wrong on the invoice', '440305198807261858'],
    ['revenue says 7249297D is not valid, translate their reply', '7249297D'],
    ['collect the parcel for M523330(0), she is my sister', 'M523330(0)'],
    ['commercialista needs RSSMRA85T10A562S on the F24', 'RSSMRA85T10A562S'],
    ['AHV card 756.5168.1484.67, pls fill the form in english', '756.5168.1484.67'],
    ['curp GODE561231HDFRRN00 for the payroll import', 'GODE561231HDFRRN00'],
  ])('%j', (text, expected) => {
    expect(ids(text)).toEqual([expected]);
  });

  it('leaves dated build and snapshot numbers alone when no id word stands before them', () => {
    expect(ids('jenkins build 240714-2327 passed, snapshot 19920611-6007 restored')).toEqual([]);
  });

  it('leaves numbers in the same grouping whose check digit fails alone', () => {
    expect(ids('order 440305198807261859 is late')).toEqual([]);
    expect(ids('ticket RSSMRA85T10A562T was reopened')).toEqual([]);
  });
});

describe('ID_NUMBER: plain digits with an id word earlier in the message', () => {
  it.each([
    ['can u check if this pesel is even valid? 85072147640 hr says no', '85072147640'],
    ['SA id number?? 8604176265008 - work out the birthday from it', '8604176265008'],
    ['kimlik no lazım diyorlar, 38545606838 doğru mu', '38545606838'],
    ['skatteverket wants my personnummer as 19920611-6007, not the short one', '19920611-6007'],
    ['kela letter has my henkilötunnus 170588-738H but the card shows another', '170588-738H'],
    ['kyc export:\nname,country,id_no\nana pop,RO,2870512292237', '2870512292237'],
  ])('%j', (text, expected) => {
    expect(ids(text)).toContain(expected);
  });

  it('leaves the same digits alone with no id word, and, after an id word, digits that fail the check', () => {
    expect(ids('invoice 85072147640 paid twice, refund one')).toEqual([]);
    expect(ids('the pesel field is fine now. order 85072147641 shipped though')).toEqual([]);
    expect(ids('timestamp 1733390123456 in the log, convert it')).toEqual([]);
  });
});

describe('ID_NUMBER: a passport machine-readable zone', () => {
  it('takes both lines', () => {
    const mrz = ['P<NLDVAN<DER<BERG<<SANNE<MARIJE<<<<<<<<<<<<<', 'NX4K7P2L96NLD8811054F3203157<<<<<<<<<<<<<<06'];
    expect(ids(`scan came out like this, what's the expiry?\n${mrz[0]}\n${mrz[1]}`)).toEqual([`${mrz[0]}\n${mrz[1]}`]);
  });

  it('leaves a line of filler in a log alone', () => {
    expect(ids('<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n== build done ==')).toEqual([]);
  });
});

describe('ID_NUMBER: a column of ids in a pasted sheet', () => {
  it('takes every cell under an id column, whatever its country', () => {
    const sheet = 'kyc rows failing:\nname,country,id_no,dob\nAyu Pratiwi,ID,3273015507890002,1989-07-15\nLe Van Minh,VN,079188001234,1988-03-02';
    expect(ids(sheet)).toEqual(['3273015507890002', '079188001234']);
  });

  it('leaves a row id column alone, long ids included', () => {
    expect(ids('id,sku,qty\n10442,AB-77,3\n10443,AB-78,1')).toEqual([]);
    expect(ids('order_id,sku,qty\n85072147640,AB-77,3\n481458891,AB-78,1')).toEqual([]);
  });
});

describe('ID_NUMBER: id words in the languages of the forms people paste', () => {
  it.each([
    ['Antragsformular\nReisepass-Nr.: C7KX41920\nAnschrift: siehe unten', 'C7KX41920'],
    ['Führerscheinnummer: B072RRE2I55', 'B072RRE2I55'],
    ['numéro de passeport : 19AB12345', '19AB12345'],
    ['a-melding feil for ansatt, fnr 24049533861 avvist', '24049533861'],
  ])('%j', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('ID_NUMBER: national numbers after the words people write for them', () => {
  it.each([
    ['kargo formu için TC: 42553040744 lazım', '42553040744'],
    ['fatura com NIF: 226876390, por favor', '226876390'],
    ['henkilötunnukseni on 150391-160R, voitko tarkistaa', '150391-160R'],
    ['nový kolega, r.č. 880723/4227, nástup v pondělí', '880723/4227'],
  ])('%s', (text, id) => {
    expect(foundOfType(text, 'ID_NUMBER')).toEqual([id]);
  });

  it('leaves a ratio and an order number of the same shapes alone', () => {
    expect(foundOfType('the ratio was 880723/4227 rows after the dedupe', 'ID_NUMBER')).toEqual([]);
    expect(foundOfType('order 226876390 shipped yesterday', 'ID_NUMBER')).toEqual([]);
  });
});

/**
 * The ids whose check digits the guard reads, named as their own countries name them — Estonia's isikukood,
 * Lithuania's asmens kodas, Belgium's rijksregisternummer, the Netherlands' burgerservicenummer — or as their
 * English guides do ("personal code"): the word names the id a few lines before the number. Written before the
 * rule.
 */
describe('ID_NUMBER: an id named in its own country’s words', () => {
  it.each([
    ['onboarding the tallinn contractor, his isikukood is on the signed form: Mart Kask, 39204152212. which digit is the century?', '39204152212'],
    ['lithuanian payroll form asks for the asmens kodas, she sent 49508230164 — is that the right format?', '49508230164'],
    ['estonian personal code for the new contractor: 38812074551 pls add to the vendor record', '38812074551'],
  ])('%j', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('leaves the same digits alone with no id word', () => {
    expect(ids('invoice 39204152212 was paid twice, refund one')).toEqual([]);
  });
});
