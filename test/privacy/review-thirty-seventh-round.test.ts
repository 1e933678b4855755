/**
 * The thirty-seventh round's families, in sentences of our own (not the evaluation sets'): each rule with what it
 * must find and what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: one given name in German, where every noun is capitalised', () => {
  it.each([
    ['Jannik hat den Zugang gestern gesperrt, weißt du warum?', 'Jannik'],
    ['Ute fragt, ob das Meeting morgen stattfindet', 'Ute'],
    ['geht nicht mehr seit dem Update. hat Detlef was umgestellt?', 'Detlef'],
    ['schick die Rechnung bitte an Wiebke weiter', 'Wiebke'],
    ['die Schlüssel liegen bei Gesine im Büro', 'Gesine'],
    ['Adresse von Torben für das Paket fehlt noch', 'Torben'],
  ])('masks %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'Die Rose ist rot und wir haben Heide gesehen',
    'Grüße aus Hamburg, wir sehen uns bei Siemens morgen',
    'der Kurier kommt ab 14 Uhr, das Passwort hat die IT',
    'bitte an Bord bleiben, die Sitzung von Montag fällt aus',
  ])('leaves nouns, places and firms in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('PERSON: one given name after "of" or "from", with the clause going on', () => {
  it.each([
    ['la nómina de Begoña sigue sin llegar, revisad el banco', 'Begoña'],
    ["le badge de Gwenaëlle ne marche plus depuis lundi", 'Gwenaëlle'],
    ['de laptop van Femke is gisteren gestolen', 'Femke'],
    ['il contratto di Ludovica scade a giugno', 'Ludovica'],
  ])('masks %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'il team di Milano è pronto per la demo',
    'el parque industrial de Pilar tiene un datacenter nuevo',
    'la oficina de Victoria cierra a las seis',
  ])('leaves a place or an everyday noun in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
