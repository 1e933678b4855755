import { beforeAll, describe, expect, it } from 'vitest';
import { redact, warmGuard } from '../../src/router/privacy/index.ts';
import { isDictionaryWord } from '../../src/router/privacy/english-dictionary.ts';
import { foldName, isHumanName } from '../../src/router/privacy/human-names.ts';
import { isPlaceName } from '../../src/router/privacy/place-names.ts';
import { US_GIVEN_NAMES } from '../../src/router/privacy/us-given-names-data.ts';

const masked = (text: string) => redact(text).text;

beforeAll(() => warmGuard());

describe('the US Social Security given names beside the names list', () => {
  it('lets a weak verb after a name the first list lacked say "person"', () => {
    expect(masked('Narek and Tigran are fighting over the last gata again')).toBe('[PERSON] and [PERSON] are fighting over the last gata again');
    expect(masked('Kristjan is home with covid, his yubikey should go to IT')).toMatch(/^\[PERSON\] is home with covid/u);
  });

  it('are names of the list', () => {
    for (const name of ['Narek', 'Tigran', 'Kristjan', 'Mantas']) expect(isHumanName(name)).toBe(true);
  });

  it('hold no English word, no place, and are sorted, folded and unique', () => {
    const names = US_GIVEN_NAMES.split('\n');
    expect(names.length).toBeGreaterThan(40_000);
    expect(names.every((name, index) => index === 0 || names[index - 1]! < name)).toBe(true);
    expect(names.every((name) => foldName(name) === name && /^[a-z]{3,}$/u.test(name))).toBe(true);
    for (const word of ['lincoln', 'tokyo', 'dakar', 'son', 'eng', 'json', 'iban', 'aws']) expect(names).not.toContain(word);
    expect(names.filter((name) => isDictionaryWord(name) || isPlaceName(name))).toEqual([]);
  });
});
