/**
 * Keeps the privacy evaluation sets written blind to the detectors (the fourth to the seventh, the tenth, the eleventh, and the thirteenth to the thirty-ninth) well-formed:
 * their figures are only comparable from round to round if every label still points into its
 * message, the halves still follow the ids, and each set keeps its size and its spread of names.
 */
import { describe, expect, it } from 'vitest';
import { halfOfId, startOfValue, VALUE_TYPES, type LabelledMessage } from '../../scripts/eval/privacy-set/load.ts';
import * as fourth from '../../scripts/eval/privacy-fourth/load.ts';
import * as fifth from '../../scripts/eval/privacy-fifth/load.ts';
import * as sixth from '../../scripts/eval/privacy-sixth/load.ts';
import * as seventh from '../../scripts/eval/privacy-seventh/load.ts';
import * as tenth from '../../scripts/eval/privacy-tenth/load.ts';
import * as eleventh from '../../scripts/eval/privacy-eleventh/load.ts';
import * as thirteenth from '../../scripts/eval/privacy-thirteenth/load.ts';
import * as fourteenth from '../../scripts/eval/privacy-fourteenth/load.ts';
import * as fifteenth from '../../scripts/eval/privacy-fifteenth/load.ts';
import * as sixteenth from '../../scripts/eval/privacy-sixteenth/load.ts';
import * as seventeenth from '../../scripts/eval/privacy-seventeenth/load.ts';
import * as eighteenth from '../../scripts/eval/privacy-eighteenth/load.ts';
import * as nineteenth from '../../scripts/eval/privacy-nineteenth/load.ts';
import * as twentieth from '../../scripts/eval/privacy-twentieth/load.ts';
import * as twentyFirst from '../../scripts/eval/privacy-twenty-first/load.ts';
import * as twentySecond from '../../scripts/eval/privacy-twenty-second/load.ts';
import * as twentyThird from '../../scripts/eval/privacy-twenty-third/load.ts';
import * as twentyFourth from '../../scripts/eval/privacy-twenty-fourth/load.ts';
import * as twentyFifth from '../../scripts/eval/privacy-twenty-fifth/load.ts';
import * as twentySixth from '../../scripts/eval/privacy-twenty-sixth/load.ts';
import * as twentySeventh from '../../scripts/eval/privacy-twenty-seventh/load.ts';
import * as twentyEighth from '../../scripts/eval/privacy-twenty-eighth/load.ts';
import * as twentyNinth from '../../scripts/eval/privacy-twenty-ninth/load.ts';
import * as thirtieth from '../../scripts/eval/privacy-thirtieth/load.ts';
import * as thirtyFirst from '../../scripts/eval/privacy-thirty-first/load.ts';
import * as thirtySecond from '../../scripts/eval/privacy-thirty-second/load.ts';
import * as thirtyThird from '../../scripts/eval/privacy-thirty-third/load.ts';
import * as thirtyFourth from '../../scripts/eval/privacy-thirty-fourth/load.ts';
import * as thirtyFifth from '../../scripts/eval/privacy-thirty-fifth/load.ts';
import * as thirtySixth from '../../scripts/eval/privacy-thirty-sixth/load.ts';
import * as thirtySeventh from '../../scripts/eval/privacy-thirty-seventh/load.ts';
import * as thirtyEighth from '../../scripts/eval/privacy-thirty-eighth/load.ts';
import * as thirtyNinth from '../../scripts/eval/privacy-thirty-ninth/load.ts';

const SETS = [
  { name: 'fourth', set: fourth, mostUses: 2, size: { labelled: 300, persons: 450, piiFree: 400 } },
  { name: 'fifth', set: fifth, mostUses: 2, size: { labelled: 220, persons: 320, piiFree: 300 } },
  { name: 'sixth', set: sixth, mostUses: 2, size: { labelled: 200, persons: 290, piiFree: 300 } },
  { name: 'seventh', set: seventh, mostUses: 2, size: { labelled: 200, persons: 290, piiFree: 300 } },
  { name: 'tenth', set: tenth, mostUses: 4, size: { labelled: 170, persons: 185, piiFree: 130 } },
  { name: 'eleventh', set: eleventh, mostUses: 4, size: { labelled: 180, persons: 306, piiFree: 120 } },
  { name: 'thirteenth', set: thirteenth, mostUses: 4, size: { labelled: 210, persons: 311, piiFree: 120 } },
  { name: 'fourteenth', set: fourteenth, mostUses: 4, size: { labelled: 200, persons: 223, piiFree: 120 } },
  { name: 'fifteenth', set: fifteenth, mostUses: 4, size: { labelled: 138, persons: 3, piiFree: 91 } },
  { name: 'sixteenth', set: sixteenth, mostUses: 4, size: { labelled: 193, persons: 427, piiFree: 110 } },
  { name: 'seventeenth', set: seventeenth, mostUses: 4, size: { labelled: 139, persons: 163, piiFree: 113 } },
  { name: 'eighteenth', set: eighteenth, mostUses: 6, size: { labelled: 129, persons: 202, piiFree: 152 } },
  { name: 'nineteenth', set: nineteenth, mostUses: 4, size: { labelled: 152, persons: 240, piiFree: 130 } },
  { name: 'twentieth', set: twentieth, mostUses: 6, size: { labelled: 183, persons: 456, piiFree: 152 } },
  { name: 'twenty-first', set: twentyFirst, mostUses: 2, size: { labelled: 170, persons: 208, piiFree: 220 } },
  { name: 'twenty-second', set: twentySecond, mostUses: 6, size: { labelled: 176, persons: 226, piiFree: 174 } },
  { name: 'twenty-third', set: twentyThird, mostUses: 6, size: { labelled: 174, persons: 208, piiFree: 187 } },
  { name: 'twenty-fourth', set: twentyFourth, mostUses: 4, size: { labelled: 218, persons: 293, piiFree: 224 } },
  { name: 'twenty-fifth', set: twentyFifth, mostUses: 6, size: { labelled: 239, persons: 387, piiFree: 243 } },
  { name: 'twenty-sixth', set: twentySixth, mostUses: 6, size: { labelled: 269, persons: 392, piiFree: 248 } },
  { name: 'twenty-seventh', set: twentySeventh, mostUses: 6, size: { labelled: 274, persons: 381, piiFree: 244 } },
  { name: 'twenty-eighth', set: twentyEighth, mostUses: 6, size: { labelled: 267, persons: 392, piiFree: 206 } },
  // One workplace's requests to the bot: its own staff recur from message to message, as colleagues do.
  { name: 'twenty-ninth', set: twentyNinth, mostUses: 11, size: { labelled: 314, persons: 897, piiFree: 319 } },
  { name: 'thirtieth', set: thirtieth, mostUses: 11, size: { labelled: 150, persons: 237, piiFree: 150 } },
  { name: 'thirty-first', set: thirtyFirst, mostUses: 4, size: { labelled: 150, persons: 209, piiFree: 150 } },
  { name: 'thirty-second', set: thirtySecond, mostUses: 1, size: { labelled: 256, persons: 7, piiFree: 179 } },
  { name: 'thirty-third', set: thirtyThird, mostUses: 4, size: { labelled: 177, persons: 230, piiFree: 141 } },
  // One help desk's tickets: the same users and managers recur, as colleagues do.
  { name: 'thirty-fourth', set: thirtyFourth, mostUses: 8, size: { labelled: 201, persons: 190, piiFree: 174 } },
  // Transcripts repeat their speakers' labels at every turn.
  { name: 'thirty-fifth', set: thirtyFifth, mostUses: 6, size: { labelled: 214, persons: 765, piiFree: 163 } },
  // Call notes repeat the speaker's name at every turn, as transcripts do.
  { name: 'thirty-sixth', set: thirtySixth, mostUses: 7, size: { labelled: 200, persons: 350, piiFree: 150 } },
  // Names that are also words (the set's subject: "will", "rose", "mark" ten times at most), repeated beside the word.
  { name: 'thirty-seventh', set: thirtySeventh, mostUses: 10, size: { labelled: 210, persons: 290, piiFree: 160 } },
  // Records and credentials pasted from one company's offices: its staff recur across the pastes.
  { name: 'thirty-eighth', set: thirtyEighth, mostUses: 6, size: { labelled: 248, persons: 245, piiFree: 180 } },
  { name: 'thirty-ninth', set: thirtyNinth, mostUses: 6, size: { labelled: 150, persons: 180, piiFree: 150 } },
];

/** Name words of every PERSON value, lower-cased, initials and short particles left out. */
function nameWords(labelled: readonly LabelledMessage[]): string[] {
  return labelled.flatMap((message) =>
    message.values
      .filter((value) => value.type === 'PERSON')
      .flatMap((value) => value.text.toLowerCase().split(/[\s.,]+/u))
      .filter((word) => [...word].length > 2),
  );
}

/**
 * A letter touching a value glues it into a longer word, except in scripts written without spaces
 * (Chinese, Japanese, Korean, Thai), where a name meets its particle or honorific directly, and
 * before a Hebrew or Arabic name, which takes a one-letter prefix ("and", "to", "the") in writing, in Arabic maybe
 * drawn out with a tatweel ("لـسالم"), and after a Marathi, Nepali or Bengali name, which takes its case ending
 * ("स्नेहाला", "রিনার").
 */
const glued = (neighbour: string, side: 'before' | 'after'): boolean =>
  /\p{L}/u.test(neighbour) &&
  !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(neighbour) &&
  !(side === 'before' && /[\p{Script=Hebrew}\p{Script=Arabic}\u0640]/u.test(neighbour)) &&
  !(side === 'after' && /[\p{Script=Devanagari}\p{Script=Bengali}]/u.test(neighbour));

describe.each(SETS)('$name privacy evaluation set', ({ set, size, mostUses }) => {
  const labelled = set.loadLabelled();
  const piiFree = set.loadPiiFree();

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
      // A secret may sit glued inside a URL by the API's own design ("/bot<token>/setWebhook").
      for (const value of message.values.filter((labelledValue) => labelledValue.type !== 'SECRET')) {
        const start = startOfValue(message.text, value);
        const before = message.text[start - 1] ?? ' ';
        const after = message.text[start + value.text.length] ?? ' ';
        // In Zulu and its neighbours a name takes a lower-case noun-class prefix in writing ("uSibusiso", "kaThandi").
        const prefixed = /\p{Ll}/u.test(before) && /^\p{Lu}/u.test(value.text);
        expect((glued(before, 'before') && !prefixed) || glued(after, 'after'), `${message.id} "${value.text}"`).toBe(false);
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

  it('keeps its size of labelled messages, person names and PII-free messages', () => {
    const persons = labelled.flatMap((message) => message.values).filter((value) => value.type === 'PERSON');
    expect(labelled.length).toBeGreaterThanOrEqual(size.labelled);
    expect(persons.length).toBeGreaterThanOrEqual(size.persons);
    expect(piiFree.length).toBeGreaterThanOrEqual(size.piiFree);
  });

  // The tenth and eleventh sets use names that are English words ("Rose", "Faith", "Young") on purpose, in and out of name places.
  it('uses no name word more often than its limit', () => {
    const counts = new Map<string, number>();
    for (const word of nameWords(labelled)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const overused = [...counts].filter(([, count]) => count > mostUses).map(([word]) => word);
    expect(overused).toEqual([]);
  });
});
