import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';
import { otherLanguageOf } from '../../src/router/privacy/message-language.ts';
import { tokenize } from '../../src/router/privacy/recall-words.ts';

function people(text: string): string[] {
  return redact(text).entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.value);
}

/** Sentences in other languages whose nouns look like rare English words: their function words tell the language. */
describe('PERSON: sentences in other languages', () => {
  it('tells the language from its function words, and English with name particles stays English', () => {
    expect(otherLanguageOf(tokenize('De migratie van de database is verschoven naar volgende week'))).toBe('nl');
    expect(otherLanguageOf(tokenize('Il server di staging è stato riavviato stanotte'))).toBe('it');
    expect(otherLanguageOf(tokenize('Rapporten skickas varje måndag till hela teamet'))).toBe('sv');
    expect(otherLanguageOf(tokenize('Der Server wird heute Abend neu gestartet'))).toBe('de');
    expect(otherLanguageOf(tokenize('ask Jesse van der Berg and Maria de la Cruz about the deploy'))).toBeUndefined();
    expect(otherLanguageOf(tokenize('the release is moved to next week'))).toBeUndefined();
  });

  it('leaves ordinary sentences alone', () => {
    for (const text of [
      'De migratie van de database is verschoven naar na de vakantie.',
      'Il server di staging è stato riavviato stanotte, controllate i ticket aperti.',
      'Rapporten skickas varje måndag klockan åtta, hör av er om den saknas.',
      'Die Schulung findet am Montag im Raum Berlin statt.',
      'Prettige feestdagen, het magazijn in Tilburg is gesloten tussen kerst en nieuwjaar.',
    ]) {
      expect(people(text)).toEqual([]);
    }
  });

  it('still finds names there: a given name and a surname, or a given name mid-sentence', () => {
    expect(people('Gisteren heb ik met Anouk Verbeek over de planning gesproken')).toEqual(['Anouk Verbeek']);
    expect(people('Heb je Maarten al gezien vandaag?')).toEqual(['Maarten']);
    expect(people('Ho chiesto a Federica Lombardi se può rivedere il contratto')).toEqual(['Federica Lombardi']);
    expect(people('Vi har pratat med Annika Sjöberg om budgeten')).toEqual(['Annika Sjöberg']);
    expect(people('Ich habe gestern mit Stefan Hoffmann telefoniert')).toEqual(['Stefan Hoffmann']);
    expect(people('Wij hebben Joost van den Heuvel gebeld over de factuur')).toEqual(['Joost van den Heuvel']);
  });

  it('does not read a capitalised word after an article or a preposition of place as a name', () => {
    expect(people('Das Treffen ist im Konferenzraum Stefan verschoben')).toEqual([]);
    expect(people('We verzamelen in Sala Verde om drie uur')).toEqual([]);
  });

  it('reads a sentence in another language inside an English message by that language', () => {
    const quoted =
      'Forwarding the note the warehouse team sent us this morning, for everyone on the thread: Leveransen kommer på torsdag, ring lagret om den är sen. Ping Annika Sjöberg with questions.';
    expect(people(quoted)).toEqual(['Annika Sjöberg']);
    expect(people('Short note from the vendor for the whole team about the invoices. Ik heb Anouk Verbeek gisteren gebeld over de factuur.')).toEqual(['Anouk Verbeek']);
  });
});

/**
 * Lower-case words side by side that no names list holds: in a short message they may be another language's words,
 * but names the lists lack are written so too, in any message, with no grammar word around them ("iñaki etxeberria's
 * laptop died", "wiremu tipene is off sick today"). Privacy fails closed: such a run stays a name.
 */
describe('PERSON: lower-case runs of words no names list holds', () => {
  it.each([
    ['the ticket from rawiri tautahi is still open', 'rawiri tautahi'],
    ['rawiri tautahi is on leave until the 9th', 'rawiri tautahi'],
    ['ngaire potae got the promotion!!', 'ngaire potae'],
    ['rawiri tautahi', 'rawiri tautahi'],
    ['rawiri tautahi 07700 900456', 'rawiri tautahi'],
    ["iñaki etxeberria's laptop died", 'iñaki etxeberria'],
    ['þórdís jónsdóttir out sick today', 'þórdís jónsdóttir'],
  ])('stays a name: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});
