import { describe, expect, it } from 'vitest';
import { inflectionBases, isInflectionOf } from '../../src/knowledge/search/inflection.ts';
import { analyzeQuery } from '../../src/knowledge/search/query-terms.ts';
import { conceptWeights } from '../../src/knowledge/search/evidence.ts';

const searched = (question: string) => analyzeQuery(question).flatMap((concept) => concept.phrases.map((phrase) => phrase.words.join(' ')));

describe('synonyms follow the sense of the word, not only its stem', () => {
  it('undoes regular inflection, doubled consonants included', () => {
    expect(isInflectionOf('reimbursed', 'reimburse')).toBe(true);
    expect(isInflectionOf('quitting', 'quit')).toBe(true);
    expect(isInflectionOf('salaries', 'salary')).toBe(true);
    expect(isInflectionOf('trains', 'train')).toBe(true);
    expect(isInflectionOf('train', 'training')).toBe(false);
    expect(inflectionBases('glass')).not.toContain('glas');
  });

  it('keeps the group of an inflected or derived word of the group', () => {
    expect(searched('got my expenses approved?')).toEqual(expect.arrayContaining(['reimbursement', 'sign off']));
    expect(searched('a coworker keeps harassing me')).toContain('bullying');
    expect(searched('we are adopting a baby')).toContain('parental leave');
  });

  it('does not lend a group to a word that only shares its stem with one of its words', () => {
    expect(searched('can my dog come along, is it allowed')).not.toContain('stipend');
    expect(searched('i missed my train to the airport')).not.toContain('course');
  });

  it('reads a two-word synonym typed as one word as that synonym, even where the index holds the run-together form', () => {
    expect(searched('who is oncall tonight')).toContain('pager');
    expect(searched('can i take some daysoff')).toContain('paid time off');
    // A word that splits into no phrase of the map is left as it is.
    expect(searched('the handbook')).toEqual(['handbook']);
  });

  it('weighs a word used only as an adverb like the frame of a question', () => {
    const [topic, adverb] = conceptWeights({ total: 100, frequencies: [1, 1] }, analyzeQuery('laptop instead'));
    expect(adverb!).toBeLessThan(topic! / 4);
  });
});
