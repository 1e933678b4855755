/**
 * What someone is called, said outright: "his name is Chidubem", "my name's Adaeze", "a woman called
 * Nomvula", "we call him Tunde", "she's known as Ade". Whatever the name — on no list, in lower case, with
 * a nickname's word before it ("Mama Efua") — the words right after such a phrase are a person's name.
 * Things are named with the same words ("the tool is called Grafana", "we call it Project Falcon", "the
 * file name is README.md"), so only a phrase about a person counts: a person's possessive before "name",
 * a person noun or pronoun before "named"/"called", a person after "call". Written before any rule for them.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: the name a naming phrase gives', () => {
  it.each([
    ['hi, my name is Adaeze, I’m the new analyst on the team', ['Adaeze']],
    ['her name’s Folake, she handles the landlord side', ['Folake']],
    ['his full name is Chidubem Eze-Okoro, same as on the contract', ['Chidubem Eze-Okoro']],
    ['a guy named Ebuka', ['Ebuka']],
    ['the contractor, a woman called Nomvula, never sent an invoice', ['Nomvula']],
    ['the new candidate is named Kelechi, interview is at 3', ['Kelechi']],
    ['everyone calls her Mama Efua', ['Mama Efua']],
    ['we just call him Tunde', ['Tunde']],
    ['she’s known as Ade in the office', ['Ade']],
    ['my name is adaeze btw', ['adaeze']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    'the tool is called Grafana and it is slow',
    'we call it Project Falcon internally',
    'the file name is README.md in the root',
    'his name is on the list for the offsite',
    'my name is not important here, just fix the bug',
    'its name is Hermes, the build bot',
    'the channel is named Eng-Ops now',
    'call me Monday morning about the renewal',
    'whats the name of the bucket again',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
