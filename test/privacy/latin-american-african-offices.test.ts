import { beforeAll, describe, expect, it } from 'vitest';
import { redact, warmGuard } from '../../src/router/privacy/index.ts';

const masked = (text: string) => redact(text).text;

beforeAll(() => warmGuard());

/** Families from chat at offices in Latin America and sub-Saharan Africa (the twenty-sixth evaluation set's development half). */
describe('the guard on chat from Latin American and African offices', () => {
  it('masks Chilean RUTs and Uruguayan cédulas written with thousands dots, by their check digits', () => {
    expect(masked('RUT del proveedor 15.234.871-1 y el de su socio 7.654.321-6')).toBe('RUT del proveedor [ID_NUMBER] y el de su socio [ID_NUMBER]');
    expect(masked('cedula para el seguro: 5.123.456-1')).toBe('cedula para el seguro: [ID_NUMBER]');
    // A wrong check digit is some other number.
    expect(redact('pedido 15.234.871-4 despachado').entities.map((entity) => entity.type)).not.toContain('ID_NUMBER');
  });

  it("masks a Mexican RFC by its date and check digit, and the ids named by Latin American and African papers' words", () => {
    expect(masked('factura a nombre de GAPR870214H47, ya la mandé')).toBe('factura a nombre de [ID_NUMBER], ya la mandé');
    expect(masked('alta del proveedor, NIT 900123456-8, régimen común')).toContain('NIT [ID_NUMBER]');
    expect(masked('cuenta de cobro: C.C. 52.734.118 de Bogotá')).not.toContain('52.734.118');
    expect(masked('o BI dele é 006731944LA037, ok?')).toBe('o BI dele é [ID_NUMBER], ok?');
    expect(masked('Fayda FAN 4820 1937 5561 2048 for the KYC form')).toBe('Fayda FAN [ID_NUMBER] for the KYC form');
    // "ci", "bi", "cc" in lower case are other languages' words.
    expect(masked('ci vediamo alle 123456 no')).not.toContain('[ID_NUMBER]');
  });

  it("reads past the holder's name between an identity paper's label and its number", () => {
    expect(masked('for the visa I need the cédula: Laura Catalina Peña 52841007')).toBe('for the visa I need the cédula: [PERSON] [ID_NUMBER]');
    expect(masked('DNI para el seguro: Rosa Quispe Mamani, 46120398')).toBe('DNI para el seguro: [PERSON], [ID_NUMBER]');
  });

  it('masks Luhn-valid Elo, Hipercard and Verve numbers without a payment word', () => {
    expect(masked('o número é 5067 2012 3456 7892, pode estornar?')).toBe('o número é [CREDIT_CARD], pode estornar?');
    expect(masked('era esse aqui 6062 8212 3456 7890')).toBe('era esse aqui [CREDIT_CARD]');
    expect(masked('na so e be: 5061 0412 3456 7898')).toBe('na so e be: [CREDIT_CARD]');
    expect(masked('ref 5067 2012 3456 7893 ok')).toBe('ref 5067 2012 3456 7893 ok');
  });

  it('takes the name after a capitalised noun and its particle ("Cédula de …"), not a place after it', () => {
    expect(masked('Contrato de Priya Sharma para revisar mañana')).toBe('Contrato de [PERSON] para revisar mañana');
    expect(masked('Banco de Bogotá no responde, llamen mañana')).toBe('Banco de Bogotá no responde, llamen mañana');
  });

  it('hears the article Spanish and Portuguese chat puts before a given name, not before a place or a noun that is also a name', () => {
    expect(masked('alguien sabe si la Antonella ya llegó? tiene las llaves')).toBe('alguien sabe si la [PERSON] ya llegó? tiene las llaves');
    expect(masked('o telefone da Albertina mudou, agora é outro')).toBe('o telefone da [PERSON] mudou, agora é outro');
    expect(masked('la Paz tiene el evento y el Sol pega fuerte, vamos igual')).toBe('la Paz tiene el evento y el Sol pega fuerte, vamos igual');
    expect(masked('el León ganó anoche y seguimos en la oficina')).toBe('el León ganó anoche y seguimos en la oficina');
  });

  it('hears the forms of address of East and Central Africa and Nigeria before a name', () => {
    expect(masked('Bwana Otieno, tafadhali tuma ripoti leo')).not.toContain('Otieno');
    expect(masked('Engr. Babatunde, the generator don spoil again')).toBe('Engr. [PERSON], the generator don spoil again');
    expect(masked('Tata Kabeya a dit que la réunion est reportée')).not.toContain('Kabeya');
  });

  it('hears a Swahili verb with its subject prefix after a listed name opening a sentence', () => {
    expect(masked('Habari timu! Wanjiku atachelewa kidogo leo, yuko kwa daktari')).toBe('Habari timu! [PERSON] atachelewa kidogo leo, yuko kwa daktari');
  });

  it('reads the payer, payee, requester and assignee labels of Spanish and Portuguese receipts and tickets', () => {
    expect(masked('Ticket #CO-4471\nSolicitante: Valeria Ospina\nAsignado a: Julián\nEstado: abierto')).toBe('Ticket #CO-4471\nSolicitante: [PERSON]\nAsignado a: [PERSON]\nEstado: abierto');
    expect(masked('Remetente: Banco Inter\nFavorecido: Equipe Financeiro')).toBe('Remetente: Banco Inter\nFavorecido: Equipe Financeiro');
  });

  it('reads the other party of a mobile-money confirmation, printed in capitals before their number', () => {
    expect(masked('RFT55 Confirmed. Ksh2,300.00 sent to MERCY NJERI KARIUKI 0722 481 093 on 4/11/25')).toBe('RFT55 Confirmed. Ksh2,300.00 sent to [PERSON] [PHONE] on 4/11/25');
    expect(masked('call HR DEPT 0800 123 4567 for that')).toBe('call HR DEPT [PHONE] for that');
  });

  it('reads the tail of a Brazilian address after its unit (" - district, town - UF, CEP"), a particle inside the town', () => {
    expect(masked('o apê do offsite: Rua Aspicuelta, 212, apto 54 - Vila Madalena, São Paulo - SP, 05433-010. a chave fica na portaria')).toBe('o apê do offsite: [ADDRESS]. a chave fica na portaria');
    expect(masked('entrega na Rua Visconde de Pirajá, 330, sala 1201 - Ipanema, Rio de Janeiro - RJ, 22410-002 amanhã')).not.toContain('Rio de Janeiro');
    expect(masked('meet at Main St 12 - bring snacks, coffee - OK?')).toBe('meet at Main St 12 - bring snacks, coffee - OK?');
  });

  it("reads a name before 'number' where chat drops the possessive ('who get Chidinma number?'), not an office's or a record's", () => {
    expect(masked('abeg who get Nkechi number? the supplier dey find am')).toBe('abeg who get [PERSON] number? the supplier dey find am');
    expect(masked('send me Lagos office number pls')).toBe('send me Lagos office number pls');
    expect(masked('can you send me Order number 4471 again')).not.toContain('[PERSON]');
  });
});

/**
 * People as Spanish and Portuguese chat types them (the thirty-first set's families), in sentences of our own: in lower case
 * after the article, clipped, after a dative verb's personal "a", addressed at the start; and streets written street-word first.
 */
describe('names typed in lower case in Spanish and Portuguese chat', () => {
  const people = (text: string): string[] => redact(text).entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.value);

  it('finds a given name after the article in lower case, clipped as chat clips it, or in a run with a surname', () => {
    expect(people('mañana la valentina no viene, tiene turno con el dentista')).toEqual(['valentina']);
    expect(people('passa o relatório pro rodrigo q ele revisa hj')).toEqual(['rodrigo']);
    expect(people('el seba y la flor ya pidieron vacaciones')).toEqual(['seba']);
    expect(people('la Martina Ferreyra mandó el presupuesto firmado')).toEqual(['Martina Ferreyra']);
  });

  it('finds one after a dative verb and the personal "a", and one addressed at the start of a message', () => {
    expect(people('oye preguntale a ximena si ya tiene el acceso')).toEqual(['ximena']);
    expect(people('decile a la Renata que el lunes arrancamos')).toEqual(['Renata']);
    expect(people('nico, ya subiste el PR del checkout?')).toEqual(['nico']);
    expect(people('che lorena, pasame el link de la demo porfa')).toEqual(['lorena']);
  });

  it('leaves everyday nouns after the article, short words, and a verb\'s non-person object alone', () => {
    for (const text of [
      'la casa de mi vieja queda lejos',
      'o dia foi longo, mas o deploy saiu',
      'el caso ya está cerrado',
      'decile a todos que hoy no hay standup',
      'bueno, dale, lo vemos mañana',
      // A frequent word with its tilde, a word of kin or address, a landscape.
      'a reunião ficou pra manhã de sexta, a irmã do cliente vem junto',
      'che gorda, pasame el link de la demo porfa',
      'fomos pra serra no feriado, a titia adorou',
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });

  it('keeps a person before the team they are from ("do jurídico"): a run goes over a particle only to a capitalised word', () => {
    expect(people('a Renata do jurídico mandou o contrato assinado, vc viu?')).toEqual(['Renata']);
    expect(people('decile a la Paula de compras que ya está')).toEqual(['Paula']);
  });

  it('reads a name after a street\'s word, or a span opening with one, as the street — not a surname that is a street word too', () => {
    expect(people('nos vemos en la calle Sarmiento, al lado del banco')).toEqual([]);
    expect(people('bora almoçar na Rua Teodoro Sampaio?')).toEqual([]);
    expect(people('Alumnos: Estrada Ramírez, Luis; Plaza Gómez, Ana')).toContain('Plaza Gómez');
    expect(people('Contact via Maria González: maria@ex.com')).toEqual(['Maria González']);
  });
});
