// The third privacy evaluation set is hand-written data: these checks keep it well-formed (every
// label points at text that is really there, ids are unique, the halves follow the ids, sizes hold).
import { describe, expect, it } from 'vitest';
import {
  halfOfId,
  loadLabelled,
  loadPiiFree,
  startOfValue,
  VALUE_TYPES,
} from '../../scripts/eval/privacy-third/load.ts';

describe('third privacy evaluation set', () => {
  const labelled = loadLabelled();
  const piiFree = loadPiiFree();

  it('has at least 360 labelled messages with at least 500 person names, and 450 PII-free ones', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(360);
    const persons = labelled.flatMap((message) => message.values).filter((value) => value.type === 'PERSON');
    expect(persons.length).toBeGreaterThanOrEqual(500);
    expect(piiFree.length).toBeGreaterThanOrEqual(450);
  });

  it('finds every labelled value, at its stated occurrence, in its message', () => {
    for (const message of labelled) {
      expect(message.values.length, message.id).toBeGreaterThan(0);
      for (const value of message.values) {
        expect(VALUE_TYPES, `${message.id} type`).toContain(value.type);
        expect(startOfValue(message.text, value), `${message.id} "${value.text}"`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('uses each id once, across both files', () => {
    const ids = [...labelled, ...piiFree].map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds back every third id and keeps both halves in both files', () => {
    for (const message of [...labelled, ...piiFree]) expect(message.split, message.id).toBe(halfOfId(message.id));
    for (const set of [labelled, piiFree]) {
      const held = set.filter((message) => message.split === 'held').length;
      expect(held).toBe(Math.floor(set.length / 3));
      expect(set.length - held).toBeGreaterThan(held);
    }
  });

  it('reuses no person name more than twice', () => {
    const uses = new Map<string, number>();
    for (const value of labelled.flatMap((message) => message.values)) {
      if (value.type !== 'PERSON') continue;
      const key = value.text.toLowerCase();
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
    const overused = [...uses].filter(([, count]) => count > 2).map(([name]) => name);
    expect(overused).toEqual([]);
  });
});
