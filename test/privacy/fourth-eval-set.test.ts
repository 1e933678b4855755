/**
 * Keeps the fourth privacy evaluation set well-formed: its figures are only comparable from round to
 * round if every label still points into its message, the halves still follow the ids, and the set
 * keeps its size and its spread of names.
 */
import { describe, expect, it } from 'vitest';
import { halfOfId, loadLabelled, loadPiiFree, startOfValue, VALUE_TYPES } from '../../scripts/eval/privacy-fourth/load.ts';

const labelled = loadLabelled();
const piiFree = loadPiiFree();

/** Name words of every PERSON value, lower-cased, initials and short particles left out. */
function nameWords(): string[] {
  return labelled.flatMap((message) =>
    message.values
      .filter((value) => value.type === 'PERSON')
      .flatMap((value) => value.text.toLowerCase().split(/[\s.,]+/u))
      .filter((word) => [...word].length > 2),
  );
}

/**
 * A letter touching a value glues it into a longer word, except in scripts written without spaces
 * (Chinese, Japanese, Korean, Thai), where a name meets its particle or honorific directly.
 */
const glued = (neighbour: string): boolean =>
  /\p{L}/u.test(neighbour) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(neighbour);

describe('fourth privacy evaluation set', () => {
  it('finds every labelled value in its message, with a known type', () => {
    for (const message of labelled) {
      expect(message.values.length, message.id).toBeGreaterThan(0);
      for (const value of message.values) {
        expect(VALUE_TYPES, message.id).toContain(value.type);
        expect(startOfValue(message.text, value), `${message.id} "${value.text}"`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('points every value at whole words, not into a longer word ("Sash" inside "Sasha")', () => {
    for (const message of labelled) {
      for (const value of message.values) {
        const start = startOfValue(message.text, value);
        const before = message.text[start - 1] ?? ' ';
        const after = message.text[start + value.text.length] ?? ' ';
        expect(glued(before) || glued(after), `${message.id} "${value.text}"`).toBe(false);
      }
    }
  });

  it('has unique ids and halves that follow them', () => {
    for (const messages of [labelled, piiFree]) {
      const ids = messages.map((message) => message.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const message of messages) expect(message.split, message.id).toBe(halfOfId(message.id));
    }
  });

  it('keeps its size: about 320 labelled messages, 450 person names, 400 PII-free messages', () => {
    const persons = labelled.flatMap((message) => message.values).filter((value) => value.type === 'PERSON');
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    expect(persons.length).toBeGreaterThanOrEqual(450);
    expect(piiFree.length).toBeGreaterThanOrEqual(400);
  });

  it('uses no name word more than twice', () => {
    const counts = new Map<string, number>();
    for (const word of nameWords()) counts.set(word, (counts.get(word) ?? 0) + 1);
    const overused = [...counts].filter(([, count]) => count > 2).map(([word]) => word);
    expect(overused).toEqual([]);
  });
});
