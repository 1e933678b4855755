/**
 * Turns a question into search concepts: stopwords dropped, hyphenated compounds kept as phrases
 * ("on-call"), multi-word synonyms recognised ("paid time off"), and every concept expanded with
 * its synonym group. A concept is one thing the person asked about, however many ways it is spelled.
 */
import { STOPWORDS } from './stopwords.ts';
import { DEFAULT_SYNONYMS, type Phrase, type SynonymIndex } from './synonyms.ts';
import { isInflectionOf } from './inflection.ts';
import { sharedWordNet } from './wordnet.ts';
import { stem } from './stemmer.ts';
import { WordTokenReader } from './tokenize.ts';

export interface QueryConcept {
  /** The words as the person wrote them, e.g. "time off". */
  label: string;
  /** Ways to match it: the words themselves first, then their synonyms. */
  phrases: readonly Phrase[];
}

/** Each half of a run-together synonym has at least this many letters ("on" of "oncall"). */
const MIN_HALF = 2;
/** Long pasted questions are cut here: more concepts add latency but no precision. */
const MAX_CONCEPTS = 12;
const MAX_QUERY_CHARS = 2_000;

export function analyzeQuery(query: string, synonyms: SynonymIndex = DEFAULT_SYNONYMS, maxConcepts = MAX_CONCEPTS): QueryConcept[] {
  // "What's" and "don't" leave single letters and stopwords behind, which are dropped below; they
  // stay in the token list so that "doctor's note" can still match a synonym phrase.
  // Words are read only until the concepts are complete: a pasted log's first lines supply them.
  const tokens = new WordTokenReader(query.slice(0, MAX_QUERY_CHARS));
  // Each word is stemmed once, when first reached: every position tries synonym phrases of several lengths.
  const stems: string[] = [];
  const stemsOf = (start: number, length: number) => {
    let key = (stems[start] ??= stem(tokens.at(start)!.word));
    for (let index = start + 1; index < start + length; index++) key += ` ${(stems[index] ??= stem(tokens.at(index)!.word))}`;
    return key;
  };
  const concepts: QueryConcept[] = [];
  const seen = new Set<string>();
  let index = 0;
  while (tokens.at(index) && concepts.length < maxConcepts) {
    const found = conceptAt(tokens, stemsOf, index, synonyms);
    index += found.length;
    if (!found.concept) continue;
    const key = found.concept.phrases[0]!.stems.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    concepts.push(found.concept);
  }
  return concepts;
}

function conceptAt(tokens: WordTokenReader, stemsOf: (start: number, length: number) => string, start: number, synonyms: SynonymIndex): { concept?: QueryConcept; length: number } {
  // Most words open no synonym phrase: their longer keys need not be built and looked up.
  const opens = phraseOpeners(synonyms).has(stemsOf(start, 1));
  for (let length = opens ? tokens.available(start, synonyms.longest) : 0; length >= 2; length--) {
    const group = synonyms.groups.get(stemsOf(start, length));
    if (!group) continue;
    const words = wordsAt(tokens, start, length);
    // The phrase's own words stay searchable too: "credit card" must still find "purchasing card".
    return { concept: conceptOf(words, [...group, ...singleWords(words)]), length };
  }
  const compound = compoundLength(tokens, start);
  const words = wordsAt(tokens, start, compound);
  if (compound === 1 && !isSearchable(words[0]!)) return { length: 1 };
  const group = synonyms.groups.get(stemsOf(start, compound));
  const found = group && (compound > 1 || isSameSense(words[0]!, group)) ? group : compound === 1 ? runTogetherGroup(words[0]!, synonyms) : undefined;
  return { concept: conceptOf(words, found ?? []), length: compound };
}

/**
 * The group of a two-word synonym typed as one word ("oncall", "timeoff", "sickday"): the word is
 * split where both halves make a phrase of the map. Some indexes hold the run-together form too (a
 * channel named #oncall), so this cannot wait until the word is found missing (spelling.ts).
 */
function runTogetherGroup(word: string, synonyms: SynonymIndex): readonly Phrase[] | undefined {
  for (let cut = MIN_HALF; cut <= word.length - MIN_HALF; cut++) {
    const group = synonyms.groups.get(`${stem(word.slice(0, cut))} ${stem(word.slice(cut))}`);
    if (group) return group;
  }
  return undefined;
}

/**
 * A single word takes its synonym group only when it is one of the group's words, inflected or not
 * ("expenses", "approved"), or a word WordNet derives from it in its usual sense ("harassing" →
 * harassment, "adopting" → adoption): a word that merely shares its Porter stem with one of them is
 * often another word ("allowed" and "allowance", "train" and "training"; inflection.ts).
 */
export function isSameSense(word: string, group: readonly Phrase[]): boolean {
  const entries = group.filter((phrase) => phrase.words.length === 1).map((phrase) => phrase.words[0]!);
  if (entries.some((entry) => isInflectionOf(word, entry))) return true;
  const derived = sharedWordNet().derivedForms(word);
  return entries.some((entry) => derived.includes(entry));
}

/** The first stems of the index's phrases of two words or more. */
const openers = new WeakMap<SynonymIndex, ReadonlySet<string>>();

function phraseOpeners(synonyms: SynonymIndex): ReadonlySet<string> {
  let found = openers.get(synonyms);
  if (!found) {
    found = new Set([...synonyms.groups.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!));
    openers.set(synonyms, found);
  }
  return found;
}

function conceptOf(words: string[], group: readonly Phrase[]): QueryConcept {
  const own: Phrase = { words, stems: words.map(stem) };
  const ownKey = own.stems.join(' ');
  return { label: words.join(' '), phrases: [own, ...group.filter((phrase) => phrase.stems.join(' ') !== ownKey)] };
}

function singleWords(words: readonly string[]): Phrase[] {
  return words.filter(isSearchable).map((word) => ({ words: [word], stems: [stem(word)] }));
}

function wordsAt(tokens: WordTokenReader, start: number, length: number): string[] {
  const found: string[] = [];
  for (let index = start; index < start + length; index++) found.push(tokens.at(index)!.word);
  return found;
}

/** How many tokens from `start` are joined by hyphens ("state-of-the-art" → 4). */
function compoundLength(tokens: WordTokenReader, start: number): number {
  let end = start;
  // A token is hyphenated to the next only once that next token has been read: it exists.
  while (tokens.at(end)?.hyphenatedToNext) end++;
  return end - start + 1;
}

/** Single letters and digits match everything and mean nothing on their own. */
function isSearchable(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word);
}
