/**
 * Two things messages in other languages are read by. A short one ("Aino, voitko katsoa tämän?", "díky, PR je
 * mergnutý") has few words to show its language: three words no English list has, with no English grammar, make
 * it another language's, so its lower-case words are not read as a name run. And its months and weekdays, as
 * the runtime's CLDR data spells them ("15 Kasım", "el 5 de julio", "ekim ve kasım arası"), are dates beside a day
 * number or another month, though several are given names too ("Julio approved the refund" stays a person).
 * Written before the rules.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('a short message in another language', () => {
  it.each(['Aino, voitko katsoa tämän?', 'díky, PR je mergnutý', 'ertaga standup soat o‘nda', 'jutro pracujemy zdalnie wszyscy'])('takes no run of its words for a name in %j', (text) => {
    for (const name of persons(text)) expect(name, text).not.toContain(' ');
  });

  it('stays English with one English grammar word or a name’s particles', () => {
    expect(persons('thanks ravi, see u tmrw')).toEqual(['ravi']);
    expect(persons('cc: pieter van der meulen')).toEqual(['pieter van der meulen']);
  });
});

describe('months and weekdays of other languages', () => {
  it.each(['fatura 15 Kasım', 'el 5 de julio no hay oficina', 'ekim ve kasım arası izindeyim', 'lähetä lasku asiakkaalle 3. lokakuuta'])('are no person in %j', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('leave a person named like a month', () => {
    expect(persons('Julio approved the refund yesterday')).toEqual(['Julio']);
  });
});
