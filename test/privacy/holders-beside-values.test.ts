import { beforeAll, describe, expect, it } from 'vitest';
import { redact, warmGuard } from '../../src/router/privacy/index.ts';

const masked = (text: string) => redact(text).text;
const types = (text: string) => redact(text).entities.map((entity) => entity.type);

beforeAll(() => warmGuard());

/** Families from the thirty-first round: whose value it is, and list members the rows vouch for. */
describe('a holder written right before their value', () => {
  it('masks a given name and a surname right before an id, a phone, an IBAN or an e-mail', () => {
    expect(masked('the Santiago dentist plan needs RUTs: Ignacia Rojas 20.118.457-6, Matías Pizarro 9.847.213-4')).toBe(
      'the Santiago dentist plan needs RUTs: [PERSON] [ID_NUMBER], [PERSON] [ID_NUMBER]',
    );
    expect(masked('RUT para el contrato: Catalina Soto Fuenzalida 17.482.395-2')).toBe('RUT para el contrato: [PERSON] [ID_NUMBER]');
    expect(masked('call Amaka Obi 0803 123 4567 tomorrow')).toBe('call [PERSON] [PHONE] tomorrow');
    expect(masked('refund to Account Holder John Smith GB29 NWBK 6016 1331 9268 19')).toBe('refund to Account Holder [PERSON] [IBAN]');
  });

  it('masks one given name only as a list line labelling the value', () => {
    expect(masked('numbers from the call notes:\n- Kaito: 090.5550.1187')).toBe('numbers from the call notes:\n- [PERSON]: [PHONE]');
    // A line's label that is no given name is the number's kind.
    expect(masked('- Mobile: 090.5550.1187')).toBe('- Mobile: [PHONE]');
  });

  it("leaves the words of a desk, an office or an id paper before a value", () => {
    expect(masked('Support Desk 0800 123 4567')).toBe('Support Desk [PHONE]');
    expect(masked('Head Office +44 20 7946 0000')).toBe('Head Office [PHONE]');
    expect(masked('Codice Fiscale RSSMRA85T10A562S')).toBe('Codice Fiscale [ID_NUMBER]');
  });

  it('reads a number grouped in thousands after a name as no version of it', () => {
    expect(types('Ignacia Rojas 20.118.457-6')).toEqual(['PERSON', 'ID_NUMBER']);
    // Versions stay versions: no one is named "Python".
    expect(masked('upgrade Python 3.11.4 and Postgres 16.2 first')).toBe('upgrade Python 3.11.4 and Postgres 16.2 first');
  });
});

describe('a word English lacks before what only people do', () => {
  it('masks a capitalised word frequent only in another language when it is out sick or asked to do something', () => {
    expect(masked('Mbali is out sick today')).toBe('[PERSON] is out sick today');
  });
});

describe('list members the rows vouch for', () => {
  it('reads a bracket as the opening of a list of three or more people', () => {
    expect(masked('bookclub final tally: Orbital 4 (Kasia, Rhys, Fatima, Dev), Intermezzo 3')).toContain('Orbital 4 ([PERSON], [PERSON], [PERSON],');
    // A bracket's pair of unlisted capitalised words is as often two firms.
    expect(masked('Billing 4.2, Enterprise 4.4, Partners (Accenture, Capgemini) 3.9')).toBe('Billing 4.2, Enterprise 4.4, Partners (Accenture, Capgemini) 3.9');
  });

  it("does not take a colon on the next line for the last item's label", () => {
    expect(masked('quiz results\n1st: Team Koru (Tama, Aroha, Rawiri)\n2nd: The Curie-ous (Lars, Ines)')).toContain('([PERSON], [PERSON], [PERSON])');
  });
});

describe('ids in pasted JSON, and passwords said at length', () => {
  it("reads an id paper's quoted key before a quoted number, and leaves a record's quoted \"id\"", () => {
    expect(masked('fix the escaping: {"empleado": "Sebastián Restrepo", "cedula": "1017245398"}')).toContain('"cedula": "[ID_NUMBER]"');
    expect(masked('{"name": "Papiya", "nid": "4628173950", "city": "Dhaka"}')).toContain('"nid": "[ID_NUMBER]"');
    expect(masked('{"id": "5f8d0d55b54764421b7156c3", "status": "open"}')).toBe('{"id": "5f8d0d55b54764421b7156c3", "status": "open"}');
    expect(masked('{"id": 1234567, "sku": "widget"}')).toBe('{"id": 1234567, "sku": "widget"}');
  });

  it('masks a password whose owner takes up to eight words before "is"', () => {
    expect(masked('the wifi pw for the guest network at the offsite venue is Olive&Fig-2024, tell your guests')).toBe(
      'the wifi pw for the guest network at the offsite venue is [SECRET], tell your guests',
    );
    expect(masked('the password policy for contractors and interns is twelve characters')).toBe('the password policy for contractors and interns is twelve characters');
  });
});

describe('the parts of a name around the part found', () => {
  it('takes a listed surname that ends the run after two given names', () => {
    expect(masked('laptop for new starter Mei Ling Tan (starts mon, Singapore office)')).toBe('laptop for new starter [PERSON] (starts mon, Singapore office)');
    // Not a place's or a product's word that the run goes on past.
    expect(masked('Kwame Nkrumah Circle in Accra is chaos at 5pm')).not.toContain('[PERSON] in Accra');
  });

  it('takes capital initials before a surname no list has, written apart or together', () => {
    expect(masked('who is J. R. Okonjo on the cap table?')).toBe('who is [PERSON] on the cap table?');
    expect(masked('thanks J.R. Okonjo')).toBe('thanks [PERSON]');
    expect(masked('flights to N. Ireland and S. Korea')).toBe('flights to N. Ireland and S. Korea');
  });
});

describe('a list written surname first', () => {
  it('takes the rows shaped as the names found in it, not a row of English words', () => {
    const journal = 'net pay lines:\nAfolabi, Tunde  2,455.10\nBrandt, Jonas  3,102.55\nCastillo, Ana Lucía  2,977.04\nDang, Khoa  2,640.20\nTotal, Net  9,540.10\nEriksen, Mette  3,348.77';
    const out = masked(journal);
    expect(out).toContain('\n[PERSON], [PERSON]  2,640.20');
    expect(out).toContain('\nTotal, Net  9,540.10');
  });
});

describe('whose value it is in scripts without capitals', () => {
  it("masks the word after 'of' or after the value's noun, right before the value", () => {
    expect(masked('رقم محمود ٠١٠٩٧٤٣٢٦١٥ لو حد محتاجه')).toBe('رقم [PERSON] [PHONE] لو حد محتاجه');
    expect(masked('הטלפון בבית של ציפי 03-6491287, היא לא עונה לנייד')).toBe('הטלפון בבית של [PERSON] [PHONE], היא לא עונה לנייד');
    expect(masked('דרכון של גלעד: 32719408, בתוקף עד 2029')).toBe('דרכון של [PERSON]: [ID_NUMBER], בתוקף עד 2029');
    expect(masked('آیپی خونه‌ی علی 5.119.203.88 تو firewall بلاک')).toBe('آیپی خونه‌ی [PERSON] [IP_ADDRESS] تو firewall بلاک');
    expect(masked('رقم الهوية الإماراتية لـ ميثاء: 784-1993-4569988-0، الـ HR')).toContain('لـ [PERSON]: [ID_NUMBER]');
  });

  it('leaves the noun with the article before a number: the order number is no one', () => {
    expect(masked('رقم الطلب 123456789 وصل')).not.toContain('[PERSON]');
    expect(masked('מספר ההזמנה 123456789')).not.toContain('[PERSON]');
  });
});
