import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';
import { foundOfType } from './helpers.ts';

/** Chat in another Latin-script language: its words are not names the English word list missed. */
describe('PERSON: messages mostly in another language', () => {
  it('leaves ordinary sentences in other languages alone', () => {
    for (const text of [
      'Vielen Dank für die schnelle Antwort, läuft wieder',
      'Merci pour votre aide, tout fonctionne maintenant',
      'Dzięki za pomoc, wszystko już działa',
      'Obrigada pela ajuda com a migração ontem',
    ]) {
      expect(redact(text).entities).toEqual([]);
    }
  });

  it('still masks cued names and lists of people there', () => {
    expect(redact('attendees: Phương Thanh Đào, Lý Châu Đỗ').entities.map((entity) => entity.type)).toEqual(['PERSON', 'PERSON']);
    expect(redact('danke, cc Oksana Petrenko für die Rechnung').text).toContain('cc [PERSON]');
  });

  it('keeps finding names among English words', () => {
    expect(redact('ok so từ ân will handle the rollout and i take the docs').text).toBe('ok so [PERSON] will handle the rollout and i take the docs');
    expect(redact('MEETING WITH LY CHÂU ĐỖ MOVED TO 3PM').text).toBe('MEETING WITH [PERSON] MOVED TO 3PM');
  });
});

/** Names in languages that write their nouns in lower case, and names behind a form of address. */
describe('PERSON: proper names mid-sentence where nouns are lower case, and forms of address in other languages', () => {
  const people = (text: string): string[] => foundOfType(text, 'PERSON');

  it('takes a capitalised run of name words mid-sentence in French, Spanish or Turkish', () => {
    expect(people('Bonjour, la réunion avec Anouk Benhamou est décalée à jeudi')).toEqual(['Anouk Benhamou']);
    expect(people('Buenas, el jueves Yolanda Quispe Condori revisa el presupuesto con nosotros')).toEqual(['Yolanda Quispe Condori']);
    expect(people('Merhaba, bu hafta sunumu Ayşe Karaca yapacak, teşekkürler')).toEqual(['Ayşe Karaca']);
  });

  it('leaves title-case department and document names there alone', () => {
    expect(people('Hola, el informe de Recursos Humanos está listo para revisar')).toEqual([]);
    expect(people('Bonjour, la Direction Générale valide le budget demain')).toEqual([]);
  });

  it('takes the name behind Frau, Pak, Bu or Hanım (the form of address may go with it)', () => {
    expect(people('Bitte Rückruf an Frau Demirtaş unter der Durchwahl')).toEqual(['Frau Demirtaş']);
    expect(people('Selamat siang, tolong kirim laporannya ke Pak Wahyudi sebelum jam tiga')).toEqual(['Pak Wahyudi']);
    expect(people('Teşekkürler, raporu Selin Hanım onayladı')).toEqual(['Selin Hanım']);
  });
});

describe('PERSON: forms of address belong to their language', () => {
  const people = (text: string): string[] => foundOfType(text, 'PERSON');

  it.each(['bu Grafana paneli çok yavaş, kim baktı?', 'El pan Bimbo se acabó en la cocina, alguien puede comprar más'])('leaves %j alone', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('PERSON: Malay, romanised Hindi, Swahili and Tagalog chat', () => {
  it('reads the language\'s own words as grammar, not names', () => {
    for (const text of ['sab log ko bahut thanks, release aaj ho gaya', 'asante sana kwa msaada wenu leo, kila kitu kiko sawa']) {
      expect(foundOfType(text, 'PERSON'), text).toEqual([]);
    }
  });

  it('finds a name after the language\'s own form of address or personal article', () => {
    // The span may take the form of address with it ("Puan Rosnah"): more is hidden, nothing less.
    const malay = foundOfType('tolong semua, Puan Rosnah cuti hari ni, kalau ada isu rujuk kepada Encik Hafiz', 'PERSON');
    expect(malay.some((span) => span.endsWith('Rosnah')) && malay.some((span) => span.endsWith('Hafiz'))).toBe(true);
    expect(foundOfType('si Lorna daw ang bahala sa venue, tapos kay Bong yung budget', 'PERSON')).toEqual(['Lorna', 'Bong']);
  });
});

describe('PERSON: a capitalised word after a form of address that also spells a function word', () => {
  it('keeps "kay Ito" a person though "ito" is Tagalog for "this"', () => {
    expect(foundOfType('Pakisabi kay Ito na bukas na yung deploy', 'PERSON')).toEqual(['Ito']);
  });
});

describe('PERSON: Zulu and Croatian chat', () => {
  const persons = (text: string) => foundOfType(text, 'PERSON');

  it('reads a name after its Zulu noun-class prefix, and the language\'s own words as no one', () => {
    expect(persons('Sawubona! uLwazi akekho namuhla, ngicela nithinte uNomvula')).toEqual(['Lwazi', 'Nomvula']);
    expect(persons('the uTorrent client and the iPhone app are both blocked')).toEqual([]);
  });

  it('reads a Croatian sentence by its own grammar words', () => {
    expect(persons('je li to već gotovo? ne, sutra ću ga poslati, hvala')).toEqual([]);
  });
});

describe('PERSON: a given name and a surname in a message whose language no function-word list names', () => {
  const persons = (text: string) => foundOfType(text, 'PERSON');

  it('finds the name when a quoted phrase or an address makes a short English message look foreign', () => {
    expect(persons('need the english for "periodo de prueba de seis meses" in the offer for Ana Lucía Morales Vega, DNI 12345678Z')).toEqual(['Ana Lucía Morales Vega']);
  });

  it('finds a name with its case ending in Turkish', () => {
    expect(persons("Selin Aydın'ın SGK girişi için kimlik no lazım. Başlangıç 3 Mart, Ankara ofisi")).toEqual(["Selin Aydın'ın"]);
  });

  it('still takes no single capitalised word there for a name: a greeting is the language’s own words', () => {
    expect(persons('Feliz Navidad y próspero Año Nuevo a todo el equipo')).toEqual([]);
  });
});

describe('a message in a language no function-word list names', () => {
  const persons = (text: string) => foundOfType(text, 'PERSON');

  it.each([
    'hyvää viikonloppua kaikille, nähdään maanantaina',
    "bore da bawb, mae'r cyfarfod wedi symud i ddydd mercher",
    'xafiiska waa xiran yahay berri, shaqada guriga ka qabso',
  ])('reads its lower-case words as the language, not as names: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['küldd el Katának a jelentést ma délután', 'Katának'],
    ['pošli to prosím Petrovi do pátku, díky', 'Petrovi'],
  ])('finds a given name in a case ending: %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('finds two people typed in lower case and joined by the language’s "and"', () => {
    expect(persons('mateja in luka bosta jutri delala od doma')).toEqual(['mateja', 'luka']);
  });

  it('finds a given name and a surname when only the surname is listed, or the given name spells another language’s word', () => {
    expect(persons('Arbër Hoxha do jetë me pushime deri më 20 gusht')).toEqual(['Arbër Hoxha']);
    expect(persons('Nová kolegyně: Jana Dvořáková, nar. 1990, začíná v pondělí')).toContain('Jana Dvořáková');
  });

  it('keeps a greeting before the name out of it', () => {
    expect(persons('"Hej Karin Lindqvist, vi saknar ditt personnummer i systemet, kan du bekräfta?"')).toEqual(['Karin Lindqvist']);
  });

  it('finds the one thanked by name in the language’s own words, not a tool', () => {
    expect(persons('auth-palvelun migraatio valmis (kiitos Eetu!) ja laskutuksen bugi korjattu')).toEqual(['Eetu']);
    expect(persons('dankie Pieter vir die hulp met die ontplooiing')).toEqual(['Pieter']);
    expect(persons('merci Docker pour rien, le build est encore cassé')).toEqual([]);
  });

  it('takes no greeting that opens a sentence for a name', () => {
    expect(persons('Joyeux Noël à toute l’équipe, le support reste ouvert le 24.')).toEqual([]);
    expect(persons('Boldog karácsonyt mindenkinek, januárban találkozunk')).toEqual([]);
  });
});
