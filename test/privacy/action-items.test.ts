/**
 * Meeting notes' action items name people by the place they hold — the head of a list line, then what
 * they will do — whatever word the name also is ("bill", "grace", "sunny"). Two such lines at least.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: the people of action items', () => {
  it('takes the names heading two or more assignment lines, and a listed name asked something in the same notes', () => {
    const notes = 'turn into action items:\n- grace to send the deck by fri\n- faith + joy own the q3 numbers\n- ask june if the room moved\n- bill out next wk';
    expect(people(notes)).toEqual(['grace', 'faith', 'joy', 'june', 'bill']);
  });

  it('takes numbered items too', () => {
    expect(people('AIs\n1. Faith to chase the vendor\n2. Rich & Joy will draft the faq')).toEqual(['Faith', 'Rich', 'Joy']);
  });

  it('leaves lines headed by other words alone', () => {
    expect(people('next steps:\n- need to chase legal\n- plan to ship friday\n- api to return 404 on missing ids')).toEqual([]);
  });

  it('needs two assignment lines', () => {
    expect(people('notes:\n- mark to market the book\n- rates unchanged')).toEqual([]);
  });
});
