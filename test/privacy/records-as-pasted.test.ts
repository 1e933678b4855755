import { beforeAll, describe, expect, it } from 'vitest';
import { detectEntities, warmGuard } from '../../src/router/privacy/index.ts';

const of = (type: string, text: string): string[] => detectEntities(text).filter((entity) => entity.type === type).map((entity) => entity.value);

beforeAll(() => warmGuard());

/** Families from the thirty-third set's development half (personal records pasted into requests), in sentences of our own. */
describe('identity numbers under the names their papers give them', () => {
  it('reads residence papers, visa foils, birth certificates and the numbers of social-insurance and tax offices', () => {
    expect(of('ID_NUMBER', 'Karim Haddad - carte de séjour 7730418265, renouvellement en mai')).toEqual(['7730418265']);
    expect(of('ID_NUMBER', 'visa foil K55190372 was issued in Nairobi')).toEqual(['K55190372']);
    expect(of('ID_NUMBER', 'child: Amara, birth cert no 7719204')).toEqual(['7719204']);
    expect(of('ID_NUMBER', 'contributions: PhilHealth 03-220418811-5, Pag-IBIG 1210-7730-4418')).toEqual(['03-220418811-5', '1210-7730-4418']);
    expect(of('ID_NUMBER', 'alta IMSS: NSS 72119204418 pending')).toEqual(['72119204418']);
    expect(of('ID_NUMBER', 'his income tax ref 9912044187 is on the IRP5')).toEqual(['9912044187']);
  });

  it('takes a bare "no" as a label only after the noun of a document', () => {
    expect(of('ID_NUMBER', 'licence card no K8830415 expires in june')).toEqual(['K8830415']);
    expect(of('ID_NUMBER', 'I said no 123456 times already')).toEqual([]);
  });
});

describe('dates of birth as forms and travel records write them', () => {
  it('reads a cut-short birth label and an airline date', () => {
    expect(of('DATE_OF_BIRTH', 'Lucía Paredes, fecha de nac 21/09/1990, domicilio en Quito')).toEqual(['21/09/1990']);
    expect(of('DATE_OF_BIRTH', 'pax doc: passport C0441872 dob 04MAR79 nationality GBR')).toEqual(['04MAR79']);
    expect(of('DATE_OF_BIRTH', 'flight BA 117 departs 04MAR25 at 09:40')).toEqual([]);
  });
});

describe('names in the fields of travel and identity records', () => {
  it('reads a surname and given names written in capitals after their field without a colon', () => {
    expect(of('PERSON', 'apis: surname OKONKWO given CHIAMAKA ADAEZE passport A07719204')).toEqual(['OKONKWO', 'CHIAMAKA ADAEZE']);
    expect(of('PERSON', 'surname is required on the booking form')).toEqual([]);
    expect(of('PERSON', 'last name TBD until the offer is signed')).toEqual([]);
  });
});

describe("a record's number is no phone", () => {
  it('leaves a waybill, a booking confirmation or a claim number alone, and keeps a phone beside them', () => {
    expect(of('PHONE', 'AWB 235-77190432 is still in customs at JKIA')).toEqual([]);
    expect(of('PHONE', 'booking confirmation no. 0412 557 093 for two nights')).toEqual([]);
    expect(of('PHONE', 'for the booking +44 7700 900123 is the number to text')).toEqual(['+44 7700 900123']);
    expect(of('PHONE', 'claim no 020 7946 0321 was rejected, call them on 020 7946 0999')).toEqual(['020 7946 0999']);
  });
});

describe('fields of a pasted log line', () => {
  it('reads a postcode under a qualified key in logfmt, and leaves the key out of an e-mail address', () => {
    expect(of('ADDRESS', 'WARN payment declined reason=avs shipping_postcode=EH3 9QN retry=false')).toEqual(['EH3 9QN']);
    expect(of('ADDRESS', 'geo lookup ok postal_code=28013 region=madrid')).toEqual(['28013']);
    expect(of('EMAIL', 'INFO login ok user=k.mwangi@example.co.ke ip=10.0.0.8')).toEqual(['k.mwangi@example.co.ke']);
    // A bounce address keeps the "=" of its own local part.
    expect(of('EMAIL', 'bounced: list-bounces+kofi=mail.example.com@lists.example.org')).toEqual(['list-bounces+kofi=mail.example.com@lists.example.org']);
  });

  it('leaves a status under a postcode key and a memory address under "addr"', () => {
    expect(of('ADDRESS', 'level=info msg=started zip=ok')).toEqual([]);
    expect(of('ADDRESS', '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x10a3f2e]')).toEqual([]);
  });
});

describe("a holder's name before their value's label", () => {
  it('keeps a name whose next word labels a number as the holder, not as a thing named after them', () => {
    expect(of('PERSON', 'typed in by mistake: Dara Quigley card 6011000990139424 exp 04/27')).toEqual(['Dara Quigley']);
    expect(of('PERSON', 'from the scan: Kofi Mensah passport G1234567, expires 2030')).toEqual(['Kofi Mensah']);
    // A brand's card stays the brand's.
    expect(of('PERSON', 'Visa card 4111111111111111 was declined')).toEqual([]);
  });
});

describe('help-desk tickets (the thirty-fourth set\'s development half, in sentences of our own)', () => {
  it('reads backup codes of digits listed after their name, a laptop PIN, "mdp" and Dutch verbs of resetting', () => {
    // Every code masked (two side by side may read as one longer number and be masked as one).
    const codes = 'recovery codes for the payroll admin: 40917722 11830456 99021374';
    const spans = detectEntities(codes).filter((entity) => entity.type === 'SECRET');
    for (const code of ['40917722', '11830456', '99021374']) {
      const at = codes.indexOf(code);
      expect(spans.some((span) => span.start <= at && at + code.length <= span.end), code).toBe(true);
    }
    expect(of('SECRET', 'his laptop PIN 507311 stopped working after the update')).toEqual(['507311']);
    expect(of('SECRET', 'mdp provisoire Xq7!rT2vLp, à changer à la première connexion')).toEqual(['Xq7!rT2vLp']);
    expect(of('SECRET', 'het wachtwoord van Mila is veranderd naar Zeewind.44!')).toEqual(['Zeewind.44!']);
    expect(of('SECRET', 'backup codes are in the vault, see ticket 4417')).toEqual([]);
  });

  it('reads every code of a list after their name — the last one too — and codes said to be the codes', () => {
    expect(of('SECRET', 'my 2fa backup codes: 30418827, 66120953, 81702246 keep them safe')).toEqual(['30418827', '66120953', '81702246']);
    expect(of('SECRET', 'the backup codes are 30418827 and 66120953, used one already')).toEqual(['30418827', '66120953']);
    expect(of('SECRET', 'recovery codes are 5082-1177 and 9931-4460')).toEqual(['5082-1177', '9931-4460']);
    expect(of('SECRET', 'recovery codes were 30418827 and 66120953, both burnt now')).toEqual(['30418827', '66120953']);
    // Not what merely follows the words on their line, nor years, a year and a month, a date, an order's numbers.
    expect(of('SECRET', 'backup key rotation is every 30 days, 2024-0515 was the last')).toEqual([]);
    expect(of('SECRET', 'backup key rotation: every 30 days, 2024-0515 was the last')).toEqual([]);
    expect(of('SECRET', 'backup codes: policy in place 2019-2024')).toEqual([]);
    expect(of('SECRET', 'backup codes are regenerated weekly, last batch 20240515')).toEqual([]);
    expect(of('SECRET', 'backup key is in the vault, see ticket 44120093')).toEqual([]);
    expect(of('SECRET', 'backup kit: order 556677 and 889900 shipped')).toEqual([]);
  });

  it("reads a personnel number and a health insurer's member number in German and Dutch", () => {
    expect(of('ID_NUMBER', 'Lena Vogt (Personalnummer 31882) hat das Notebook abgegeben')).toEqual(['31882']);
    expect(of('ID_NUMBER', 'personeelsnummer NL-77120 staat verkeerd in AFAS')).toEqual(['NL-77120']);
    expect(of('ID_NUMBER', 'Versichertennummer A123456780 wird von der Kasse abgelehnt')).toEqual(['A123456780']);
  });
});
