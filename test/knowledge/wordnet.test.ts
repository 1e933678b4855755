import { afterAll, describe, expect, it } from 'vitest';
import { WordNet } from '../../src/knowledge/search/wordnet.ts';

const wordnet = new WordNet();
afterAll(() => wordnet.close());

const phrases = (list: string[][]) => list.map((words) => words.join(' '));

describe('the WordNet reader', () => {
  it('gives the other lemmas of a word\'s leading synset as synonyms', () => {
    expect(phrases(wordnet.related('physician').synonyms)).toEqual(expect.arrayContaining(['doctor', 'doc', 'md']));
  });

  it('gives the synsets its hypernym pointers name', () => {
    const husband = wordnet.related('husband');
    expect(phrases(husband.hypernyms)).toContain('spouse');
    expect(phrases(husband.synonyms)).not.toContain('spouse');
  });

  it('undoes inflections by the detachment rules before looking a word up', () => {
    expect(wordnet.related('physicians')).toEqual(wordnet.related('physician'));
    expect(phrases(wordnet.related('babies').synonyms)).toContain('infant');
    expect(phrases(wordnet.related('purchased').synonyms)).toContain('buy');
  });

  it('reads only the leading senses: a rare sense brings no relatives', () => {
    // "kid" is a child in most tagged uses; as young goat, goatskin or teasing it must not expand.
    const kid = phrases([...wordnet.related('kid').synonyms, ...wordnet.related('kid').hypernyms]);
    expect(kid).toContain('child');
    expect(kid).not.toContain('goat');
    expect(kid).not.toContain('kidskin');
    expect(kid).not.toContain('tease');
  });

  it('finds nothing for a word it lacks, an irregular form it cannot undo, or something that is not a word', () => {
    for (const word of ['northgate', 'zzxqv', 'children', 'c++', '']) expect(wordnet.related(word)).toEqual({ synonyms: [], hypernyms: [] });
  });

  it('finds the first and the last lemmas of the sorted index', () => {
    expect(phrases(wordnet.related("'hood").hypernyms).length + phrases(wordnet.related('zyrian').hypernyms).length).toBeGreaterThan(0);
  });

  it('tells words used only as adverbs from words that also name things', () => {
    for (const word of ['instead', 'ago', 'somewhere', 'anyway', 'almost']) expect(wordnet.isAdverbOnly(word), word).toBe(true);
    for (const word of ['abroad', 'home', 'early', 'holiday', 'zzxqv']) expect(wordnet.isAdverbOnly(word), word).toBe(false);
  });

  it('gives the words derived from a word in its most frequent sense only', () => {
    expect(wordnet.derivedForms('harassing')).toContain('harassment');
    expect(wordnet.derivedForms('adopt')).toContain('adoption');
    // A train is first a railway train: the verb's "training" is another sense.
    expect(wordnet.derivedForms('train')).not.toContain('training');
    expect(wordnet.derivedForms('allowed')).not.toContain('allowance');
  });
});
