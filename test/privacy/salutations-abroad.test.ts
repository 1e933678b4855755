/**
 * A letter's salutation in the writer's language, opening a line: "Lieve Marloes,", "Liebe Anna,", "Querida María,",
 * "Kedves Réka!", "Drogi Tomku,", "Sayın Gökhan Yıldırım,". What follows the greeting, up to the comma, the
 * exclamation mark or the line's end, is the person written to when its first word is a given name in any
 * language; a group greeted ("Liebe Kolleginnen,", "Beste klanten,") is no one. Written before the rule.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: the person a letter greets in another language', () => {
  it.each([
    ['Lieve Marloes,\nhet contract is getekend, zie bijlage.', ['Marloes']],
    ['Liebe Annegret,\nvielen Dank für die Unterlagen, wir melden uns.', ['Annegret']],
    ['Querida Itziar, gracias por los documentos', ['Itziar']],
    ['Kedves Réka! Köszönöm a számlát.', ['Réka']],
    ['Caro Gennaro,\nti scrivo per la fattura di marzo', ['Gennaro']],
    ['Sayın Gökhan Yıldırım,\nfaturanız ektedir.', ['Gökhan Yıldırım']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each(['Liebe Kolleginnen und Kollegen,\ndas Büro bleibt morgen geschlossen.', 'Beste klanten, onze winkel is maandag dicht.', 'Querido equipo, gracias por todo'])('leaves the group greeted in %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
